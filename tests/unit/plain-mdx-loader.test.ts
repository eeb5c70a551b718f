import { describe, expect, it } from 'vitest';
import { isPlainMdx } from '../../src/lib/plain-mdx-loader.ts';

describe('isPlainMdx', () => {
  it('accepts Markdown with MDX-escaped braces and angle brackets', () => {
    expect(isPlainMdx('Growth \\{estimated\\} at \\< 3 percent, **bold**, [a link](https://x.org/?a=1&b=2).\n\n## Heading\n\n- item')).toBe(true);
  });
  it('rejects a JSX component, an expression, an import and an export', () => {
    expect(isPlainMdx('Text\n\n<Note tone="warn">hi</Note>')).toBe(false);
    expect(isPlainMdx('One {1 + 1} two')).toBe(false);
    expect(isPlainMdx("import Note from '../components/Note.astro';\n\nText")).toBe(false);
    expect(isPlainMdx('export const x = 1;\n\nText')).toBe(false);
  });
  it('treats an escaped backslash before a brace as an unescaped brace', () => {
    expect(isPlainMdx('path C:\\\\{dir}')).toBe(false);
  });
  it('rejects an unescaped brace or angle bracket at the start of a line', () => {
    expect(isPlainMdx('{x}')).toBe(false);
    expect(isPlainMdx('<br />')).toBe(false);
  });
  it('rejects indented lines, which Markdown and MDX parse differently', () => {
    expect(isPlainMdx('Text\n\n    code?')).toBe(false);
  });
});
