// Process entry: the one place that touches process.*.
import { run } from './program.js';

/** Runs bantin on process argv and streams; resolves to the exit code. */
export async function main(argv: string[] = process.argv): Promise<number> {
  return run(argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
  });
}
