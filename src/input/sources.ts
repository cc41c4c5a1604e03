// Where inputs come from: paths, directories, input lists, stdin, URLs. No process.* here:
// the CLI hands in stdin as a stream.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RAW_SIDECAR_SUFFIX } from './rawStore.js';

/** File extensions read when walking a directory. */
export const BULLETIN_EXTENSIONS: readonly string[] = ['.html', '.htm', '.aspx', '.txt'];


/** One input as the batch sees it. */
export type InputSpec =
  | { kind: 'file'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin'; name: string; stream: AsyncIterable<Uint8Array> }
  | { kind: 'bytes'; name: string; bytes: Uint8Array; httpCharset?: string | null };

/** Something the expansion skipped or could not list, for the caller to report. */
export interface ExpansionNote {
  input: string;
  message: string;
}

// http(s) scheme; anything else with "://" is reported as an unsupported URL by the pipeline.
const URL_RE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** True when an argument names a URL rather than a path. */
export function isUrl(arg: string): boolean {
  return URL_RE.test(arg);
}

/** Parses an --input-list file: one path or URL per line; blank lines and `#` comments skipped. */
export function parseInputList(content: string): string[] {
  const out: string[] = [];
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    out.push(line);
  }
  return out;
}

/** Reads an --input-list file (or stdin content already read) into entries. */
export async function readInputList(path: string): Promise<string[]> {
  return parseInputList(await readFile(path, 'utf8'));
}

/**
 * Expands CLI-style arguments to inputs: directories are walked recursively (sorted, so runs
 * are reproducible), files with other extensions inside them are noted and skipped. A path
 * that does not exist is kept: reading it yields a per-input error, not a failed expansion.
 */
export async function expandArgs(
  args: readonly string[],
  stdin: () => InputSpec,
  notes: ExpansionNote[],
): Promise<InputSpec[]> {
  const specs: InputSpec[] = [];
  let stdinUsed = false;
  for (const arg of args) {
    if (arg === '-') {
      if (stdinUsed) {
        notes.push({ input: '-', message: 'stdin named more than once; read once' });
        continue;
      }
      stdinUsed = true;
      specs.push(stdin());
    } else if (isUrl(arg)) {
      specs.push({ kind: 'url', url: arg });
    } else {
      let isDir = false;
      try {
        isDir = (await stat(arg)).isDirectory();
      } catch {
        // Missing or unreadable: reported when read.
      }
      if (isDir) await walk(arg, specs, notes);
      else specs.push({ kind: 'file', path: arg });
    }
  }
  return specs;
}

async function walk(dir: string, specs: InputSpec[], notes: ExpansionNote[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    notes.push({ input: dir, message: `cannot list directory: ${(err as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      await walk(p, specs, notes);
    } else if (e.isFile() || e.isSymbolicLink()) {
      const lower = e.name.toLowerCase();
      if (BULLETIN_EXTENSIONS.some((ext) => lower.endsWith(ext))) specs.push({ kind: 'file', path: p });
      // Saved-raw sidecars belong to the body beside them: not worth a note.
      else if (!lower.endsWith(RAW_SIDECAR_SUFFIX)) notes.push({ input: p, message: 'skipped: not .html, .htm, .aspx or .txt' });
    }
  }
}

/** Human name of an input for messages and `source.input`. */
export function inputName(spec: InputSpec): string {
  switch (spec.kind) {
    case 'file':
      return spec.path;
    case 'url':
      return spec.url;
    case 'stdin':
    case 'bytes':
      return spec.name;
  }
}
