// The cleaner's API: a decoded page (HTML as decoded, text normalized) in, the article and its metadata out.
import type { CleanedArticle } from '../types.js';
import { foldForCompare, normalizeText, tidyWhitespace } from '../normalize/text.js';
import { analyzeBlocks, textToBlocks, type Block } from './lines.js';
import { readHtml, type HtmlMeta, type Candidate } from './html.js';
import { leadDate, parseDateLine, parseMachineDate, parseViews, type DateHit } from './dates.js';
import { parseByline } from './byline.js';
import { chooseProfile, type PortalProfile } from './profiles/index.js';
import { CRUMB_HOME_RE } from './rules.js';

// "Tác giả: ", "Bởi ", "By " before a name in an author element.
const BY_PREFIX_RE = /^(?:Tác giả|Bởi|By)\s*:?\s*/iu;

/** What the pipeline hands the cleaner. */
export interface CleanInput {
  format: 'html' | 'text';
  content: string;
  url?: string | null;
}

function emptyArticle(warning: string, portal: string | null = null): CleanedArticle {
  return {
    title: null,
    publishedAt: null,
    publishedFrom: null,
    authors: [],
    category: null,
    portal,
    lead: null,
    text: '',
    captions: [],
    views: null,
    warnings: [warning],
  };
}

// Site-name suffixes of <title> and og:title: " - Báo VnExpress Sức khỏe", " | Cổng TTĐT tỉnh Yên Bái"
const SITE_SUFFIX_RE = /\s+[-|–—:]\s+(?<site>[^-|–—]{2,80})$/u;
const SITE_WORDS_RE = /(?:Cổng|Portal|Báo|Trang|TTĐT|Điện tử|điện tử|Online|News|\.vn|\.com|\.net|VnExpress|Tin tức|Thông tin|Tỉnh ủy|UBND)/u;

// What ends a section or site prefix of a <title>: "Tin tức - Sự kiện > ", "HĐND huyện X - "
const SECTION_SEP_END_RE = /(?:>>|>|»|›|\||\/|-|–|—|:)\s$/u;
// A site name before the headline: "HĐND huyện Bảo Yên - Headline", "Cổng TTĐT tỉnh X | Headline"
const SITE_PREFIX_RE = /^(?<site>(?:Cổng|Trang|Báo|Website|Portal|HĐND|UBND|Huyện ủy|Huyện uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Sở|Cục|Chi cục|Văn phòng|Đài)(?![\p{L}])[^-|–—:]{0,70}?)\s+[-|–—]\s+(?=\S)/u;

