// HTML side of the cleaner: one parse (./dom.ts), then three linear walks over the DOM:
// 1. stats (text and link length per element, data tables), 2. metadata (head, JSON-LD,
// headline, date, breadcrumb, lead, byline elements), 3. content blocks with furniture pruned.
// Content is chosen by Readability-style scoring over the blocks; the line engine does the rest.
import { isEl, parseHtml, type El, type Node } from './dom.js';
import { collapseSpaces, normalizeText } from '../normalize/text.js';
import {
  AUTHOR_HINT_RE,
  BREADCRUMB_HINT_RE,
  CAPTION_HINT_RE,
  CATEGORY_HINT_RE,
  CONTENT_HINT_RE,
  DATE_HINT_RE,
  ELEMENT_RULES,
  LINE_RULES,
  FURNITURE_TAGS,
  LEAD_HINT_RE,
  META_BLOCK_RE,
  SKIP_TAGS,
  TITLE_HINT_RE,
  VIEWS_HINT_RE,
  type ElementRule,
} from './rules.js';
import type { Block, BlockKind } from './lines.js';
import { splitDateLine } from './dates.js';
import { parseByline } from './byline.js';
import { anySelector, selectorAttribute, type PortalProfile } from './profiles/types.js';

/** What the page says about itself outside the article text. */
export interface HtmlMeta {
  /** The <title> text. */
  docTitle: string | null;
  /** Meta tags by lower-cased name/property/itemprop; first value wins. */
  metas: Map<string, string>;
  /** JSON-LD objects, flattened (arrays and @graph). */
  jsonLd: Array<Record<string, unknown>>;
  headings: Candidate[];
  dates: Candidate[];
  crumbs: string[][];
  /** Section names printed beside the headline (category links), in page order. */
  sections: Candidate[];
  leads: Candidate[];
  authors: Candidate[];
  views: Candidate[];
  /** Profile selector hits. */
  profileTitle: string | null;
  profileDate: string | null;
  profileLead: string | null;
  profileAuthor: string | null;
}

/** A metadata element: its text, where it is, and whether it sits in page furniture. */
export interface Candidate {
  text: string;
  order: number;
  furniture: boolean;
  tag: string;
  /** `datetime`/`content` attribute when present. */
  attr: string | null;
  titleHint: boolean;
}

/** The result of reading an HTML page. */
export interface HtmlDocument {
  meta: HtmlMeta;
  /** Content blocks of the chosen article container, in reading order. */
  blocks: Block[];
  /** All content blocks of the page (furniture pruned), for fallbacks. */
  allBlocks: Block[];
  /** Document order (as in Candidate.order) of the element holding the article's first block. */
  contentOrder: number;
  /** Document order of the element holding the article's last block (0 when none). */
  contentEndOrder: number;
  warnings: string[];
}

const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'main', 'td', 'th', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'pre', 'figcaption', 'figure', 'table', 'tr', 'tbody', 'thead', 'tfoot', 'ul',
  'ol', 'dl', 'header', 'footer', 'address', 'center', 'form', 'fieldset', 'caption', 'hr', 'details',
  'summary', 'body', 'html', 'nav', 'aside', 'legend',
]);
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_PARTS: ReadonlySet<string> = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption']);
const TOP_HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['em', 'i', 'strong', 'b']);
// Tags whose siblings of the top candidate join the article by text length alone.
const JOINABLE_TAGS: ReadonlySet<string> = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'table', 'figure', 'h2', 'h3', 'h4']);
// Wrappers joined only inside the article body (a paragraph won the scoring).
const BODY_PART_TAGS: ReadonlySet<string> = new Set(['div', 'section']);
// Weak furniture groups step aside for an element holding much of the page's text (vnexpress
// wraps its article in `div.sidebar-1`); strong ones (comments, related) need nearly all of it.
const WEAK_GROUPS: ReadonlySet<string> = new Set(['navigation', 'widgets', 'footer']);
const WEAK_SHARE = 0.4;
const STRONG_SHARE = 0.7;
// Hidden by markup: `style="display:none"`, `visibility:hidden`.
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const CENTER_RE = /text-align\s*:\s*center/i;
// Roles of landmark furniture.
const FURNITURE_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

interface Stat {
  text: number;
  link: number;
  /** Holds a block-level element or an image (a table holding one is layout). */
  blocky: boolean;
  /** <br> count in the subtree. */
  br: number;
  /** For tables: a cell holds a long text or several lines (layout, not data). */
  layout: boolean;
  /** <img> count in the subtree. */
  imgs: number;
  /** Table cell count in the subtree. */
  cells: number;
  /** What its class and id say. */
  hints: ClassHints;
  /** Pruned as furniture: unknown until asked (the metadata and block walks share the answer). */
  prune: boolean | null;
  /** Document order in the metadata walk (0 before it). */
  order: number;
  /** Blocks [r0, r1) the element holds, once the block walk entered it (r0 -1 before). */
  r0: number;
  r1: number;
}

