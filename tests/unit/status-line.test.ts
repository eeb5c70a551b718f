import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusLine } from '../../scripts/progress.ts';

function terminal() {
  const written: string[] = [];
  return { written, stream: { isTTY: true, write: (text: string) => written.push(text) > 0 } };
}

describe('statusLine', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('redraws its label, last note and seconds on one terminal line, and clears it when done', () => {
    vi.useFakeTimers();
    vi.stubEnv('CI', '');
    const { written, stream } = terminal();
    const line = statusLine('pagefind: search index', stream);
    vi.advanceTimersByTime(2000);
    line.note('2/5 shards');
    line.done();
    vi.advanceTimersByTime(5000);
    expect(written).toEqual([
      '\r\x1b[2Kpagefind: search index, 0 s',
      '\r\x1b[2Kpagefind: search index, 1 s',
      '\r\x1b[2Kpagefind: search index, 2 s',
      '\r\x1b[2Kpagefind: search index 2/5 shards, 2 s',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing in CI or when output is not a terminal', () => {
    vi.stubEnv('CI', 'true');
    const { written, stream } = terminal();
    const line = statusLine('astro', stream);
    line.note('x');
    line.done();
    vi.stubEnv('CI', '');
    const piped = { isTTY: false, write: (text: string) => written.push(text) > 0 };
    statusLine('astro', piped).done();
    expect(written).toEqual([]);
  });
});
