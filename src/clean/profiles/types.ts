// Portal profiles: data that refines the generic cleaner for one family of sites.
import type { El } from '../dom.js';
import type { LineRule } from '../rules.js';

/**
 * A simple selector: `tag`, `.class`, `#id`, `tag.class`, `tag.a.b#id`, or `[attr=value]` at the end.
 * No combinators: profiles name the element itself, matched during the single DOM walk.
 */
export type SimpleSelector = string;

/** One portal family: how to recognise it and what it adds to the generic rules. */
export interface PortalProfile {
  /** Reported as `portal` in records. */
  id: string;
  name: string;
  /** The fixture folder the profile was written from (fixtures/<slug>/). */
  example: string;
  /** Hosts of the family ("yenbai.gov.vn", "*.gov.vn" SharePoint portals are found by signature). */
  hosts: readonly RegExp[];
  /** Page signatures tested on the first 64 KB of HTML or the first 4 KB of text. */
  signatures: readonly RegExp[];
  /** Markers too common to decide alone (asset paths): they count only when several match and no profile's signature does. */
  weakSignatures?: readonly RegExp[];
  /** The element holding the article body. */
  content: readonly SimpleSelector[];
  title: readonly SimpleSelector[];
  date: readonly SimpleSelector[];
  lead: readonly SimpleSelector[];
  author: readonly SimpleSelector[];
  /** Extra furniture to prune. */
  drop: readonly SimpleSelector[];
  /** Extra line rules (checked before the generic ones). */
  rules: readonly LineRule[];
}

interface Parsed {
  tag: string | null;
  classes: string[];
  id: string | null;
  attr: [string, string] | null;
}

// "div.news-detail#main[itemprop=articleBody]"
const SELECTOR_RE = /^(?<tag>[a-z][a-z0-9]*)?(?<rest>(?:[.#][A-Za-z0-9_-]+)*)(?:\[(?<an>[a-z-]+)=(?<av>[^\]]+)\])?$/;
const cache = new Map<string, Parsed>();

function parse(sel: string): Parsed {
  const hit = cache.get(sel);
  if (hit) return hit;
  const m = SELECTOR_RE.exec(sel);
  if (!m?.groups) throw new Error(`bad profile selector "${sel}"`);
  const classes: string[] = [];
  let id: string | null = null;
  for (const part of (m.groups.rest ?? '').match(/[.#][A-Za-z0-9_-]+/g) ?? []) {
    if (part[0] === '.') classes.push(part.slice(1).toLowerCase());
    else id = part.slice(1);
  }
  const p: Parsed = {
    tag: m.groups.tag ?? null,
    classes,
    id,
    attr: m.groups.an ? [m.groups.an, m.groups.av] : null,
  };
  cache.set(sel, p);
  return p;
}

interface Compiled extends Parsed {
  /** One pattern per class, tested on the raw class attribute (no split per element). */
  classRes: RegExp[];
}

function compile(sel: SimpleSelector): Compiled {
  const p = parse(sel);
  return { ...p, classRes: p.classes.map((c) => new RegExp(`(?:^|\\s)${c}(?:\\s|$)`, 'i')) };
}

function matches(p: Compiled, el: El): boolean {
  if (p.tag && el.name !== p.tag) return false;
  if (p.id && el.attribs.id !== p.id) return false;
  if (p.attr && el.attribs[p.attr[0]] !== p.attr[1]) return false;
  if (p.classRes.length > 0) {
    const cls = el.attribs.class;
    if (cls === undefined) return false;
    for (const re of p.classRes) if (!re.test(cls)) return false;
  }
  return p.tag !== null || p.id !== null || p.attr !== null || p.classRes.length > 0;
}

/** True when the element matches a simple selector (see SimpleSelector). */
export function matchesSelector(el: El, sel: SimpleSelector): boolean {
  return matches(compile(sel), el);
}

/** The attribute a selector tests (`[name=value]`), or null. */
export function selectorAttribute(sel: SimpleSelector): string | null {
  return parse(sel).attr?.[0] ?? null;
}

const compiledLists = new WeakMap<readonly SimpleSelector[], (el: El) => boolean>();

/** A test for "matches any of these selectors", compiled once per list (the cleaner asks per element). */
export function anySelector(list: readonly SimpleSelector[]): (el: El) => boolean {
  let fn = compiledLists.get(list);
  if (fn === undefined) {
    const ps = list.map(compile);
    fn = ps.length === 0 ? () => false : (el: El) => ps.some((p) => matches(p, el));
    compiledLists.set(list, fn);
  }
  return fn;
}

/** Throws when a profile is malformed (an empty selector list where one is needed, a bad selector). */
export function checkProfile(p: PortalProfile): PortalProfile {
  if (p.hosts.length === 0 && p.signatures.length === 0) throw new Error(`profile ${p.id}: no hosts and no signatures`);
  for (const s of [...p.content, ...p.title, ...p.date, ...p.lead, ...p.author, ...p.drop]) parse(s);
  return p;
}
