import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/ingest/extract/lexicon.ts';

describe('the lexicon the entity finder reads', () => {
  it('is the one compromise builds, whether built now or read back from the cache', async () => {
    const built = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;
    const first = loadLexicon();
    const second = loadLexicon();
    expect(Object.keys(first).length).toBeGreaterThan(20_000);
    expect(first).toEqual(built);
    expect(second).toEqual(built);
    expect(second.tokyo).toEqual(built.tokyo);
  });
});