function newStat(el: El): Stat {
  const st: Stat = {
    text: 0,
    link: 0,
    blocky: false,
    br: el.name === 'br' ? 1 : 0,
    layout: false,
    imgs: el.name === 'img' ? 1 : 0,
    cells: el.name === 'td' || el.name === 'th' ? 1 : 0,
    hints: hintsOf(el),
    prune: null,
    order: 0,
    r0: -1,
    r1: -1,
  };
  el.data = st;
  return st;
}

/** The element's statistics (set by computeStats; undefined for what it skipped). */
function statOf(el: El): Stat | undefined {
  return (el.data as Stat | null) ?? undefined;
}

// The attributes this module reads; the parser skips the rest.
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  'class', 'id', 'role', 'itemprop', 'style', 'hidden', 'aria-hidden', 'aria-label', 'align', 'datetime',
  'content', 'property', 'name', 'http-equiv', 'value', 'type', 'rel',
]);
const profileAttributes = new WeakMap<PortalProfile, ReadonlySet<string>>();

/** READ_ATTRIBUTES plus those a profile's selectors test. */
function attributesFor(profile: PortalProfile | null): ReadonlySet<string> {
  if (!profile) return READ_ATTRIBUTES;
  let set = profileAttributes.get(profile);
  if (!set) {
    const all = [profile.content, profile.title, profile.date, profile.lead, profile.author, profile.drop].flat();
    set = new Set([...READ_ATTRIBUTES, ...all.map(selectorAttribute).filter((a): a is string => a !== null)]);
    profileAttributes.set(profile, set);
  }
  return set;
}

/** A profile's selectors, compiled once per page. */
interface Selectors {
  content: (el: El) => boolean;
  title: (el: El) => boolean;
  date: (el: El) => boolean;
  lead: (el: El) => boolean;
  author: (el: El) => boolean;
  drop: (el: El) => boolean;
}

function selectorsOf(profile: PortalProfile | null): Selectors | null {
  if (!profile) return null;
  return {
    content: anySelector(profile.content),
    title: anySelector(profile.title),
    date: anySelector(profile.date),
    lead: anySelector(profile.lead),
    author: anySelector(profile.author),
    drop: anySelector(profile.drop),
  };
}

// A cell with this much text, or this many line breaks, is a layout cell, not a data cell.
const LAYOUT_CELL_TEXT = 300;
const LAYOUT_CELL_BR = 3;

type Visitor = {
  enter(el: El): boolean;
  text(data: string): void;
  leave(el: El): void;
};

/** Iterative depth-first walk (pages can nest thousands deep); `enter` returns false to skip a subtree. */
function walk(root: El, v: Visitor): void {
  // Parallel stacks of elements and child positions: no frame object per element.
  const nodes: El[] = [root];
  const at: number[] = [0];
  let d = 0;
  while (d >= 0) {
    const node = nodes[d];
    const kids: Node[] = node.children;
    const i = at[d];
    if (i >= kids.length) {
      d--;
      if (d >= 0) v.leave(node);
      continue;
    }
    at[d] = i + 1;
    const child = kids[i];
    if (typeof child === 'string') v.text(child);
    else if (v.enter(child)) {
      d++;
      nodes[d] = child;
      at[d] = 0;
    } else v.leave(child);
  }
}

// All element rules in one pattern: most class names match none, and one scan says so.
const ANY_ELEMENT_RULE_RE = new RegExp(ELEMENT_RULES.map((r) => `(?:${r.re.source})`).join('|'));

// Elements that open the article: a <header> inside one holds the headline and sapo, not menus.
const ARTICLE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);

function isArticleEl(el: El): boolean {
  return ARTICLE_TAGS.has(el.name) || el.attribs.role === 'main' || el.attribs.itemprop === 'articleBody';
}

/** What a class/id string says to every class pattern, tested once per distinct string. */
interface ClassHints {
  /** A class or id is set and not empty. */
  classy: boolean;
  rule: ElementRule | null;
  content: boolean;
  category: boolean;
  crumb: boolean;
  date: boolean;
  /** A lead hint that is neither a meta block nor a caption. */
  lead: boolean;
  leadAny: boolean;
  caption: boolean;
  author: boolean;
  views: boolean;
  title: boolean;
}

// Every class pattern in one: most class strings (unique ids such as "ctl00_g_5f2a", "post-1234")
// match none, and one scan says so.
const HINT_RES: readonly RegExp[] = [
  ...ELEMENT_RULES.map((r) => r.re),
  CONTENT_HINT_RE, CATEGORY_HINT_RE, BREADCRUMB_HINT_RE, DATE_HINT_RE, LEAD_HINT_RE, CAPTION_HINT_RE,
  AUTHOR_HINT_RE, VIEWS_HINT_RE, TITLE_HINT_RE,
];
if (HINT_RES.some((r) => r.flags !== '')) throw new Error('class patterns must be flagless to be joined');
const ANY_HINT_RE = new RegExp(HINT_RES.map((r) => `(?:${r.source})`).join('|'));

