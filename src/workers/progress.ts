/**
 * A one-line progress bar on stderr, for long runs on a terminal. When stderr is not a
 * TTY (piped, redirected, CI) it prints nothing at all.
 */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

export function createProgress(write: (s: string) => void, isTTY: boolean, options: { width?: number; minIntervalMs?: number } = {}): Progress {
  if (!isTTY) return NONE;
  const width = options.width ?? 30;
  const interval = options.minIntervalMs ?? 50;
  let last = 0;
  let shown = false;
  return {
    update(done, total, label = 'checking') {
      const now = Date.now();
      if (done < total && now - last < interval) return;
      last = now;
      const ratio = total ? Math.min(1, done / total) : 1;
      const fill = Math.round(ratio * width);
      write(`\r${label} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${done}/${total}\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) write('\r\x1b[K');
      shown = false;
    },
  };
}
