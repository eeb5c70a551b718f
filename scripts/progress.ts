/** A one-line progress bar on a terminal; silent when output goes to a file or CI. */
export function progressBar(label: string): ((done: number, total: number) => void) | undefined {
  const stream = process.stderr;
  if (!stream.isTTY || process.env.CI) return undefined;
  let lastDrawn = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - lastDrawn < 100) return;
    lastDrawn = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) stream.write('\n');
  };
}

/**
 * A status line for a long step that has no count of its own to show (Astro, Pagefind): its
 * name, what it last reported and the seconds so far, redrawn every second on a terminal;
 * silent when output goes to a file or CI.
 */
export function statusLine(label: string, stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY'> = process.stderr): { note(detail: string): void; done(): void } {
  if (!stream.isTTY || process.env.CI) return { note() {}, done() {} };
  const start = Date.now();
  let detail = '';
  const draw = () => stream.write(`\r\x1b[2K${label}${detail ? ` ${detail}` : ''}, ${Math.round((Date.now() - start) / 1000)} s`);
  const timer = setInterval(draw, 1000);
  draw();
  return {
    note(text) {
      detail = text;
      draw();
    },
    done() {
      clearInterval(timer);
      stream.write('\r\x1b[2K');
    },
  };
}
