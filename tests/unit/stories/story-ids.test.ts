/**
 * src/site/story-ids.ts: a story keeps its id across builds when articles join it, earlier or
 * later, when it splits or merges, and an id never comes to name another story.
 */
import { describe, expect, it } from 'vitest';
import { assignStoryIds, emptyRegistry, type StoryRegistry } from '../../../src/site/story-ids.ts';

/** Builds in turn, each from the groups it found and the registry the one before left. */
function builds(...groupings: string[][][]) {
  let registry: StoryRegistry = emptyRegistry();
  return groupings.map((groups) => {
    const result = assignStoryIds(groups, registry);
    registry = result.registry;
    return { ...result, idList: result.ids.map(({ id }) => id), rules: result.ids.map(({ rule }) => rule) };
  });
}

describe('story ids', () => {
  it('are the slug of the founding (earliest) article', () => {
    const [first] = builds([['a', 'b'], ['c', 'd', 'e']]);
    expect(first.idList).toEqual(['a', 'c']);
    expect(first.rules).toEqual(['new', 'new']);
    expect(first.registry.stories).toEqual({ a: { articles: ['a', 'b'] }, c: { articles: ['c', 'd', 'e'] } });
  });

  it('stay when a later article joins', () => {
    const [, second] = builds([['a', 'b']], [['a', 'b', 'c']]);
    expect(second.idList).toEqual(['a']);
    expect(second.rules).toEqual(['founder']);
    expect(second.registry.stories.a.articles).toEqual(['a', 'b', 'c']);
    expect(second.former.size).toBe(0);
  });

  it('stay when an article dated before the founder arrives and joins', () => {
    const [, second] = builds([['b', 'c']], [['a', 'b', 'c']]);
    expect(second.idList).toEqual(['b']);
    expect(Object.keys(second.registry.stories)).toEqual(['b']);
  });

  it('go with the founder when a story splits; the other part is founded by its own earliest article', () => {
    const [, second] = builds([['a', 'b', 'c', 'd']], [['a', 'b'], ['c', 'd']]);
    expect(second.idList).toEqual(['a', 'c']);
    expect(second.rules).toEqual(['founder', 'new']);
    // Whichever part comes first in the list: the founder decides.
    const [, reordered] = builds([['a', 'b', 'c', 'd']], [['c', 'd'], ['a', 'b']]);
    expect(reordered.idList).toEqual(['c', 'a']);
  });

  it('keep the earlier founder when an article joins two stories into one, and send the other id to it', () => {
    const [, merged, splitAgain] = builds([['a', 'b'], ['c', 'd']], [['a', 'b', 'x', 'c', 'd']], [['a', 'b'], ['c', 'd']]);
    expect(merged.idList).toEqual(['a']);
    expect(merged.registry.stories.c).toEqual({ articles: ['c', 'd'], mergedInto: 'a' });
    expect(merged.former).toEqual(new Map([['c', 'a']]));
    // Split again, the merged story's founder takes its own id back: it still names c's story.
    expect(splitAgain.idList).toEqual(['a', 'c']);
    expect(splitAgain.registry.stories.c).toEqual({ articles: ['c', 'd'] });
  });

  it('pass to the part that kept most of a story whose founder left it', () => {
    const [, second] = builds([['a', 'b', 'c']], [['b', 'c']]);
    expect(second.idList).toEqual(['a']);
    expect(second.rules).toEqual(['heir']);
    expect(second.registry.stories.a.articles).toEqual(['b', 'c']);
  });

  it('are never given to another story, even after theirs dissolved', () => {
    // a's story dissolves (a stands alone); a new story of unrelated articles gets an id of its own,
    // and when a founds a story again it is a's id once more.
    const [, dissolved, unrelated, again] = builds([['a', 'b']], [], [['x', 'y']], [['a', 'z']]);
    expect(dissolved.former).toEqual(new Map([['a', undefined]]));
    expect(unrelated.idList).toEqual(['x']);
    expect(again.idList).toEqual(['a']);
    expect(again.rules).toEqual(['founder']);
  });

  it('do not move when nothing changed: the registry a build leaves gives the same ids and itself again', () => {
    const [first, second] = builds([['a', 'b'], ['c', 'd']], [['a', 'b'], ['c', 'd']]);
    expect(second.idList).toEqual(first.idList);
    expect(second.registry).toEqual(first.registry);
  });
});
