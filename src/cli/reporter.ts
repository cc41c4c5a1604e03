// Everything for humans goes to stderr: per-input errors, notes, progress, the closing summary.
import { Chalk } from 'chalk';
import type { BatchResult } from '../types.js';
import { isErrorRecord } from '../types.js';

/** How chatty the reporter is. */
export type Verbosity = 'quiet' | 'normal' | 'verbose';

const PROGRESS_INTERVAL_MS = 120;

/** Writes diagnostics to a stream; progress only when it is a terminal. */
export class Reporter {
  private readonly c: InstanceType<typeof Chalk>;
  private readonly started = Date.now();
  private lastDraw = 0;
  private total = 0;
  private progressShown = false;
  done = 0;
  failed = 0;

  constructor(
    private readonly err: NodeJS.WritableStream,
    private readonly verbosity: Verbosity,
    private readonly color: boolean,
    private readonly progress: boolean,
  ) {
    this.c = new Chalk({ level: color ? 1 : 0 });
  }

  private line(s: string): void {
    this.clearProgress();
    this.err.write(`${s}\n`);
  }

  /** Sets how many inputs the run has, for progress and ETA. */
  setTotal(n: number): void {
    this.total = n;
  }

  /** A usage or fatal error: always shown. */
  fatal(message: string): void {
    this.line(`${this.c.red('bantin: error:')} ${message}`);
  }

  /** A warning about the run (always shown unless quiet). */
  warn(message: string): void {
    if (this.verbosity !== 'quiet') this.line(`${this.c.yellow('bantin: warning:')} ${message}`);
  }

  /** A note (skipped files and the like): hidden when quiet. */
  note(message: string): void {
    if (this.verbosity !== 'quiet') this.line(`${this.c.dim('bantin:')} ${message}`);
  }

  /** Reports one finished input: errors always (one line naming the input), warnings when verbose. */
  result(r: BatchResult): void {
    this.done++;
    if (isErrorRecord(r)) {
      this.failed++;
      const extra = r.error.attempts && r.error.attempts > 1 ? ` after ${r.error.attempts} attempts` : '';
      this.line(`${this.c.red('bantin: error:')} ${r.error.message}${extra} [${r.error.code}]`);
    } else if (this.verbosity === 'verbose') {
      const s = r.source;
      this.line(this.c.dim(`bantin: ok ${s.input} (${s.format}, ${s.encoding?.name}, ${r.text.length} chars)`));
      for (const w of r.warnings) this.line(`${this.c.yellow('bantin: warning:')} ${s.input}: ${w}`);
    }
    this.drawProgress();
  }

  private drawProgress(force = false): void {
    if (!this.progress || this.total < 2) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < PROGRESS_INTERVAL_MS) return;
    this.lastDraw = now;
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const left = this.total - this.done;
    const eta = rate > 0 ? `${Math.ceil(left / rate)}s` : '?';
    const failed = this.failed ? this.c.red(` ${this.failed} failed`) : '';
    this.err.write(`\r\x1b[K${this.done}/${this.total}${failed} · ${rate.toFixed(1)}/s · ETA ${eta}`);
    this.progressShown = true;
  }

  private clearProgress(): void {
    if (this.progressShown) {
      this.err.write('\r\x1b[K');
      this.progressShown = false;
    }
  }

  /** The closing line: how many inputs, how many failed, how long. */
  summary(): void {
    this.clearProgress();
    if (this.verbosity === 'quiet') return;
    if (this.done < 2 && this.failed === 0 && this.verbosity !== 'verbose') return;
    const secs = ((Date.now() - this.started) / 1000).toFixed(1);
    const ok = this.done - this.failed;
    const failed = this.failed ? this.c.red(`, ${this.failed} failed`) : '';
    this.err.write(`${this.c.dim('bantin:')} ${this.done} inputs, ${ok} ok${failed} in ${secs} s\n`);
  }
}