function computeHints(raw: string): ClassHints {
  const ci = raw.toLowerCase();
  const classy = ci.length > 1;
  if (!ANY_HINT_RE.test(ci)) return classy ? CLASSY_NO_HINTS : NO_HINTS_AT_ALL;
  let rule: ElementRule | null = null;
  if (classy && ANY_ELEMENT_RULE_RE.test(ci)) rule = ELEMENT_RULES.find((r) => r.re.test(ci)) ?? null;
  const leadAny = classy && LEAD_HINT_RE.test(ci);
  const caption = classy && CAPTION_HINT_RE.test(ci);
  return {
    classy,
    rule,
    content: CONTENT_HINT_RE.test(ci),
    category: CATEGORY_HINT_RE.test(ci),
    crumb: classy && BREADCRUMB_HINT_RE.test(ci),
    date: classy && DATE_HINT_RE.test(ci),
    lead: leadAny && !META_BLOCK_RE.test(ci) && !caption,
    leadAny,
    caption,
    author: classy && AUTHOR_HINT_RE.test(ci),
    views: classy && VIEWS_HINT_RE.test(ci),
    title: classy && TITLE_HINT_RE.test(ci),
  };
}

function noHints(classy: boolean): ClassHints {
  const f = false;
  return { classy, rule: null, content: f, category: f, crumb: f, date: f, lead: f, leadAny: f, caption: f, author: f, views: f, title: f };
}
const CLASSY_NO_HINTS = noHints(true);
const NO_HINTS_AT_ALL = noHints(false);

// Pages repeat a few hundred class strings thousands of times ("item", "news-title"): the answers
// are kept across pages, within bounds (long strings are not kept; the cache empties when full).
const hintCache = new Map<string, ClassHints>();
const HINT_CACHE_MAX = 20_000;
const HINT_KEY_MAX = 200;

/** The hints of an element's class and id ("class id", as written: lower-cased only on a miss). */
function hintsOf(el: El): ClassHints {
  const c = el.attribs.class;
  const id = el.attribs.id;
  if (c === undefined && id === undefined) return NO_HINTS_AT_ALL;
  const raw = (c ?? '') + ' ' + (id ?? '');
  let h = hintCache.get(raw);
  if (h === undefined) {
    h = computeHints(raw);
    if (raw.length <= HINT_KEY_MAX) {
      if (hintCache.size >= HINT_CACHE_MAX) hintCache.clear();
      hintCache.set(raw, h);
    }
  }
  return h;
}

function furnitureRule(el: El, hints: ClassHints, inArticle: boolean): ElementRule | 'tag' | 'role' | null {
  if (FURNITURE_TAGS.has(el.name) && !(inArticle && el.name === 'header')) return 'tag';
  const role = el.attribs.role;
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return 'role';
  return hints.rule;
}

function isHidden(el: El): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const st = a.style;
  return st !== undefined && HIDDEN_STYLE_RE.test(st);
}

/** Visible text of a small element, blocks and <br> as spaces, capped. */
function textOf(el: El, cap = 2000, blockSep = ' '): string {
  const parts: string[] = [];
  let n = 0;
  let nodes = 0;
  walk(el, {
    enter(e) {
      nodes++;
      if (nodes > 5000 || n > cap || SKIP_TAGS.has(e.name)) return false;
      if (e.name === 'br' || BLOCK_TAGS.has(e.name)) parts.push(blockSep);
      return true;
    },
    text(d) {
      if (n > cap) return;
      parts.push(collapseSpaces(d));
      n += d.length;
    },
    leave(e) {
      if (BLOCK_TAGS.has(e.name)) parts.push(blockSep);
    },
  });
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0)
    .join(blockSep === '\n' ? '\n' : ' ')
    .slice(0, cap);
}

