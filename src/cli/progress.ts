import type { Io } from './context';

/** Progress only when there are many files and stderr is a terminal, so logs and pipes stay clean. */
export const PROGRESS_FROM = 4;

/**
 * A reporter for a run over `total` files: one line on stderr that updates in place
 * ("[3/50] file.xlsx", carriage return and erase-to-end), cleared when the run ends; or nothing.
 */
export function progress(io: Io, total: number): ((index: number, display: string) => void) & { done(): void } {
  const show = total >= PROGRESS_FROM && io.stderrIsTTY;
  const step = (index: number, display: string) => {
    if (show) io.stderr(`\r[${index + 1}/${total}] ${display}\x1b[K`);
  };
  return Object.assign(step, {
    done() {
      if (show) io.stderr('\r\x1b[K');
    },
  });
}
