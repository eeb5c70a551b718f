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