// Separators of a breadcrumb written as text: "Trang chủ » Tin tức / Thời sự"
const CRUMB_TEXT_SEP_RE = /\s*(?:>>|»|›|>|\/|\|)\s*/u;
// "You are here" labels: "Bạn đang ở:", "Vị trí:", "Đường dẫn:"
const CRUMB_LABEL_HTML_RE = /^\s*(?:Bạn đang ở|Bạn đang xem|Vị trí(?: hiện tại)?|Đường dẫn|You are here)\s?:?\s*/iu;
const ARIA_CRUMB_RE = /breadcrumb/i;
// A breadcrumb's text: the home item, then a separator: "Trang chủ » Xã hội", "Home / Tin tức"
const HOME_CRUMB_TEXT_RE = /^(?:Trang chủ|Trang nhất|Home)\s?(?:>>|»|›|>|\/)\s?\S/iu;
const REL_CATEGORY_RE = /(?:^|\s)category(?:\s|$)/i;
const ANY_DIGIT_RE = /\p{N}/u;
// A box title over a list of sections is not the article's section: "DANH MỤC", "Chuyên mục".
const SECTION_BOX_TITLE_RE = /^(?:Danh mục|Chuyên mục|Chủ đề|Categories|Category|Menu)\s*:?$/iu;
// Separator characters left at an item's edges.
const CRUMB_EDGE_RE = /^[\s>»›/|]+|[\s>»›/|]+$/gu;
// A line of only table-cell separators.
const CELL_SEPS_RE = /^[|\s]+$/u;
// Cell separators at the ends of a table row.
const ROW_EDGE_RE = /^\|\s*|\s*\|$/gu;
// Sentence end inside a short sibling ("Ảnh minh họa." joins, "Chia sẻ" does not).
const SENTENCE_STOP_RE = /\.(?:\s|$)/u;
// A short block that ends like prose or introduces what follows: "... cuối năm.", "như sau:"
const PROSE_END_RE = /[.!?:…"”]$/u;
// Short sibling blocks joined only next to the article's own blocks.
const WEAK_SIBLING_MAX = 300;
// Commas (Latin and full-width) count towards a paragraph's score, as in Readability.
const COMMA_RE = /[,，]/gu;

function crumbItems(el: El): string[] {
  const lis: string[] = [];
  const links: string[] = [];
  walk(el, {
    enter(e) {
      if (SKIP_TAGS.has(e.name)) return false;
      if (e.name === 'li') {
        const hasInner = e.children.some((c) => isEl(c) && (c.name === 'li' || c.name === 'ul' || c.name === 'ol'));
        if (!hasInner) lis.push(textOf(e, 200));
      } else if (e.name === 'a') links.push(textOf(e, 200));
      return true;
    },
    text() {},
    leave() {},
  });
  // Text split at its separators keeps a last item written without a link ("» <span>Hoạt động</span>").
  const split = textOf(el, 400).split(CRUMB_TEXT_SEP_RE).filter((x) => x.trim().length > 0);
  let items = lis.length >= 1 ? lis : split.length > links.length ? split : links;
  if (items.length === 0) items = split;
  const out: string[] = [];
  for (const raw of items) {
    const t = raw.replace(CRUMB_LABEL_HTML_RE, '').replace(CRUMB_EDGE_RE, '').trim();
    if (t.length === 0 || t.length > 80) continue;
    if (out.length > 0 && out[out.length - 1] === t) continue;
    out.push(t);
  }
  return out;
}

function flattenJsonLd(v: unknown, out: Array<Record<string, unknown>>, depth = 0): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flattenJsonLd(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) flattenJsonLd(o['@graph'], out, depth + 1);
}

/** Pass 1: text and link length per element, and which tables hold only cells of text. */
function computeStats(root: El): { dataTables: Set<El>; total: number } {
  const dataTables = new Set<El>();
  const path: Stat[] = [];
  const tables: Stat[] = [];
  let linkDepth = 0;
  let total = 0;
  walk(root, {
    enter(el) {
      if (SKIP_TAGS.has(el.name) && el.name !== 'head') return false;
      if (el.name === 'title') return false;
      const st = newStat(el);
      path.push(st);
      if (el.name === 'a') linkDepth++;
      if (el.name === 'table') tables.push(st);
      return true;
    },
    text(d) {
      const st = path[path.length - 1];
      if (!st) return;
      const len = d.trim().length;
      if (len === 0) return;
      st.text += len;
      total += len;
      if (linkDepth > 0) st.link += len;
    },
    leave(el) {
      const st = statOf(el);
      if (!st) return;
      path.pop();
      if (el.name === 'a') linkDepth--;
      if ((el.name === 'td' || el.name === 'th') && (st.text > LAYOUT_CELL_TEXT || st.br >= LAYOUT_CELL_BR)) {
        const table = tables[tables.length - 1];
        if (table) table.layout = true;
      }
      if (el.name === 'table') {
        tables.pop();
        if (!st.blocky && !st.layout) dataTables.add(el);
      }
      const parent = path[path.length - 1];
      if (parent) {
        parent.text += st.text;
        parent.link += st.link;
        parent.br += st.br;
        parent.imgs += st.imgs;
        parent.cells += st.cells;
        if (st.blocky || (BLOCK_TAGS.has(el.name) && !TABLE_PARTS.has(el.name)) || el.name === 'img') {
          parent.blocky = true;
        }
      }
    },
  });
  return { dataTables, total };
}

function pruneDecision(el: El, st: Stat | undefined, inArticle: boolean, total: number, sel: Selectors | null): boolean {
  if (st === undefined) return decidePrune(el, hintsOf(el), 0, inArticle, total, sel);
  st.prune ??= decidePrune(el, st.hints, st.text, inArticle, total, sel);
  return st.prune;
}

function decidePrune(el: El, hints: ClassHints, text: number, inArticle: boolean, total: number, sel: Selectors | null): boolean {
  if (sel && sel.drop(el)) return true;
  const rule = furnitureRule(el, hints, inArticle);
  if (!rule) return false;
  const share = total > 0 ? text / total : 0;
  const weak = rule === 'tag' || rule === 'role' || WEAK_GROUPS.has(rule.group);
  if (weak && (share >= WEAK_SHARE || hints.content)) return false;
  if (share >= STRONG_SHARE) return false;
  return true;
}