/** Strips a site-name suffix (and a site-name prefix) from a page title. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  let t = title.trim();
  for (let i = 0; i < 2; i++) {
    const m = SITE_SUFFIX_RE.exec(t);
    if (!m?.groups) break;
    const site = m.groups.site.trim();
    const isSite = SITE_WORDS_RE.test(site) || (siteName !== null && foldForCompare(site) === foldForCompare(siteName));
    // A long "suffix" is the headline after a site-name prefix, not a site name.
    if (!isSite || m.index < 10 || site.split(' ').length > 10) break;
    t = t.slice(0, m.index).trim();
  }
  // The site name before the headline, once the suffix is gone.
  const pm = SITE_PREFIX_RE.exec(t);
  if (pm && t.slice(pm[0].length).split(' ').length >= 4) t = t.slice(pm[0].length);
  return t;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || null;
  return null;
}

// JSON-LD types that describe the article ("NewsArticle", "Article", "ReportageNewsArticle" ...),
// and a WebPage as a fallback when it carries a headline or a date.
const ARTICLE_ONLY_TYPES_RE = /Article|BlogPosting|Report/;
const ARTICLE_TYPES_RE = /Article|BlogPosting|Report|WebPage/;

function jsonLdArticle(meta: HtmlMeta): Record<string, unknown> | null {
  let fallback: Record<string, unknown> | null = null;
  for (const o of meta.jsonLd) {
    const t = o['@type'];
    const types = Array.isArray(t) ? t.join(' ') : String(t ?? '');
    if (ARTICLE_ONLY_TYPES_RE.test(types)) return o;
    if (ARTICLE_TYPES_RE.test(types) && (o.headline || o.datePublished)) fallback ??= o;
  }
  return fallback;
}

function jsonLdAuthors(article: Record<string, unknown> | null): string[] {
  if (!article) return [];
  const raw = article.author;
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: string[] = [];
  for (const a of list) {
    let name: string | null = null;
    if (typeof a === 'string') name = a;
    else if (a && typeof a === 'object') {
      const o = a as Record<string, unknown>;
      if (String(o['@type'] ?? '').includes('Organization')) continue;
      name = str(o.name);
    }
    const names = name ? parseByline(normalizeText(name)) : null;
    if (names) out.push(...names);
  }
  return out;
}

function jsonLdCrumbs(meta: HtmlMeta): string | null {
  for (const o of meta.jsonLd) {
    if (String(o['@type'] ?? '') !== 'BreadcrumbList' || !Array.isArray(o.itemListElement)) continue;
    const items = (o.itemListElement as unknown[])
      .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
      .map((x) => {
        const item = x.item && typeof x.item === 'object' ? (x.item as Record<string, unknown>) : null;
        return { pos: Number(x.position ?? 0), name: str(x.name) ?? (item ? str(item.name) : null) };
      })
      .sort((a, b) => a.pos - b.pos)
      .map((x) => (x.name ? normalizeText(x.name) : ''))
      .filter((n) => n.length > 0 && !CRUMB_HOME_RE.test(n));
    if (items.length > 0) return items.join(' > ');
  }
  return null;
}

const DATE_META_KEYS: readonly string[] = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dc.date',
  'dcterms.created',
  'date',
  'sailthru.date',
  'parsely-pub-date',
];

interface Picked<T> {
  value: T;
  from: string;
}

function pickDate(meta: HtmlMeta, article: Record<string, unknown> | null, titleOrder: number): Picked<DateHit> | null {
  const ld = article ? str(article.datePublished) : null;
  if (ld) {
    const d = parseMachineDate(ld);
    if (d) return { value: d, from: 'json-ld' };
  }
  for (const k of DATE_META_KEYS) {
    const v = meta.metas.get(k);
    if (!v) continue;
    const d = parseMachineDate(v);
    if (d) return { value: d, from: `meta:${k}` };
  }
  if (meta.profileDate) {
    const d = parseDateLine(meta.profileDate);
    if (d) return { value: d, from: 'dateline' };
  }
  // Page date elements (news-list dates are not collected): the nearest to the headline.
  // A "today" bar in the page header is furniture: article dates first, then the nearest.
  const ordered = [...meta.dates].sort((x, y) => Number(x.furniture) - Number(y.furniture) || Math.abs(x.order - titleOrder) - Math.abs(y.order - titleOrder));
  for (const c of ordered) {
    const d = (c.attr ? parseMachineDate(c.attr) : null) ?? parseDateLine(c.text);
    if (d) return { value: d, from: c.attr ? 'time-element' : 'dateline' };
  }
  return null;
}

function pickTitle(meta: HtmlMeta, article: Record<string, unknown> | null, contentOrder: number): { title: string | null; order: number } {
  if (meta.profileTitle) return { title: meta.profileTitle, order: 0 };
  const site = meta.metas.get('og:site_name') ?? null;
  const metaTitle = (article ? str(article.headline) : null) ?? meta.metas.get('og:title') ?? meta.metas.get('twitter:title') ?? meta.metas.get('headline') ?? null;
  const refs = [metaTitle, meta.docTitle].filter((x): x is string => !!x).map((x) => foldForCompare(normalizeText(x)));
  // Headings are compared up to four times (h1, title class, h2, h3): fold each once.
  const folds = new Map<Candidate, string>();
  const fold = (h: Candidate): string => {
    let f = folds.get(h);
    if (f === undefined) folds.set(h, (f = foldForCompare(h.text)));
    return f;
  };
  const matches = (h: Candidate): boolean => {
    const f = fold(h);
    return f.length >= 10 && refs.some((r) => r === f || r.startsWith(f + ' ') || (f.startsWith(r) && r.length >= 10) || (!h.furniture && f.length * 2 >= r.length && r.endsWith(' ' + f) && SECTION_SEP_END_RE.test(r.slice(0, r.length - f.length))));
  };
  const byTag = (tag: string): Candidate | undefined => meta.headings.find((h) => h.tag === tag && matches(h));
  const hit = byTag('h1') ?? meta.headings.find((h) => h.titleHint && matches(h)) ?? byTag('h2') ?? byTag('h3');
  if (hit) return { title: hit.text, order: hit.order };
  if (metaTitle) return { title: stripSiteSuffix(normalizeText(metaTitle), site), order: 0 };
  // A <title> that shortens the headline: the heading that shares most of its words.
  if (meta.docTitle) {
    const words = new Set(foldForCompare(stripSiteSuffix(normalizeText(meta.docTitle), site)).split(' '));
    const close = meta.headings.find((h) => {
      if (h.furniture || (h.tag !== 'h1' && !h.titleHint)) return false;
      const hw = fold(h).split(' ');
      let shared = 0;
      for (const w of hw) if (words.has(w)) shared++;
      return hw.length >= 4 && shared >= words.size * 0.8;
    });
    if (close) return { title: close.text, order: close.order };
  }
  // No title metadata to compare with: a title-classed heading, then an h1, outside the furniture.
  const long = (h: Candidate): boolean => !h.furniture && h.text.split(' ').length >= 4 && h.text.length <= 300;
  // Box titles of a sidebar come first in the page too: the one nearest above the article wins.
  const nearest = (ok: (h: Candidate) => boolean): Candidate | undefined => {
    let best: Candidate | undefined;
    for (const h of meta.headings) {
      if (!ok(h)) continue;
      if (contentOrder > 0 && h.order > contentOrder) return best ?? h;
      best = h;
    }
    return best;
  };
  const h1 = nearest((h) => h.titleHint && long(h)) ?? nearest((h) => h.tag === 'h1' && long(h));
  if (h1) return { title: h1.text, order: h1.order };
  if (meta.docTitle) return { title: stripSiteSuffix(normalizeText(meta.docTitle), site), order: 0 };
  return { title: null, order: 0 };
}

// A sapo sits just below the headline; a "summary" further away belongs to another block.
const LEAD_MAX_DISTANCE = 200;

function pickLead(meta: HtmlMeta, title: string | null, titleOrder: number): string | null {
  if (meta.profileLead) return meta.profileLead;
  const ft = title ? foldForCompare(title) : null;
  for (const c of meta.leads) {
    if (c.furniture || c.text.length < 40 || c.text.length > 1500) continue;
    if (titleOrder > 0 && (c.order < titleOrder || c.order - titleOrder > LEAD_MAX_DISTANCE)) continue;
    if (ft && foldForCompare(c.text) === ft) continue;
    return c.text;
  }
  return null;
}

function pickHtmlAuthors(meta: HtmlMeta, article: Record<string, unknown> | null): string[] {
  const fromLd = jsonLdAuthors(article);
  if (fromLd.length > 0) return fromLd;
  const texts = [meta.profileAuthor, ...meta.authors.filter((c) => !c.furniture).map((c) => c.text)];
  for (const t of texts) {
    if (!t) continue;
    // An author block may hold the photographer on its own line ("Quang Hưng\nẢnh: Minh Đức").
    for (const line of t.split('\n')) {
      const names = parseByline(line.replace(BY_PREFIX_RE, ''));
      if (names) return names;
    }
  }
  return [];
}

// An author box in the footer strip right after the article body (views, author, print) is
// read even though the strip is furniture; farther down it would be a related list's.
const AUTHOR_AFTER_CONTENT_MAX = 12;

function authorAfterContent(meta: HtmlMeta, endOrder: number): string[] {
  if (endOrder <= 0) return [];
  for (const c of meta.authors) {
    if (c.order <= endOrder || c.order > endOrder + AUTHOR_AFTER_CONTENT_MAX) continue;
    for (const line of c.text.split('\n')) {
      const names = parseByline(line.replace(BY_PREFIX_RE, ''));
      if (names) return names;
    }
  }
  return [];
}

/** The section link printed nearest the headline ("cat-name", rel="category"), or null. */
function nearestSection(meta: HtmlMeta, titleOrder: number): string | null {
  let best: Candidate | null = null;
  for (const c of meta.sections) {
    if (!best || Math.abs(c.order - titleOrder) < Math.abs(best.order - titleOrder)) best = c;
  }
  return best ? normalizeText(best.text) : null;
}

