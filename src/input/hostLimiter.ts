// Politeness scheduling for one run: at most `perHost` requests in flight per host, starts to
// the same host at least `delayMs` apart, and at most `concurrency` requests in flight overall.
// One scheduler decides all three together so that no limit can be dodged by the order in
// which slots are taken (a request never holds a global slot while it waits for its host).

/** Limits of a HostLimiter. */
export interface HostLimiterOptions {
  /** Requests in flight per host (>= 1). */
  perHost: number;
  /** Minimum time between the starts of two requests to the same host, in ms (>= 0). */
  delayMs: number;
  /** Requests in flight overall (>= 1). */
  concurrency: number;
  /** Clock, for tests; defaults to performance.now. */
  now?: () => number;
}

/** Gives back a slot taken with `acquire`; calling it more than once is harmless. */
export type Release = () => void;

interface Waiter {
  seq: number;
  resolve: (release: Release) => void;
}

interface HostState {
  inFlight: number;
  lastStart: number;
  queue: Waiter[];
}

/**
 * Per-host and global request slots. The delay is measured start to start: a request may start
 * `delayMs` after the previous request to its host started, and no more than `perHost` run at once.
 */
export class HostLimiter {
  readonly #perHost: number;
  readonly #delayMs: number;
  readonly #concurrency: number;
  readonly #now: () => number;
  readonly #hosts = new Map<string, HostState>();
  #inFlight = 0;
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #timerAt = Infinity;

  /** A limiter with the given limits (non-positive limits are raised to 1, a negative delay to 0). */
  constructor(opts: HostLimiterOptions) {
    this.#perHost = Math.max(1, Math.floor(opts.perHost));
    this.#concurrency = Math.max(1, Math.floor(opts.concurrency));
    this.#delayMs = Math.max(0, opts.delayMs);
    this.#now = opts.now ?? (() => performance.now());
  }

  /** Requests in flight right now, overall. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Waits for a slot for `host` (a hostname); resolves with its release, rejects when `signal` aborts. */
  acquire(host: string, signal?: AbortSignal): Promise<Release> {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const state = this.#host(host);
    return new Promise<Release>((resolve, reject) => {
      const waiter: Waiter = { seq: this.#seq++, resolve };
      if (signal) {
        const onAbort = (): void => {
          const i = state.queue.indexOf(waiter);
          if (i >= 0) {
            state.queue.splice(i, 1);
            reject(abortReason(signal));
          }
        };
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.resolve = (release) => {
          signal.removeEventListener('abort', onAbort);
          resolve(release);
        };
      }
      state.queue.push(waiter);
      this.#pump();
    });
  }

  #host(host: string): HostState {
    let state = this.#hosts.get(host);
    if (!state) {
      state = { inFlight: 0, lastStart: -Infinity, queue: [] };
      this.#hosts.set(host, state);
    }
    return state;
  }

  /** Starts every waiter that may start now, oldest first; arms a timer for the next delay expiry. */
  #pump(): void {
    for (;;) {
      if (this.#inFlight >= this.#concurrency) return;
      const now = this.#now();
      let pick: HostState | null = null;
      let nextReady = Infinity;
      for (const state of this.#hosts.values()) {
        const head = state.queue[0];
        if (!head || state.inFlight >= this.#perHost) continue;
        const readyAt = state.lastStart + this.#delayMs;
        if (readyAt > now) {
          nextReady = Math.min(nextReady, readyAt);
        } else if (!pick || head.seq < (pick.queue[0]?.seq ?? Infinity)) {
          pick = state;
        }
      }
      if (!pick) {
        if (nextReady !== Infinity) this.#arm(nextReady - now);
        return;
      }
      this.#start(pick);
    }
  }

  #start(state: HostState): void {
    const waiter = state.queue.shift();
    if (!waiter) return;
    state.inFlight++;
    this.#inFlight++;
    state.lastStart = this.#now();
    let released = false;
    waiter.resolve(() => {
      if (released) return;
      released = true;
      state.inFlight--;
      this.#inFlight--;
      this.#pump();
    });
  }

  #arm(waitMs: number): void {
    const at = this.#now() + waitMs;
    if (this.#timer && this.#timerAt <= at) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timerAt = at;
    // +1 ms: timers may fire a hair early relative to performance.now().
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#timerAt = Infinity;
      this.#pump();
    }, Math.ceil(waitMs) + 1);
  }
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
