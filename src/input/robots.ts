// robots.txt (RFC 9309): parsing, matching, and the per-origin verdict cache of one run.
// Parsing and matching are pure; the cache only memoizes a loader it is given, so the HTTP
// layer decides how robots.txt is fetched (through the same politeness limiter as pages).

/** One Allow/Disallow line of a group. */
export interface RobotsRule {
  allow: boolean;
  /** The path pattern as written (percent-encoding normalized); may hold `*` and a final `$`. */
  pattern: string;
}

/** A group: the user agents it names and its rules. */
export interface RobotsGroup {
  agents: string[];
  rules: RobotsRule[];
}

/** A parsed robots.txt. */
export interface RobotsFile {
  groups: RobotsGroup[];
}

/** What the fetcher does for one origin, decided once per run. */
export type RobotsVerdict =
  | { kind: 'rules'; file: RobotsFile }
  /** 4xx, redirect trouble, or no robots.txt: everything allowed. */
  | { kind: 'allow-all'; reason: string; status?: number }
  /** 5xx (RFC 9309 §2.3.1.4 "unreachable"): everything disallowed for this run. */
  | { kind: 'disallow-all'; reason: string; status?: number };

// Keys of record lines ("User-agent: bantin", "Disallow:/private/ # comment") are
// case-insensitive; a few common misspellings are accepted, as the big crawlers do.
const USER_AGENT_KEYS: ReadonlySet<string> = new Set(['user-agent', 'useragent', 'user agent']);
const ALLOW_KEYS: ReadonlySet<string> = new Set(['allow']);
const DISALLOW_KEYS: ReadonlySet<string> = new Set(['disallow', 'dissallow', 'dissalow', 'disalow', 'diasllow', 'disallaw']);
// The product token of a user agent: "bantin" in "bantin/0.1.0 (+https://...)".
const PRODUCT_TOKEN_RE = /^[A-Za-z0-9_-]{1,100}/;
// "%2f" and "%2F" are the same octet: upper-case the hex digits of every escape.
const PERCENT_ESCAPE_RE = /%[0-9a-fA-F]{2}/g;

/** Parses robots.txt text into groups (RFC 9309 §2.2); never throws. */
export function parseRobots(text: string): RobotsFile {
  const groups: RobotsGroup[] = [];
  let current: RobotsGroup | null = null;
  // A user-agent line right after another one (or at the start of a group) joins that group.
  let collectingAgents = false;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const record = splitRecord(raw);
    if (!record) continue;
    const { key, value } = record;
    if (USER_AGENT_KEYS.has(key)) {
      if (!current || !collectingAgents) {
        current = { agents: [], rules: [] };
        groups.push(current);
        collectingAgents = true;
      }
      current.agents.push(value.toLowerCase());
    } else if (ALLOW_KEYS.has(key) || DISALLOW_KEYS.has(key)) {
      collectingAgents = false;
      // Rules before any user-agent line belong to no group (RFC 9309 ignores them).
      if (!current) continue;
      // An empty pattern matches nothing ("Disallow:" = allow everything).
      if (value === '') continue;
      current.rules.push({ allow: ALLOW_KEYS.has(key), pattern: normalizePattern(value) });
    } else {
      // Sitemap, Crawl-delay, Host...: they neither belong to a group nor end the agent list.
      continue;
    }
  }
  return { groups };
}

/** The product token robots.txt groups are matched against: "bantin" for "bantin/0.1 (+...)". */
export function productToken(userAgent: string): string {
  return (PRODUCT_TOKEN_RE.exec(userAgent.trim())?.[0] ?? 'bantin').toLowerCase();
}

/** The rules that apply to `token`: all groups naming it, else all `*` groups (RFC 9309 §2.2.1). */
export function rulesFor(file: RobotsFile, token: string): RobotsRule[] {
  const wanted = token.toLowerCase();
  const named = file.groups.filter((g) => g.agents.some((a) => agentMatches(a, wanted)));
  const chosen = named.length > 0 ? named : file.groups.filter((g) => g.agents.includes('*'));
  return chosen.flatMap((g) => g.rules);
}