// "Tin tức - Sự kiện > Headline" (DotNetNuke, ASP portals): the section before the headline.
const TITLE_SECTION_SEP_RE = /\s*(?:>>|>|»|›|\/)\s*$/u;

/** The section a <title> puts before the headline ("Section > Headline"), or null. */
function titlePrefixSection(docTitle: string | null, title: string | null): string | null {
  if (!docTitle || !title) return null;
  const d = normalizeText(docTitle).trim();
  const fd = foldForCompare(d);
  // Folding keeps lengths for a tidy title; otherwise the offsets below would not map back.
  if (fd.length !== d.length) return null;
  const at = fd.lastIndexOf(foldForCompare(title));
  if (at <= 0) return null;
  const before = d.slice(0, at);
  if (!TITLE_SECTION_SEP_RE.test(before)) return null;
  const items = before.replace(TITLE_SECTION_SEP_RE, '').split(/\s*(?:>>|>|»|›)\s*/u).map((x) => x.trim()).filter((x) => x.length > 0 && !CRUMB_HOME_RE.test(x));
  if (items.length === 0 || items.some((x) => x.length > 60)) return null;
  return items.join(' > ');
}

function finishText(paragraphs: readonly string[]): string {
  return tidyWhitespace(normalizeText(paragraphs.join('\n\n')));
}

