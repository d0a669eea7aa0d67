import type { Io } from './context';

/** Progress lines only when there are many files and stderr is a terminal, so logs and pipes stay clean. */
export const PROGRESS_FROM = 4;

/** A reporter for a run over `total` files: "[3/50] file.xlsx" on stderr, or nothing. */
export function progress(io: Io, total: number): (index: number, display: string) => void {
  const show = total >= PROGRESS_FROM && io.stderrIsTTY;
  return (index, display) => {
    if (show) io.stderr(`[${index + 1}/${total}] ${display}\n`);
  };
}
