/**
 * Story ids that last. A story's id is the slug of the article that founded it,
 * its earliest; stories are grouped anew at every build, so the build keeps a
 * registry of the ids it gave (`.story-registry.json` beside the articles and
 * the ingest's manifest, committed with them) and gives each group its id by
 * three rules, in order:
 *
 *  1. founder: a group holding an article whose slug is a registered id keeps
 *     that id. A later article joining, or an earlier one arriving after the
 *     story was founded, changes nothing. When a group holds two founders (an
 *     article bridged two stories) it keeps the id of the earlier; the other id is
 *     recorded as merged into it, and its page sends readers there.
 *  2. heir: a group with no founder (its founder was deleted, or no longer fits)
 *     keeps the id of the registered story whose articles it shares most, when
 *     that story's founder is in no group.
 *  3. new: any other group is founded by its earliest article, whose slug becomes
 *     its id and is registered.
 *
 * Never reused: an id is an article's slug, and slugs are permanent (the ingest's
 * manifest reserves them even after their seed is deleted), so an id can only
 * ever name the story of that one article: by rule 1 it goes back to the group
 * holding it (a split leaves the id with the founder's part; the other part is
 * founded anew by its own earliest article), and the registry remembers every id
 * ever given, so an id whose story dissolved is never taken by rule 3 for
 * another group unless its own article founds it again.
 *
 * Pure except for the two file functions at the end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../ingest/write.ts';

export interface StoryRegistry {
  version: 1;
  /** Every id ever given → the slugs of its articles when a build last showed it, oldest first. */
  stories: Record<string, RegisteredStory>;
}

export interface RegisteredStory {
  articles: string[];
  /** Set when an article joined this story to an earlier one: the id it lives on under. */
  mergedInto?: string;
}

/** Which rule gave a group its id: the trace of the decision. */
export type IdRule = 'founder' | 'heir' | 'new';

export interface AssignedIds {
  /** Per group, in the order given: its id and the rule that gave it. */
  ids: { id: string; rule: IdRule }[];
  /** The registry after this build. */
  registry: StoryRegistry;
  /** Registered ids no group has this build → the id now holding their story, when one does. */
  former: Map<string, string | undefined>;
}

export const REGISTRY_NAME = '.story-registry.json';

export function emptyRegistry(): StoryRegistry {
  return { version: 1, stories: {} };
}

/** Gives each group (its articles' slugs, oldest first) an id, by the rules in the module's comment. */
export function assignStoryIds(groups: readonly (readonly string[])[], previous: StoryRegistry): AssignedIds {
  const registered = previous.stories;
  const isRegistered = (slug: string) => Object.hasOwn(registered, slug);
  const ids: ({ id: string; rule: IdRule } | undefined)[] = new Array(groups.length);
  const mergedInto = new Map<string, string>();
  /** Registered ids whose founder article is in some group this build. */
  const foundersPresent = new Set<string>();

  groups.forEach((slugs, index) => {
    const founders = slugs.filter(isRegistered);
    if (founders.length === 0) return;
    ids[index] = { id: founders[0], rule: 'founder' };
    for (const founder of founders) foundersPresent.add(founder);
    for (const other of founders.slice(1)) mergedInto.set(other, founders[0]);
  });

  const taken = new Set(ids.filter((entry) => entry !== undefined).map((entry) => entry.id));
  /** Per article, the registered ids whose last articles include it: the heir rule's candidates. */
  const storiesHolding = new Map<string, string[]>();
  for (const [id, story] of Object.entries(registered)) {
    if (foundersPresent.has(id) || story.mergedInto !== undefined) continue;
    for (const slug of story.articles) storiesHolding.set(slug, [...(storiesHolding.get(slug) ?? []), id]);
  }
  groups.forEach((slugs, index) => {
    if (ids[index]) return;
    const shared = new Map<string, number>();
    for (const slug of slugs) for (const id of storiesHolding.get(slug) ?? []) if (!taken.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
    // Most articles shared; on a tie the smaller id, so the choice never depends on the registry's order.
    const heir = [...shared].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0];
    if (heir !== undefined) {
      taken.add(heir);
      ids[index] = { id: heir, rule: 'heir' };
    } else {
      ids[index] = { id: slugs[0], rule: 'new' };
    }
  });

  const stories: Record<string, RegisteredStory> = { ...registered };
  groups.forEach((slugs, index) => (stories[ids[index]!.id] = { articles: [...slugs] }));
  for (const [id, into] of mergedInto) stories[id] = { articles: registered[id].articles, mergedInto: into };
  const registry: StoryRegistry = { version: 1, stories: sortedByKey(stories) };

  const live = new Set(ids.map((entry) => entry!.id));
  const former = new Map<string, string | undefined>();
  for (const id of Object.keys(registry.stories)) {
    if (!live.has(id)) former.set(id, liveSuccessor(registry, id, live));
  }
  return { ids: ids as { id: string; rule: IdRule }[], registry, former };
}

/** Where a merged story lives now: its `mergedInto` chain followed to a live id. */
function liveSuccessor(registry: StoryRegistry, id: string, live: Set<string>): string | undefined {
  const visited = new Set<string>();
  let next = registry.stories[id]?.mergedInto;
  while (next !== undefined && !visited.has(next)) {
    if (live.has(next)) return next;
    visited.add(next);
    next = registry.stories[next]?.mergedInto;
  }
  return undefined;
}

function sortedByKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The registry kept beside the articles; empty when there is none or it cannot be read. */
export function readStoryRegistry(articlesDir: string): StoryRegistry {
  const path = join(articlesDir, REGISTRY_NAME);
  if (!existsSync(path)) return emptyRegistry();
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as StoryRegistry;
    return parsed.version === 1 && parsed.stories && typeof parsed.stories === 'object' ? parsed : emptyRegistry();
  } catch {
    return emptyRegistry();
  }
}

/** Writes the registry when it changed (a build that changes no story leaves the file alone). */
export function writeStoryRegistry(articlesDir: string, registry: StoryRegistry): void {
  const path = join(articlesDir, REGISTRY_NAME);
  const text = `${JSON.stringify(registry, null, 2)}\n`;
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileAtomic(path, text);
}
