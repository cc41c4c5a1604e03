// Where output chunks go: stdout, or a file written atomically (temporary file, then rename).
import { randomBytes } from 'node:crypto';
import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A destination for output text. */
export interface Sink {
  write(chunk: string): Promise<void>;
  /** Finishes the output (for files: flush, then rename into place). */
  close(): Promise<void>;
  /** Gives up: for files, removes the temporary file so no half-written output remains. */
  abort(): Promise<void>;
  /** True once the reader has gone away (`| head`) or writing failed: further output is pointless. */
  readonly closed: boolean;
  /** Why writing failed, when it was not simply the reader going away. */
  readonly error: Error | null;
}

/**
 * Writes to a stream, waiting for drain so large batches keep flat memory. When the reader
 * closes the pipe (EPIPE), pending and later writes resolve at once and `closed` turns true,
 * so the caller can stop instead of waiting for a drain that never comes.
 */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  let closed = false;
  let error: Error | null = null;
  let waiting: (() => void) | null = null;
  const release = () => {
    const w = waiting;
    waiting = null;
    w?.();
  };
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED') error = err;
    closed = true;
    release();
  });
  stream.on('close', () => {
    closed = true;
    release();
  });
  return {
    get closed() {
      return closed;
    },
    get error() {
      return error;
    },
    write(chunk) {
      if (closed || chunk === '') return Promise.resolve();
      return new Promise((resolve) => {
        if (stream.write(chunk)) return resolve();
        waiting = resolve;
        stream.once('drain', release);
      });
    },
    close: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

/** Writes to `<dir>/.<name>.<random>.tmp` and renames it over `path` on close. */
export async function atomicFileSink(path: string): Promise<Sink> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const fh: FileHandle = await open(tmp, 'wx', 0o644);
  let open_ = true;
  const finish = async () => {
    if (!open_) return;
    open_ = false;
    await fh.close();
  };
  return {
    closed: false,
    error: null,
    async write(chunk) {
      if (chunk !== '') await fh.write(chunk);
    },
    async close() {
      await fh.sync();
      await finish();
      await rename(tmp, path);
    },
    async abort() {
      await finish().catch(() => undefined);
      await unlink(tmp).catch(() => undefined);
    },
  };
}
