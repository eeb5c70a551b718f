/**
 * Every named rule against its own examples: the lines pages write that it must match, and those it must
 * not (remark-lint's way: a rule's documentation is its test). A rule is also found for its examples by
 * ruleFor, so no earlier rule of its kind shadows it without the examples saying so.
 */
import { describe, expect, it } from 'vitest';
import { BYLINE, DATELINE_RULES, LINE_RULES, datelineAtStart, ruleFor } from '../../src/ingest/rules/line-rules.ts';

describe('line rules', () => {
  it('have unique ids and examples both ways', () => {
    const ids = LINE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of LINE_RULES) {
      expect(rule.matches.length, rule.id).toBeGreaterThan(0);
      expect(rule.ignores.length, rule.id).toBeGreaterThan(0);
      expect(rule.id.startsWith(`${rule.kind}/`), rule.id).toBe(true);
    }
  });

  it.each(LINE_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    for (const line of rule.matches) expect(ruleFor(rule.kind, line)?.id, line).toBeDefined();
    for (const line of rule.matches) expect((!rule.guard || rule.guard(line)) && rule.pattern.test(line), `${rule.id} should match "${line}"`).toBe(true);
    for (const line of rule.ignores) expect((!rule.guard || rule.guard(line)) && rule.pattern.test(line), `${rule.id} should not match "${line}"`).toBe(false);
  });
});

describe('dateline rules', () => {
  it.each(DATELINE_RULES.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
    for (const [opening, dateline] of rule.matches) expect(rule.pattern.exec(opening)?.[1].trim(), opening).toBe(dateline);
    for (const opening of rule.ignores) expect(datelineAtStart(opening), opening).toBeUndefined();
  });
});

describe('bylines', () => {
  it.each([
    'By Jane Doe and John Roe, Reuters', 'Par Jean Dupont', 'Por Ana Gómez y Luis Pérez', 'Door Jan de Vries', 'Oleh Budi Santoso', 'Av Anna Svensson',
    // The name's row with its date: after a dash, a slash or a bullet, or glued to it with no separator at all.
    'by Jeff Foust — November 18, 2019', 'by Nexstar Media Wire / Oct 6, 2020', 'By Andy Jechow • Feb 18, 2020',
    'By Joseph Tsidulko November 19, 2019, 07:47 PM EST', 'By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST', 'By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy',
    'By Umair Irfan Updated Nov 13, 2019, 10:28am EST', 'By: Laurie Oakes', 'by Ahiza Garcia @ahiza_garcia February 1, 2016:',
  ])('"%s" is a byline', (line) => {
    expect(BYLINE.test(line)).toBe(true);
  });

  it.each(['By the end of the year, prices rose', 'By March 2020 the company had closed', 'By 2030, half of all cars will be electric', 'Par ailleurs, le gouvernement a tranché', 'Por qué sube el precio del pan', 'Von der Leyen fordert mehr Geld', 'Von Berlin nach Paris in vier Stunden'])('"%s" is not', (line) => {
    expect(BYLINE.test(line)).toBe(false);
  });
});