/** Pass 2: head, JSON-LD and the elements that carry headline, date, breadcrumb, lead, byline. */
function collectMeta(root: El, total: number, sel: Selectors | null): HtmlMeta {
  const meta: HtmlMeta = {
    docTitle: null,
    metas: new Map(),
    jsonLd: [],
    headings: [],
    dates: [],
    crumbs: [],
    sections: [],
    leads: [],
    authors: [],
    views: [],
    profileTitle: null,
    profileDate: null,
    profileLead: null,
    profileAuthor: null,
  };
  let order = 0;
  let furnitureDepth = 0;
  // Short leaf blocks read for dates and counters: inside one, and how many so far.
  let shortDepth = 0;
  let shortEl: El | null = null;
  let shortSeen = 0;
  // Dates inside list items and links belong to news lists, not to the article.
  let listDepth = 0;
  const furnitureEls = new Set<El>();
  const articleEls = new Set<El>();
  let articleDepth = 0;
  const small = (el: El, max: number): boolean => (statOf(el)?.text ?? 0) <= max;
  walk(root, {
    enter(el) {
      order++;
      const st = statOf(el);
      if (st) st.order = order;
      const name = el.name;
      if (name === 'meta') {
        const a = el.attribs;
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
        const val = a.content ?? a.value;
        if (key && val !== undefined && !meta.metas.has(key)) meta.metas.set(key, val);
        return false;
      }
      if (name === 'title') {
        meta.docTitle ??= textOf(el, 500);
        return false;
      }
      if (name === 'script') {
        if ((el.attribs.type ?? '').toLowerCase().includes('ld+json')) {
          const raw = normalizeText(el.children.map((c) => (typeof c === 'string' ? c : '')).join(''));
          try {
            flattenJsonLd(JSON.parse(raw), meta.jsonLd);
          } catch {
            // Broken JSON-LD is common; the other sources still apply.
          }
        }
        return false;
      }
      if (SKIP_TAGS.has(name) && name !== 'head') return false;
      if (name === 'li' || name === 'a') listDepth++;
      if (name === 'time' && el.attribs.datetime && listDepth === 0) {
        meta.dates.push({ text: textOf(el, 200), order, furniture: furnitureDepth > 0, tag: name, attr: el.attribs.datetime, titleHint: false });
      }
      const hints = st?.hints ?? hintsOf(el);
      if (isArticleEl(el)) {
        articleEls.add(el);
        articleDepth++;
      }
      if (pruneDecision(el, st, articleDepth > 0, total, sel)) {
        furnitureEls.add(el);
        furnitureDepth++;
      }
      const furniture = furnitureDepth > 0;
      if (sel) {
        if (meta.profileTitle === null && sel.title(el) && small(el, 400)) meta.profileTitle = textOf(el, 400);
        if (meta.profileDate === null && sel.date(el) && small(el, 300)) meta.profileDate = textOf(el, 300);
        if (meta.profileLead === null && sel.lead(el) && small(el, 3000)) meta.profileLead = textOf(el, 3000);
        if (meta.profileAuthor === null && sel.author(el) && small(el, 200)) meta.profileAuthor = textOf(el, 200, '\n');
      }
      let dated = false;
      // The section's name beside the headline: "cat-name", WordPress rel="category tag".
      if (!furniture && (hints.category || (name === 'a' && REL_CATEGORY_RE.test(el.attribs.rel ?? ''))) && small(el, 60)) {
        const t = textOf(el, 60);
        // A web-part title ("PublishingPortal - Block_LienKetWebsite") or other furniture line is no section.
        if (t.length >= 2 && !ANY_DIGIT_RE.test(t) && !SECTION_BOX_TITLE_RE.test(t) && !LINE_RULES.some((r) => t.length <= r.maxLength && r.re.test(t))) {
          meta.sections.push({ text: t, order, furniture, tag: name, attr: null, titleHint: false });
        }
      }
      // A bare <nav> whose text runs from the home item through separators: "Trang chủ › Xã hội".
      if (name === 'nav' && small(el, 300) && HOME_CRUMB_TEXT_RE.test(textOf(el, 300))) {
        meta.crumbs.push(crumbItems(el));
        return false;
      }
      if (hints.classy) {
        if (hints.crumb || ARIA_CRUMB_RE.test(el.attribs['aria-label'] ?? '')) {
          if (small(el, 600)) {
            meta.crumbs.push(crumbItems(el));
            return false;
          }
        }
        if (hints.date && small(el, 200) && listDepth === 0) {
          meta.dates.push({ text: textOf(el, 200), order, furniture, tag: name, attr: el.attribs.datetime ?? el.attribs.content ?? null, titleHint: false });
          dated = true;
        }
        // "image_desc" carries the lead's "desc" token but describes a photo.
        if (hints.lead && small(el, 3000)) {
          const t = textOf(el, 3000);
          if (t.length >= 30) meta.leads.push({ text: t, order, furniture, tag: name, attr: null, titleHint: false });
        }
        if (hints.author && small(el, 150)) {
          // An article's own <footer> holds its byline.
          meta.authors.push({ text: textOf(el, 150, '\n'), order, furniture: furniture && articleDepth === 0, tag: name, attr: null, titleHint: false });
        }
        if (hints.views && small(el, 60)) {
          meta.views.push({ text: textOf(el, 60), order, furniture, tag: name, attr: null, titleHint: false });
        }
      }
      // Short blocks whatever their class: a date line with a time ("Đăng lúc: 08:05 09/07/2024") and a
      // view counter ("Đã xem: 234" in span.statistics-counter). Only the outermost such element is
      // read, and only so many: news lists repeat them by the thousand.
      if (shortDepth === 0 && shortSeen < SHORT_BLOCKS_MAX && st && !st.blocky && st.text >= 4 && st.text <= DATE_BLOCK_MAX && listDepth === 0 && DATE_BLOCK_TAGS.has(name)) {
        shortEl = el;
        shortDepth = 1;
        shortSeen++;
        const t = textOf(el, DATE_BLOCK_MAX);
        const split = !dated && !furniture && DATE_SHAPE_RE.test(t) ? splitDateLine(t) : null;
        if (split?.date.hasTime && (split.rest.length === 0 || split.rest.split(' ').length <= 3)) {
          meta.dates.push({ text: t, order, furniture, tag: name, attr: null, titleHint: false });
        }
        if (t.length <= 40 && !SITE_VISITS_RE.test(t) && VIEW_RULES.some((r) => r.re.test(t))) {
          meta.views.push({ text: t, order, furniture, tag: name, attr: null, titleHint: false });
        }
      }
      const titleHint = hints.title;
      if (TOP_HEADINGS.has(name) || (titleHint && small(el, 400))) {
        if (small(el, 400)) {
          const t = textOf(el, 400);
          if (t.length > 0) meta.headings.push({ text: t, order, furniture, tag: name, attr: null, titleHint });
        }
      }
      return true;
    },
    text() {},
    leave(el) {
      if (el === shortEl) {
        shortDepth = 0;
        shortEl = null;
      }
      if (furnitureEls.has(el)) furnitureDepth--;
      if (articleEls.has(el)) articleDepth--;
      if (el.name === 'li' || el.name === 'a') listDepth--;
    },
  });
  return meta;
}

