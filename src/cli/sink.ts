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
}

/** Writes to a stream, waiting for drain so large batches keep flat memory. Stops quietly on EPIPE. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  let broken = false;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') broken = true;
  });
  return {
    write(chunk) {
      if (broken || chunk === '') return Promise.resolve();
      return new Promise((resolve) => {
        if (stream.write(chunk)) resolve();
        else stream.once('drain', () => resolve());
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