/**
 * Whether `pathAndQuery` (URL pathname + search, percent-encoded) may be fetched by `token`:
 * the longest matching pattern wins, Allow wins a tie, no match means allowed.
 */
export function isAllowed(file: RobotsFile, token: string, pathAndQuery: string): boolean {
  const path = normalizePath(pathAndQuery);
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const rule of rulesFor(file, token)) {
    if (!wildcardMatch(rule.pattern, path)) continue;
    if (
      !best ||
      rule.pattern.length > best.pattern.length ||
      (rule.pattern.length === best.pattern.length && rule.allow && !best.allow)
    ) {
      best = rule;
    }
  }
  return best ? best.allow : true;
}

/** Whether a verdict lets `pathAndQuery` through. */
export function verdictAllows(verdict: RobotsVerdict, token: string, pathAndQuery: string): boolean {
  switch (verdict.kind) {
    case 'allow-all':
      return true;
    case 'disallow-all':
      return normalizePath(pathAndQuery) === '/robots.txt';
    case 'rules':
      return isAllowed(verdict.file, token, pathAndQuery);
  }
}

/** Per-origin robots verdicts for one run: each origin's robots.txt is loaded at most once. */
export class RobotsCache {
  readonly #entries = new Map<string, Promise<RobotsVerdict>>();
  readonly #load: (origin: string) => Promise<RobotsVerdict>;

  /** `load` fetches and interprets `${origin}/robots.txt`; a rejection is cached like a verdict. */
  constructor(load: (origin: string) => Promise<RobotsVerdict>) {
    this.#load = load;
  }

  /** The verdict for an origin ("https://host:port"), shared by concurrent callers. */
  verdict(origin: string): Promise<RobotsVerdict> {
    let entry = this.#entries.get(origin);
    if (!entry) {
      entry = this.#load(origin);
      // Callers await it; this only keeps an unobserved rejection from being reported as unhandled.
      entry.catch(() => undefined);
      this.#entries.set(origin, entry);
    }
    return entry;
  }
}

/** Splits "Key: value # comment" at the first colon, without the comment; null for other lines. */
function splitRecord(line: string): { key: string; value: string } | null {
  const hash = line.indexOf('#');
  const content = hash >= 0 ? line.slice(0, hash) : line;
  const colon = content.indexOf(':');
  if (colon <= 0) return null;
  return { key: content.slice(0, colon).trim().toLowerCase(), value: content.slice(colon + 1).trim() };
}

/** A user-agent line value matches a token when its own product token equals it, or it is "*". */
function agentMatches(lineValue: string, token: string): boolean {
  if (lineValue === '*') return false; // handled as the fallback group
  return productToken(lineValue) === token;
}

/** Percent-encodes non-ASCII and upper-cases escapes, so patterns and URL paths compare octet by octet. */
function normalizePattern(pattern: string): string {
  const encoded = /[^\x21-\x7E]/.test(pattern) ? encodeNonAscii(pattern) : pattern;
  return encoded.replace(PERCENT_ESCAPE_RE, (e) => e.toUpperCase());
}

function normalizePath(pathAndQuery: string): string {
  const p = pathAndQuery === '' ? '/' : pathAndQuery;
  return normalizePattern(p);
}

function encodeNonAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    out += code > 0x20 && code < 0x7f ? ch : encodeURIComponent(ch);
  }
  return out;
}

/**
 * Glob match of a robots pattern against a path: `*` is any run of octets, a final `$` anchors
 * the end, otherwise the pattern need only match a prefix. Iterative with one backtrack point,
 * so it is O(pattern × path) at worst and never recursive.
 */
export function wildcardMatch(pattern: string, path: string): boolean {
  let pat = pattern;
  let anchored = false;
  if (pat.endsWith('$')) {
    anchored = true;
    pat = pat.slice(0, -1);
  }
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p === pat.length && !anchored) return true;
    if (p < pat.length && pat[p] === '*') {
      starP = p++;
      starS = s;
    } else if (p < pat.length && pat[p] === path[s]) {
      p++;
      s++;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pat.length && pat[p] === '*') p++;
  return p === pat.length;
}
