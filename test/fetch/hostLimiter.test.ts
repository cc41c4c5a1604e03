import { describe, expect, it } from 'vitest';
import { HostLimiter, type Release } from '../../src/input/hostLimiter.js';

/** Lets pending promise callbacks run. */
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Starts an acquire and records when it is granted. */
function track(limiter: HostLimiter, host: string, signal?: AbortSignal) {
  const state: { release: Release | null; error: unknown } = { release: null, error: null };
  limiter.acquire(host, signal).then(
    (release) => {
      state.release = release;
    },
    (err: unknown) => {
      state.error = err;
    },
  );
  return state;
}

describe('HostLimiter', () => {
  it('holds the global limit across hosts and hands freed slots to the oldest waiter', async () => {
    const limiter = new HostLimiter({ perHost: 2, delayMs: 0, concurrency: 2 });
    const a = track(limiter, 'a.gov.vn');
    const b = track(limiter, 'b.gov.vn');
    const c = track(limiter, 'c.gov.vn');
    const d = track(limiter, 'a.gov.vn');
    await flush();
    expect([a, b, c, d].map((x) => x.release !== null)).toEqual([true, true, false, false]);
    expect(limiter.inFlight).toBe(2);
    a.release?.();
    await flush();
    expect(c.release).not.toBeNull();
    expect(d.release).toBeNull();
    a.release?.(); // a second call changes nothing
    expect(limiter.inFlight).toBe(2);
  });

  it('holds the per-host limit while other hosts proceed', async () => {
    const limiter = new HostLimiter({ perHost: 1, delayMs: 0, concurrency: 8 });
    const a1 = track(limiter, 'a.gov.vn');
    const a2 = track(limiter, 'a.gov.vn');
    const b1 = track(limiter, 'b.gov.vn');
    await flush();
    expect([a1, a2, b1].map((x) => x.release !== null)).toEqual([true, false, true]);
    a1.release?.();
    await flush();
    expect(a2.release).not.toBeNull();
  });

  it('waits delayMs after the previous start to the same host', async () => {
    let now = 0;
    const limiter = new HostLimiter({ perHost: 4, delayMs: 60, concurrency: 8, now: () => now });
    const first = track(limiter, 'a.gov.vn');
    const second = track(limiter, 'a.gov.vn');
    const other = track(limiter, 'b.gov.vn');
    await flush();
    expect([first, second, other].map((x) => x.release !== null)).toEqual([true, false, true]);
    now = 60;
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(second.release).not.toBeNull();
  });

  it('drops an aborted waiter and rejects with the reason', async () => {
    const limiter = new HostLimiter({ perHost: 1, delayMs: 0, concurrency: 1 });
    const held = track(limiter, 'a.gov.vn');
    const controller = new AbortController();
    const waiting = track(limiter, 'a.gov.vn', controller.signal);
    const after = track(limiter, 'a.gov.vn');
    await flush();
    const reason = new Error('cancelled');
    controller.abort(reason);
    await flush();
    expect(waiting.error).toBe(reason);
    held.release?.();
    await flush();
    expect(after.release).not.toBeNull();
    expect(waiting.release).toBeNull();
  });
});
