/** A progress bar on stderr for long commands: redrawn in place on a terminal, a line every 10% otherwise. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastDecile = -1;
  return {
    update(done: number, total: number): void {
      const fraction = total ? done / total : 1;
      const rate = done / Math.max(0.001, (Date.now() - started) / 1000);
      const text = `${label} ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} (${rate.toFixed(0)}/s)`;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${text}`);
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${text}\n`);
        }
      }
    },
    done(summary: string): void {
      if (stream.isTTY) stream.write('\n');
      stream.write(`${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    },
  };
}