// Short leaf blocks that may hold the page's date line without a date-like class.
const DATE_BLOCK_TAGS: ReadonlySet<string> = new Set(['div', 'p', 'span', 'small', 'em', 'i', 'td', 'time', 'font', 'b', 'strong']);
const DATE_BLOCK_MAX = 80;
const SHORT_BLOCKS_MAX = 2000;
// A numeric date somewhere in the text: "09/07/2024", "5-14-2021".
const DATE_SHAPE_RE = /\d[/.-]\d/u;
// The article's counter rules ("Lượt xem: 45", "1.587 lượt xem"); a site's visit counter is not one.
const VIEW_RULES = LINE_RULES.filter((r) => r.action === 'views');
const SITE_VISITS_RE = /truy cập|online|trực tuyến|hôm nay/iu;

interface BlockCtx {
  parts: string[];
  chars: number;
  linkChars: number;
  emChars: number;
}

/** Pass 3: content blocks with furniture pruned, block ranges per element, Readability scoring. */
function collectBlocks(
  root: El,
  dataTables: Set<El>,
  total: number,
  sel: Selectors | null,
): { blocks: Block[]; containers: Array<El | null>; links: number[]; profileRoot: El | null } {
  const blocks: Block[] = [];
  const containers: Array<El | null> = [];
  const links: number[] = [];
  const blockStack: El[] = [];
  const tableStack: El[] = [];
  let profileRoot: El | null = null;
  let linkDepth = 0;
  let emDepth = 0;
  let captionDepth = 0;
  let headingDepth = 0;
  let quoteDepth = 0;
  let liDepth = 0;
  let preDepth = 0;
  let rowCells = 0;
  let pendingImage = false;
  const cur: BlockCtx = { parts: [], chars: 0, linkChars: 0, emChars: 0 };
  const captionEls = new Set<El>();
  const centered = new Set<El>();
  const articleEls = new Set<El>();
  let articleDepth = 0;

  const inDataTable = (): boolean => tableStack.length > 0 && dataTables.has(tableStack[tableStack.length - 1]);

  // One context reused for every block: pages have a block element per few words of text.
  const reset = (): void => {
    cur.parts.length = 0;
    cur.chars = 0;
    cur.linkChars = 0;
    cur.emChars = 0;
  };
  const flush = (): void => {
    if (cur.chars === 0) {
      reset();
      return;
    }
    const raw = cur.parts.join('');
    const container = blockStack[blockStack.length - 1] ?? null;
    const kind: BlockKind =
      captionDepth > 0 ? 'caption'
      : headingDepth > 0 ? 'h'
      : quoteDepth > 0 ? 'quote'
      : preDepth > 0 ? 'pre'
      : liDepth > 0 ? 'li'
      : inDataTable() ? 'tr'
      : 'p';
    const styled = cur.emChars >= cur.chars * 0.8 || (container !== null && centered.has(container));
    const ratio = cur.linkChars / cur.chars;
    for (const line of raw.split('\n')) {
      const t = collapseSpaces(line).trim();
      if (t.length === 0 || CELL_SEPS_RE.test(t)) continue;
      const text = kind === 'tr' ? t.replace(ROW_EDGE_RE, '') : t;
      blocks.push({ text, kind, gap: 1, afterImage: pendingImage, styled });
      containers.push(container);
      links.push(Math.round(text.length * ratio));
      pendingImage = false;
    }
    reset();
  };

  walk(root, {
    enter(el) {
      const name = el.name;
      if (name === 'img') {
        flush();
        pendingImage = true;
        return false;
      }
      if (SKIP_TAGS.has(name) || name === 'title') return false;
      if (isHidden(el)) return false;
      const st = statOf(el) ?? newStat(el);
      const hints = st.hints;
      if (pruneDecision(el, st, articleDepth > 0, total, sel)) return false;
      if (isArticleEl(el)) {
        articleEls.add(el);
        articleDepth++;
      }
      if (sel && profileRoot === null && sel.content(el) && st.text >= 150) {
        profileRoot = el;
      }
      if (name === 'br') {
        cur.parts.push('\n');
        return false;
      }
      const cellInline = (name === 'td' || name === 'th') && inDataTable();
      if (cellInline) {
        if (rowCells > 0) cur.parts.push(' | ');
        rowCells++;
      } else if (BLOCK_TAGS.has(name)) {
        flush();
        blockStack.push(el);
        if (name === 'tr') rowCells = 0;
      }
      if (name === 'table') tableStack.push(el);
      st.r0 = st.r1 = blocks.length;
      if (name === 'a') linkDepth++;
      if (EMPHASIS_TAGS.has(name)) emDepth++;
      if (name === 'figcaption' || hints.caption || isImageBox(el)) {
        captionDepth++;
        captionEls.add(el);
      }
      if (HEADING_TAGS.has(name)) headingDepth++;
      if (name === 'blockquote') quoteDepth++;
      if (name === 'li') liDepth++;
      if (name === 'pre') preDepth++;
      const align = el.attribs.align ?? '';
      if (align.toLowerCase() === 'center' || CENTER_RE.test(el.attribs.style ?? '') || name === 'center') centered.add(el);
      return true;
    },
    text(d) {
      if (d.length === 0) return;
      cur.parts.push(d);
      const len = d.trim().length;
      cur.chars += len;
      if (linkDepth > 0) cur.linkChars += len;
      if (emDepth > 0) cur.emChars += len;
    },
    leave(el) {
      const name = el.name;
      const st = statOf(el);
      if (!st || st.r0 < 0) return;
      const cellInline = (name === 'td' || name === 'th') && inDataTable();
      if (!cellInline && BLOCK_TAGS.has(name)) {
        flush();
        blockStack.pop();
      }
      if (name === 'table') tableStack.pop();
      st.r1 = blocks.length;
      if (name === 'a') linkDepth--;
      if (EMPHASIS_TAGS.has(name)) emDepth--;
      if (captionEls.has(el)) captionDepth--;
      if (articleEls.has(el)) articleDepth--;
      if (HEADING_TAGS.has(name)) headingDepth--;
      if (name === 'blockquote') quoteDepth--;
      if (name === 'li') liDepth--;
      if (name === 'pre') preDepth--;
    },
  });
  flush();
  return { blocks, containers, links, profileRoot };
}

