/**
 * The entity finder's rules, each on the examples it documents (entity-rules.ts): the names the
 * tagger gave, then the names after that rule alone. Every example must change something, so
 * each rule has at least one sentence that fails without it.
 */
import { describe, expect, it } from 'vitest';
import { acronymPlurals, lowerCaseWords, modifiersOnly, ruleTokens, surnamesOf } from '../../src/ingest/extract/entity-candidates.ts';
import { RULES, type NameKind, type RuleSentence } from '../../src/ingest/extract/entity-rules.ts';
import { createEntityFinder } from '../../src/ingest/extract/entities.ts';
import { shippedModel } from '../../src/ingest/extract/tagger/shipped-model.ts';
import { EntityTagger } from '../../src/ingest/extract/tagger/tagger.ts';

const tagger = new EntityTagger(shippedModel());

/** The sentence with names given as "text/KIND", each at its first occurrence. */
function ruleSentence(text: string, names: string[]): RuleSentence {
  const tokens = ruleTokens(text);
  const spans = names.map((name) => {
    const [written, kind] = [name.slice(0, name.lastIndexOf('/')), name.slice(name.lastIndexOf('/') + 1) as NameKind];
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from + 1; to <= tokens.length; to++) {
        if (text.slice(tokens[from].start, tokens[to - 1].end) === written) return { from, to, kind, decidedBy: ['tagger'] };
      }
    }
    throw new Error(`"${written}" is not a run of tokens of "${text}"`);
  });
  return { tokens, spans, article: { lowerCaseWords: lowerCaseWords([tokens]), surnames: surnamesOf([tokens], [spans]), acronymPlurals: acronymPlurals([tokens]), modifiersOnly: modifiersOnly([tokens]), knowsName: (keys) => tagger.knowsName(keys), listedKinds: (keys) => tagger.listedKinds(keys) } };
}

function names(text: string, sentence: RuleSentence): string[] {
  return sentence.spans.map((span) => `${text.slice(sentence.tokens[span.from].start, sentence.tokens[span.to - 1].end)}/${span.kind}`);
}

describe('entity rules, each on its own examples', () => {
  for (const rule of RULES) {
    it.each(rule.examples)(`${rule.id}: %s`, ({ text, tagger: given, expected }) => {
      const sentence = ruleSentence(text, given);
      expect(names(text, sentence)).toEqual(given);
      rule.apply(sentence);
      expect(names(text, sentence)).toEqual(expected);
      expect(expected).not.toEqual(given);
    });
    const counter = rule.counterExamples ?? [];
    if (counter.length > 0) {
      it.each(counter)(`${rule.id} leaves alone: %s`, ({ text, tagger: given }) => {
        const sentence = ruleSentence(text, given);
        rule.apply(sentence);
        expect(names(text, sentence)).toEqual(given);
      });
    }
  }

  it('have distinct ids, descriptions and examples', () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.description.length).toBeGreaterThan(40);
      expect(rule.examples.length).toBeGreaterThan(0);
    }
  });
});

describe('the registry over the tagger', () => {
  const sentence = 'Officials from Zorbland Quux met Marlow Fenwick in Trastevere.';

  it('gives a known name its kind, canonical spelling and aliases, whatever the tagger said', () => {
    const without = createEntityFinder([])([sentence]);
    expect(without.entities.organizations).not.toContain('Zorbland Quux Holdings');
    const registry = [
      { name: 'Zorbland Quux Holdings', kind: 'organizations' as const, aliases: ['Zorbland Quux'], description: 'A company.' },
      { name: 'Trastevere', kind: 'places' as const, aliases: [], description: 'A district of Rome.' },
    ];
    const found = createEntityFinder(registry)([sentence]);
    expect(found.entities.organizations).toEqual(['Zorbland Quux Holdings']);
    expect(found.mentions['Zorbland Quux Holdings'].forms).toEqual(['Zorbland Quux']);
    expect(found.entities.places).toEqual(['Trastevere']);
    expect(found.entities.people).toEqual(['Marlow Fenwick']);
  });

  it('adds a known name the tagger missed', () => {
    const text = 'The deal was signed by qarvex officials and by QRVX.';
    expect(createEntityFinder([])([text]).entities.organizations).not.toContain('Qarvex');
    const found = createEntityFinder([{ name: 'Qarvex', kind: 'organizations', aliases: ['QRVX'], description: 'A company.' }])([text]);
    expect(found.entities.organizations).toEqual(['Qarvex']);
    expect(found.mentions.Qarvex.forms).toEqual(['QRVX']);
  });
});
