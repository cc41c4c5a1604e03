// Shared test helpers: repo paths, offset checks, an in-process CLI runner.
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { BulletinRecord, Mention } from '../src/types.js';
import { run, type CliIO } from '../src/cli/program.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** ../shared beside the repository (absent outside the workplace). */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));
/** True when ../shared is there to read. */
export const HAS_SHARED = existsSync(SHARED);

/** Every mention of a record with the field it points into. */
export function allMentions(r: BulletinRecord): { field: string; m: Mention }[] {
  const out: { field: string; m: Mention }[] = [];
  const add = (m: Mention) => out.push({ field: m.field ?? 'text', m });
  for (const o of r.officials) o.mentions.forEach(add);
  r.percentages.forEach(add);
  for (const d of r.documents) d.mentions.forEach(add);
  for (const d of r.references) d.mentions.forEach(add);
  r.dates.forEach(add);
  return out;
}

/** The string a mention's field names ("text" or "captions.N"). */
export function fieldText(r: BulletinRecord, field: string): string | undefined {
  if (field === 'text') return r.text;
  const m = /^captions\.(\d+)$/.exec(field);
  return m ? r.captions[Number(m[1])] : undefined;
}

/** Result of an in-process CLI run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with the given stdin bytes. */
export async function runCli(
  args: string[],
  stdin: string | Buffer = '',
  env: Record<string, string> = {},
  tty: { stdout?: boolean; stderr?: boolean } = {},
): Promise<CliResult> {
  const out = Object.assign(new PassThrough(), { isTTY: tty.stdout ?? false });
  const err = Object.assign(new PassThrough(), { isTTY: tty.stderr ?? false });
  const chunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  err.on('data', (c: Buffer) => errChunks.push(c));
  const io: CliIO = {
    stdout: out,
    stderr: err,
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]),
    env: { ...env },
  };
  const code = await run(args, io);
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: Buffer.concat(errChunks).toString('utf8') };
}
