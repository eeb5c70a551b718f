import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../support/temp.ts';

describe("tests' temporary folders", () => {
  it('are removed with what they hold, and only once', () => {
    const dirs = [tempDir(), tempDir('digest-seeds-')];
    writeFileSync(join(dirs[0], 'page.mdx'), 'x');
    removeTempDirs();
    expect(dirs.map(existsSync)).toEqual([false, false]);
    const next = tempDir();
    removeTempDirs();
    expect(existsSync(next)).toBe(false);
  });
});
