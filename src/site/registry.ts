/**
 * The editors' registries as pages need them: a label and description per
 * topic, a name and homepage per outlet. Ids found in articles but missing from
 * a registry still get a page (with a label made from the id) so no link breaks.
 */
import { PATHS } from '../config.ts';
import { loadRegistries, type Registries } from '../lib/registries.ts';

export interface TopicInfo {
  id: string;
  label: string;
  description?: string;
}

export interface SourceInfo {
  id: string;
  name: string;
  homepage?: string;
}

let registries: Registries | undefined;

export function getRegistries(): Registries {
  registries ??= loadRegistries(PATHS.registries);
  return registries;
}

/** Registry topics in the editors' order, then topics only articles know, by id. */
export function listTopics(registries: Registries, usedIds: Iterable<string>): TopicInfo[] {
  const known = registries.topics.map(({ id, label, description }) => ({ id, label, description }));
  return [...known, ...unknownIds(known, usedIds).map((id) => ({ id, label: labelFromId(id) }))];
}

/** Registry outlets in the editors' order, then outlets only articles know, by id. */
export function listSources(registries: Registries, usedIds: Iterable<string>): SourceInfo[] {
  const known = registries.sources.map(({ id, name, homepage }) => ({ id, name, homepage }));
  return [...known, ...unknownIds(known, usedIds).map((id) => ({ id, name: labelFromId(id) }))];
}

/** Lookups by id, one Map per registry object: pages ask once per listed article. */
const topicMaps = new WeakMap<Registries, Map<string, TopicInfo>>();
const sourceMaps = new WeakMap<Registries, Map<string, SourceInfo>>();

export function findTopic(registries: Registries, id: string): TopicInfo {
  let byId = topicMaps.get(registries);
  if (!byId) topicMaps.set(registries, (byId = new Map(listTopics(registries, []).map((topic) => [topic.id, topic]))));
  return byId.get(id) ?? listTopics(registries, [id]).at(-1)!;
}

export function findSource(registries: Registries, id: string): SourceInfo {
  let byId = sourceMaps.get(registries);
  if (!byId) sourceMaps.set(registries, (byId = new Map(listSources(registries, []).map((source) => [source.id, source]))));
  return byId.get(id) ?? listSources(registries, [id]).at(-1)!;
}

function unknownIds(known: { id: string }[], usedIds: Iterable<string>): string[] {
  const ids = new Set(known.map((item) => item.id));
  return [...new Set(usedIds)].filter((id) => !ids.has(id)).sort();
}

/** "climate-change" → "Climate change". */
function labelFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