// An image box: a table or figure holding one image and a line of text under it.
const IMAGE_BOX_TAGS: ReadonlySet<string> = new Set(['table', 'figure']);
const IMAGE_BOX_TEXT_MAX = 250;
// The image's cell and the caption's (and maybe a credit's): more cells make a data table.
const IMAGE_BOX_CELLS_MAX = 3;

/** True for `<table><tr><td><img></td></tr><tr><td>caption</td></tr></table>` and a bare `<figure>`. */
function isImageBox(el: El): boolean {
  if (!IMAGE_BOX_TAGS.has(el.name)) return false;
  const st = statOf(el);
  if (st === undefined || st.imgs !== 1 || st.text === 0 || st.text > IMAGE_BOX_TEXT_MAX || st.link > 0) return false;
  return el.name !== 'table' || st.cells <= IMAGE_BOX_CELLS_MAX;
}

function ancestorsOf(el: El, n: number): El[] {
  const out: El[] = [];
  let p = el.parent;
  while (p && out.length < n) {
    out.push(p);
    p = p.parent;
  }
  return out;
}

/** Picks the article's blocks: the best-scoring container and its qualifying siblings. */
function chooseContent(
  blocks: Block[],
  containers: Array<El | null>,
  links: number[],
  profileRoot: El | null,
): Block[] {
  const rangeOf = (el: El): [number, number] | null => {
    const st = statOf(el);
    return st && st.r0 >= 0 ? [st.r0, st.r1] : null;
  };
  const n = blocks.length;
  const textPre = new Float64Array(n + 1);
  const linkPre = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    textPre[i + 1] = textPre[i] + blocks[i].text.length;
    linkPre[i + 1] = linkPre[i] + links[i];
  }
  const rangeText = (r: [number, number]): number => textPre[r[1]] - textPre[r[0]];
  const density = (r: [number, number]): number => {
    const t = rangeText(r);
    return t > 0 ? (linkPre[r[1]] - linkPre[r[0]]) / t : 1;
  };
  if (profileRoot) {
    const r = rangeOf(profileRoot);
    if (r && rangeText(r) >= 150) return blocks.slice(r[0], r[1]);
  }
  const scores = new Map<El, number>();
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    const c = containers[i];
    if (!c || b.kind === 'h' || b.text.length < 25) continue;
    if (links[i] > b.text.length * 0.5) continue;
    const commas = (b.text.match(COMMA_RE) ?? []).length;
    const s = 1 + commas + Math.min(Math.floor(b.text.length / 100), 3);
    scores.set(c, (scores.get(c) ?? 0) + s);
    const anc = ancestorsOf(c, 2);
    if (anc[0]) scores.set(anc[0], (scores.get(anc[0]) ?? 0) + s / 2);
    if (anc[1]) scores.set(anc[1], (scores.get(anc[1]) ?? 0) + s / 3);
  }
  let top: El | null = null;
  let topScore = 0;
  const finals = new Map<El, number>();
  for (const [el, s] of scores) {
    const r = rangeOf(el);
    if (!r) continue;
    const f = s * (1 - density(r));
    finals.set(el, f);
    if (f > topScore) {
      topScore = f;
      top = el;
    }
  }
  if (!top) return blocks;
  const topRange = rangeOf(top);
  if (!topRange) return blocks;
  const selected: Array<[number, number]> = [];
  const parent = top.parent;
  if (parent) {
    const threshold = Math.max(10, topScore * 0.2);
    // When a paragraph wins, its parent is the article body: a plain <div>/<section> of prose
    // or a list among its paragraphs is article text too (link-heavy ones still fail the density test).
    const inBody = top.name === 'p';
    // Siblings in order: joined outright (strong), or joined only next to joined ones (weak:
    // a short prose block, a "như sau:" line before a table, the byline under the last paragraph).
    const sibs: Array<{ r: [number, number]; keep: boolean; weak: boolean }> = [];
    for (const sib of parent.children) {
      if (!isEl(sib)) continue;
      const r = rangeOf(sib);
      if (!r || r[1] <= r[0]) continue;
      if (sib === top || (finals.get(sib) ?? 0) >= threshold) {
        sibs.push({ r, keep: true, weak: false });
        continue;
      }
      const len = rangeText(r);
      const ld = density(r);
      let keep = false;
      if ((JOINABLE_TAGS.has(sib.name) || hintsOf(sib).leadAny || (inBody && BODY_PART_TAGS.has(sib.name))) && ld < 0.25) {
        if (len >= 80) keep = true;
        else if (len > 0 && ld === 0 && SENTENCE_STOP_RE.test(blocks.slice(r[0], r[1]).map((b) => b.text).join(' '))) keep = true;
      }
      let weak = false;
      // A small data table without links (rows of figures) between the article's blocks.
      if (!keep && ld === 0 && sib.name === 'table' && blocks[r[0]].kind === 'tr' && blocks[r[1] - 1].kind === 'tr') weak = true;
      else if (!keep && ld === 0 && len <= WEAK_SIBLING_MAX && r[1] - r[0] <= 3) {
        const t = blocks.slice(r[0], r[1]).map((b) => b.text).join(' ');
        weak = PROSE_END_RE.test(t) || (len <= 60 && parseByline(t) !== null);
      }
      sibs.push({ r, keep, weak });
    }
    for (let i = 1; i < sibs.length; i++) if (sibs[i].weak && sibs[i - 1].keep) sibs[i].keep = true;
    for (let i = sibs.length - 2; i >= 0; i--) if (sibs[i].weak && sibs[i + 1].keep) sibs[i].keep = true;
    for (const x of sibs) if (x.keep) selected.push(x.r);
  } else selected.push(topRange);
  const out: Block[] = [];
  for (const [s, e] of selected) for (let i = s; i < e; i++) out.push(blocks[i]);
  const chosenText = out.reduce((a, b) => a + b.text.length, 0);
  if (chosenText < 140) return blocks;
  return out;
}

/** Parses a page once and returns its metadata and article blocks. */
export function readHtml(html: string, profile: PortalProfile | null): HtmlDocument {
  const warnings: string[] = [];
  const doc = parseHtml(html, { attributes: attributesFor(profile), normalize: normalizeText });
  const { dataTables, total } = computeStats(doc);
  const sel = selectorsOf(profile);
  const meta = collectMeta(doc, total, sel);
  const { blocks, containers, links, profileRoot } = collectBlocks(doc, dataTables, total, sel);
  const chosen = chooseContent(blocks, containers, links, profileRoot);
  if (blocks.length === 0) warnings.push('no text blocks found in the HTML');
  const first = chosen.length > 0 ? blocks.indexOf(chosen[0]) : -1;
  const firstEl = first >= 0 ? containers[first] : null;
  const contentOrder = firstEl ? (statOf(firstEl)?.order ?? 0) : 0;
  const last = chosen.length > 0 ? blocks.indexOf(chosen[chosen.length - 1]) : -1;
  const lastEl = last >= 0 ? containers[last] : null;
  const contentEndOrder = lastEl ? (statOf(lastEl)?.order ?? 0) : 0;
  return { meta, blocks: chosen, allBlocks: blocks, contentOrder, contentEndOrder, warnings };
}
