// --save-raw: each fetched body is kept as DIR/<host>/<path>.html (or .txt) next to a sidecar
// "<file>.headers.json" holding the URL, status and response headers, so that a later
// `bantin extract DIR` can decode the body with the charset the server declared.
// File names come from the URL but can never leave DIR: every path segment is decoded, then
// reduced to letters, digits, ".", "_" and "-"; lengths and depth are capped; and whenever the
// mapping loses information a short hash of the URL is added so distinct URLs stay distinct.

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { charsetFromContentType, mediaType } from './http-headers.js';

/** Suffix of the sidecar that marks a file as a saved raw body. */
export const RAW_SIDECAR_SUFFIX = '.headers.json';

/** What the sidecar of a saved body holds. */
export interface RawSidecar {
  /** Final URL after redirects. */
  url: string;
  /** URL as requested (the input). */
  requested: string;
  status: number;
  /** Response headers, lower-case names. */
  headers: Record<string, string>;
  /** ISO 8601 time of the fetch. */
  fetchedAt: string;
}

/** A saved body read back with its sidecar. */
export interface SavedRaw {
  body: Buffer;
  url: string;
  requested: string;
  status: number;
  headers: Record<string, string>;
  /** Charset of the saved Content-Type header, lower-cased, or null. */
  charset: string | null;
}