function cleanText(content: string, profile: PortalProfile | null): CleanedArticle {
  const blocks = textToBlocks(content);
  const a = analyzeBlocks(blocks, { title: null, lead: null, rules: profile?.rules ?? [] });
  let date: DateHit | null = a.date;
  let from: string | null = date ? 'dateline' : null;
  if (!date && a.lead) {
    date = leadDate(a.lead);
    if (date) from = 'lead';
  }
  const warnings: string[] = [];
  const text = finishText(a.body);
  if (text.length === 0) warnings.push('no article text found');
  return {
    title: a.title,
    publishedAt: date?.iso ?? null,
    publishedFrom: from,
    authors: a.authors,
    category: a.category,
    portal: profile?.id ?? null,
    lead: a.lead,
    text,
    captions: a.captions,
    views: a.views,
    warnings,
  };
}

function cleanHtml(content: string, profile: PortalProfile | null): CleanedArticle {
  const doc = readHtml(content, profile);
  const meta = doc.meta;
  const article = jsonLdArticle(meta);
  const { title, order } = pickTitle(meta, article, doc.contentOrder);
  const leadHint = pickLead(meta, title, order);
  const a = analyzeBlocks(doc.blocks as Block[], { title, lead: leadHint, rules: profile?.rules ?? [] });
  let date: Picked<DateHit> | null = pickDate(meta, article, order);
  if (!date && a.date) date = { value: a.date, from: 'dateline' };
  if (!date && a.lead) {
    const d = leadDate(a.lead);
    if (d) date = { value: d, from: 'lead' };
  }
  let authors = pickHtmlAuthors(meta, article);
  if (authors.length === 0) authors = a.authors;
  if (authors.length === 0) authors = authorAfterContent(meta, doc.contentEndOrder);
  if (authors.length === 0) {
    const m = meta.metas.get('author') ?? meta.metas.get('article:author') ?? null;
    const site = meta.metas.get('og:site_name') ?? '';
    if (m && foldForCompare(m) !== foldForCompare(site)) authors = parseByline(normalizeText(m)) ?? [];
  }
  const crumb = meta.crumbs.find((c) => c.length > 0);
  let category: string | null = null;
  if (crumb) {
    const ft = title ? foldForCompare(title) : null;
    const items = crumb.filter((c) => !CRUMB_HOME_RE.test(c) && foldForCompare(c) !== ft);
    if (items.length > 0) category = items.join(' > ');
  }
  category ??= jsonLdCrumbs(meta) ?? a.category ?? nearestSection(meta, order) ?? titlePrefixSection(meta.docTitle, title);
  let views = a.views;
  if (views === null) for (const v of meta.views) if ((views = parseViews(v.text)) !== null) break;
  const text = finishText(a.body);
  const warnings = [...doc.warnings];
  if (text.length === 0) warnings.push('no article text found');
  return {
    title: title ? normalizeText(title) : a.title,
    publishedAt: date?.value.iso ?? null,
    publishedFrom: date?.from ?? null,
    authors,
    category,
    portal: profile?.id ?? null,
    lead: a.lead ? normalizeText(a.lead) : null,
    text,
    captions: a.captions,
    views,
    warnings,
  };
}

/** Cleans with a given profile (null: generic rules only); for tests and the profile tools. */
export function cleanWithProfile(input: CleanInput, profile: PortalProfile | null): CleanedArticle {
  // Text content is normalizeText()-ed by the caller; HTML is normalized as the tree builder reads it.
  const content = input.content ?? '';
  if (content.trim().length === 0) return emptyArticle('empty input', profile?.id ?? null);
  try {
    return input.format === 'html' ? cleanHtml(content, profile) : cleanText(content, profile);
  } catch (err) {
    return emptyArticle(`cleaner failed: ${err instanceof Error ? err.message : String(err)}`, profile?.id ?? null);
  }
}

/** Turns a decoded page (HTML as is, text normalizeText()-ed) into the article and its metadata. Pure; never throws on odd input (returns empty text + a warning instead). */
export function cleanDocument(input: CleanInput): CleanedArticle {
  const content = typeof input.content === 'string' ? input.content : '';
  let profile: PortalProfile | null = null;
  try {
    profile = chooseProfile(content, input.format, input.url);
  } catch {
    profile = null;
  }
  return cleanWithProfile({ ...input, content }, profile);
}

export type { PortalProfile } from './profiles/index.js';
export { PROFILES, chooseProfile } from './profiles/index.js';
