/** src/site/registry.ts: topics and outlets as pages show them, known to the registry or not. */
import { describe, expect, it } from 'vitest';
import type { Registries } from '../../src/lib/registries.ts';
import { findSource, findTopic, listSources, listTopics } from '../../src/site/registry.ts';

const registries: Registries = {
  topics: [
    { id: 'energy', label: 'Energy', description: 'Oil and gas.', terms: { oil: 1 } },
    { id: 'culture', label: 'Culture', description: 'Arts.', terms: { art: 1 } },
  ],
  sources: [{ id: 'vna', name: 'Vietnam News Agency', homepage: 'https://vietnamnews.vn', domains: ['vietnamnews.vn'], patterns: ['VNA'] }],
  entities: [],
};

describe('registry lookups', () => {
  it('lists registry topics in the editors’ order, then ids only articles use', () => {
    expect(listTopics(registries, ['culture', 'climate-change', 'energy', 'climate-change']).map((topic) => [topic.id, topic.label])).toEqual([
      ['energy', 'Energy'],
      ['culture', 'Culture'],
      ['climate-change', 'Climate change'],
    ]);
  });

  it('finds a topic or an outlet by id, inventing only a label for an unknown one', () => {
    expect(findTopic(registries, 'culture')).toEqual({ id: 'culture', label: 'Culture', description: 'Arts.' });
    expect(findTopic(registries, 'sea-ports')).toEqual({ id: 'sea-ports', label: 'Sea ports' });
    expect(findSource(registries, 'vna')).toEqual({ id: 'vna', name: 'Vietnam News Agency', homepage: 'https://vietnamnews.vn' });
    expect(findSource(registries, 'kyodo')).toEqual({ id: 'kyodo', name: 'Kyodo' });
    expect(listSources(registries, ['kyodo', 'vna']).map((source) => source.id)).toEqual(['vna', 'kyodo']);
  });
});