/** A fetched response to keep. */
export interface RawResponse {
  url: string;
  requested: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

// Longest kept segment, in code points (a Vietnamese letter is at most 3 UTF-8 bytes, so
// 64 + hash + extension stays far below the 255-byte NAME_MAX of common file systems).
const MAX_SEGMENT = 64;
// Deepest kept folder nesting under the host folder; deeper segments fold into the file name.
const MAX_DEPTH = 6;
// Longest part of the query string kept in the file name (the hash keeps queries distinct).
const MAX_QUERY = 40;
// Characters kept in a name: letters (with their combining marks), digits, "." "_" "-".
const UNSAFE_CHAR_RE = /[^\p{L}\p{M}\p{N}._-]/gu;
// Windows device names, which no file may be called whatever its extension: CON, aux.txt, LPT1.
const RESERVED_NAME_RE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;
// A folder named like a saved file could clash with a file of the same name: "a.html/" vs "a.html".
const FILE_LIKE_DIR_RE = /\.(?:html?|aspx|txt|json)$/i;
// A last segment whose own extension `bantin extract DIR` reads as the saved type.
const OWN_EXT_RE = /\.(?:html?|txt)$/i;
// Runs of dots ("a..b") are harmless inside a name but read like traversal.
const DOT_RUN_RE = /\.{2,}/g;
// Leading dots would make "..", "." or hidden files; trailing dots and spaces Windows drops.
const LEADING_DOTS_RE = /^\.+/;
const TRAILING_DOTS_RE = /\.+$/;

interface NamePart {
  name: string;
  lossy: boolean;
}

/**
 * The path, relative to the save folder and with "/" separators, under which the body of `url`
 * is saved: "<host>[_port]/<folders>/<name>[-<hash>].html|.txt". `forceHash` adds the hash
 * even when the mapping is lossless (used when another URL already owns the plain name).
 */
export function rawRelativePath(url: string, contentType: string | null, forceHash = false): string {
  const u = new URL(url);
  u.hash = '';
  const host = sanitizeSegment(u.port ? `${u.hostname}_${u.port}` : u.hostname, MAX_SEGMENT * 2);
  const segments = u.pathname.split('/').slice(1);
  const last = segments.pop() ?? '';
  let lossy = false;
  const folders: string[] = [];
  const overflow: string[] = [];
  for (const seg of segments) {
    if (seg === '') {
      lossy = true; // "a//b" and "a/b" share a name
      continue;
    }
    if (folders.length >= MAX_DEPTH) {
      overflow.push(seg);
      continue;
    }
    const part = sanitizeSegment(safeDecode(seg), MAX_SEGMENT);
    let name = part.name;
    if (FILE_LIKE_DIR_RE.test(name)) name += '_';
    folders.push(name);
    lossy ||= part.lossy;
  }
  let base: string;
  if (overflow.length > 0) {
    lossy = true;
    base = sanitizeSegment(safeDecode([...overflow, last].join('_')), MAX_SEGMENT).name;
  } else if (last === '') {
    base = 'index';
  } else {
    const part = sanitizeSegment(safeDecode(last), MAX_SEGMENT);
    base = part.name;
    lossy ||= part.lossy;
  }
  if (u.search.length > 1) {
    lossy = true;
    const query = sanitizeSegment(safeDecode(u.search.slice(1)), MAX_QUERY).name;
    base = `${base}_${query}`;
  }
  const ext = mediaType(contentType) === 'text/plain' ? '.txt' : '.html';
  // "bai-viet.htm" keeps its own extension when it already says what the body is.
  const ownExt = OWN_EXT_RE.exec(base)?.[0] ?? '';
  const keepsOwn = ownExt !== '' && (ext === '.txt') === (ownExt.toLowerCase() === '.txt');
  if (lossy || forceHash) {
    const stem = keepsOwn ? base.slice(0, -ownExt.length) : base;
    return [host.name, ...folders, `${stem}-${shortHash(u.href)}${keepsOwn ? ownExt : ext}`].join('/');
  }
  return [host.name, ...folders, keepsOwn ? base : `${base}${ext}`].join('/');
}

/**
 * Writes a body and its sidecar under `dir` (both atomically: temporary file, then rename) and
 * returns the body's path. If the plain name already holds another URL's body, a hashed name is used.
 */
export async function saveRaw(dir: string, res: RawResponse, fetchedAt: Date = new Date()): Promise<string> {
  const root = resolve(dir);
  const contentType = res.headers['content-type'] ?? null;
  let file = resolveInside(root, rawRelativePath(res.url, contentType));
  const existing = await readSidecar(file);
  if (existing && existing.url !== res.url) {
    file = resolveInside(root, rawRelativePath(res.url, contentType, true));
  }
  // Cookies are of no use offline and should not end up in a folder that gets shared.
  const { 'set-cookie': _cookies, ...headers } = res.headers;
  const sidecar: RawSidecar = {
    url: res.url,
    requested: res.requested,
    status: res.status,
    headers,
    fetchedAt: fetchedAt.toISOString(),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeAtomic(file, res.body);
  await writeAtomic(file + RAW_SIDECAR_SUFFIX, `${JSON.stringify(sidecar, null, 2)}\n`);
  return file;
}

/**
 * Reads a body saved by --save-raw: its bytes and saved headers, or null when `path` has no
 * valid sidecar (a plain file) or is itself a sidecar.
 */
export async function readSavedRaw(path: string): Promise<SavedRaw | null> {
  if (isRawSidecar(path)) return null;
  const sidecar = await readSidecar(path);
  if (!sidecar) return null;
  const body = await readFile(path);
  return {
    body,
    url: sidecar.url,
    requested: sidecar.requested,
    status: sidecar.status,
    headers: sidecar.headers,
    charset: charsetFromContentType(sidecar.headers['content-type']),
  };
}

/** Whether `path` names a sidecar (a directory walk should skip it silently). */
export function isRawSidecar(path: string): boolean {
  return path.toLowerCase().endsWith(RAW_SIDECAR_SUFFIX);
}

async function readSidecar(bodyPath: string): Promise<RawSidecar | null> {
  let text: string;
  try {
    text = await readFile(bodyPath + RAW_SIDECAR_SUFFIX, 'utf8');
  } catch {
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  return asSidecar(data);
}

function asSidecar(data: unknown): RawSidecar | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (typeof d.url !== 'string' || typeof d.status !== 'number') return null;
  if (typeof d.headers !== 'object' || d.headers === null || Array.isArray(d.headers)) return null;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(d.headers as Record<string, unknown>)) {
    if (typeof v === 'string') headers[k.toLowerCase()] = v;
  }
  return {
    url: d.url,
    requested: typeof d.requested === 'string' ? d.requested : d.url,
    status: d.status,
    headers,
    fetchedAt: typeof d.fetchedAt === 'string' ? d.fetchedAt : '',
  };
}

/** One safe path segment: decoded text reduced to safe characters, capped, never "." or "..". */
function sanitizeSegment(text: string, max: number): NamePart {
  let name = text.normalize('NFC').replace(UNSAFE_CHAR_RE, '_');
  name = name.replace(DOT_RUN_RE, '_');
  name = name.replace(LEADING_DOTS_RE, (dots) => '_'.repeat(dots.length));
  name = name.replace(TRAILING_DOTS_RE, (dots) => '_'.repeat(dots.length));
  if (RESERVED_NAME_RE.test(name)) name = `_${name}`;
  const chars = Array.from(name);
  if (chars.length > max) name = chars.slice(0, max).join('');
  if (name === '') name = '_';
  return { name, lossy: name !== text };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** Joins a relative name to the root and checks, belt and braces, that it stays inside. */
function resolveInside(root: string, relativePath: string): string {
  const full = resolve(root, ...relativePath.split('/'));
  const rel = relative(root, full);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw new Error(`refusing to write outside the --save-raw folder: ${relativePath}`);
  }
  return full;
}

async function writeAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(file), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}
