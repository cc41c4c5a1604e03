// Officials: people named with a position, in the ways bulletins write them.
//
// The text is split into tokens once; everything after that is a walk over the token array with
// bounded look-ahead (lexicon tries of at most a dozen words, names of at most four syllables,
// positions of at most MAX_BODY_UNITS units), so the extractor runs in linear time on any input.
//
// Order of the passes (each a small state machine over tokens):
//   1. positions: at every capitalised title head, read [modifiers] HEAD [Thường trực] BODY [place]
//      ("Phó Chủ tịch Thường trực HĐND tỉnh"), stopping where a person's name begins. The place
//      after a keyword is looked up in the gazetteer of the keyword's level ("tỉnh" takes provinces
//      only, so "tỉnh Mai Sơn Tùng" is a name) and may be located further ("xã X, huyện Y");
//      a dash between two parts of a body name is internal ("Ban Kinh tế - Ngân sách"); a Ban Chỉ
//      đạo / Hội đồng takes its remit ("về chính sách nhà ở ...", "chuyển đổi số tỉnh");
//   2. names: runs of 2-4 capitalised syllables that start with a surname and are not places;
//   3. links, per name: positions just before it ("title-before-name"), then positions after it,
//      after "-", "," or nothing, chained by ",", "kiêm", "và", "-" ("name-dash-titles",
//      "name-comma-titles", "ong-ba-name-comma-title", "list-colon", "name-paren-titles",
//      "no-separator"), or after "giữ chức", "là" ("bổ nhiệm ông X giữ chức Phó Giám đốc Sở ...":
//      "name-verb-title"), or after a passive appointment ("X được bầu giữ chức ...", "X được điều
//      động, bổ nhiệm làm ...": "name-appointed-title"; a candidate "được giới thiệu để bầu" is not);
//      A plural position ("các đồng chí Phó Chủ tịch UBND tỉnh: A, B") goes to each listed name
//      ("plural-title-list"), as does "Phó Chủ tịch UBND tỉnh A, B" when the list ends the clause;
//      inside a list, a lower-case head after "," or "kiêm" continues it ("..., đại biểu Quốc hội");
//   4. short forms after a singular cue ("đồng chí Bí thư Tỉnh ủy", "ông Thành", "đồng chí An
//      Hoàng Linh"), which groupOfficials attaches to a full name or drops.
import type { ExtractContext, Official, OfficialMention, OfficialTitle } from '../types.js';
import { foldForCompare } from '../normalize/text.js';
import { foldTitle, foldWord } from '../lexicon/fold.js';
import {
  ACADEMIC_PREFIXES,
  APPOINTMENT_ADVERBS,
  APPOINTMENT_LINKS,
  APPOINTMENT_VERBS,
  POSITION_VERBS,
  BODY_STOPWORDS,
  CLOSED_PLACE_KEYWORDS,
  HEADS_NEEDING_BODY,
  LOWERCASE_LIST_HEADS,
  MOTION_AFTER_VE,
  PERSON_CUES,
  PLACE_KEYWORD_LEVELS,
  PLACE_KEYWORDS,
  PLURAL_MARKERS,
  PREFIX_MODIFIERS,
  RANKS,
  REMIT_BODIES,
  REMIT_ENDS,
  SUFFIX_MODIFIERS,
  TITLE_HEADS,
} from '../lexicon/titles.js';
import type { PlaceLevel } from '../lexicon/titles.js';
import { BODIES, NUMBERED_UNITS, OPEN_NAMED_BODIES, PARTY_COMMITTEES, PROVINCIAL_COMMITTEES, UNIT_NAME_PHRASES } from '../lexicon/bodies.js';
import { HIGHLAND_FAMILY_NAMES, HISTORICAL_NAMES, SURNAMES } from '../lexicon/surnames.js';
import { MEMORIAL_PLACES, NORTHERN_DISTRICTS, PLACES, PROVINCES } from '../lexicon/places.js';

// ---------------------------------------------------------------------------------------------
// Tokens

type TokKind = 'w' | 'p' | 'nl';

interface Tok {
  /** Offsets into the text. */
  s: number;
  e: number;
  /** As written. */
  t: string;
  /** Folded (lower case, one tone placement); dashes unified to "-". */
  f: string;
  k: TokKind;
  /** First letter upper case. */
  cap: boolean;
  /** An abbreviation or mixed-case token: "UBND", "HĐND", "ThS", "TP". */
  abbr: boolean;
  /** What the Doc passes ask of every word, known once per distinct word (G_* bits; 0 off words). */
  g: number;
}

// A word (letters, marks, digits), a line break, or one punctuation character; spaces are skipped.
// Forms: "Nguyễn", "UBND", "135", "\n", "-", ",", "(". The scan classifies characters with a
// table filled from these regexes on first sight (the same classes as /[\p{L}\p{M}\p{N}]+|\n|[^\s\p{L}\p{M}\p{N}]/u).
const WORD_CHAR_RE = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_RE = /^\s$/u;
// An upper-case letter after the first: abbreviations such as "UBND", "ThS", "HĐND".
const INNER_UPPER_RE = /^.[\p{L}\p{M}]*\p{Lu}/u;
const DIGITS_RE = /^\p{N}+$/u;
const DASHES = new Set(['-', '–', '—', '‐', '−']);

const C_WORD = 1;
const C_NL = 2;
const C_SPACE = 3;
const C_PUNCT = 4;
/** A surrogate: the class is that of the pair, or C_PUNCT for a lone one. */
const C_SURROGATE = 5;
/** Class of each UTF-16 code unit, 0 until first seen. */
const CHAR_CLASS = new Uint8Array(0x10000).fill(C_SURROGATE, 0xd800, 0xe000);
const ASTRAL_CLASS = new Map<string, number>();

function classify(ch: string): number {
  return ch === '\n' ? C_NL : WORD_CHAR_RE.test(ch) ? C_WORD : SPACE_RE.test(ch) ? C_SPACE : C_PUNCT;
}

/** Width in code units of the code point at i, text ending at `to`. */
function widthAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Class of the code point at i, text ending at `to`, when the table has none for its first unit. */
function classSlow(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (CHAR_CLASS[c] = classify(String.fromCharCode(c)));
  if (widthAt(text, i, to) === 1) return C_PUNCT; // a lone surrogate is one code point of its own
  const pair = text.slice(i, i + 2);
  let k = ASTRAL_CLASS.get(pair);
  if (k === undefined) {
    k = classify(pair);
    if (ASTRAL_CLASS.size < 10_000) ASTRAL_CLASS.set(pair, k);
  }
  return k;
}

// Folding and classifying every word is the main cost on large inputs, and real text has a small
// vocabulary (a few thousand distinct words over hundreds of articles): one table of distinct words
// serves every call. It holds only what each word alone determines, so outputs never depend on
// earlier calls, and it is emptied when it reaches CACHE_MAX words, which bounds its memory. It is
// keyed by a hash computed while scanning, and a word seen before is matched against the text in
// place: no substring is cut and no string hashed for it.
interface WordInfo {
  t: string;
  h: number;
  f: string;
  cap: boolean;
  abbr: boolean;
  g: number;
}
const CACHE_MAX = 20_000;

function wordInfo(t: string, h: number): WordInfo {
  const first = t[0]!;
  const c = first.charCodeAt(0);
  const cap = c < 0x80 ? c >= 0x41 && c <= 0x5a : first !== first.toLowerCase();
  return { t, h, f: foldWord(t), cap, abbr: cap && t.length > 1 && INNER_UPPER_RE.test(t), g: 0 };
}

/** May start a position head (a prefix modifier, or a head's first word). */
const G_HEAD = 1;
/** A prefix modifier ("phó", "nguyên"). */
const G_PREFIX = 2;
/** Capitalised and may be a name syllable (not an abbreviation, a number, "Ông", "Các" ...). */
const G_NAME = 4;

function withFlags(w: WordInfo): WordInfo {
  const prefix = PREFIX_MODS.has(w.f);
  let g = prefix ? G_PREFIX | G_HEAD : HEAD_TRIE.next.has(w.f) ? G_HEAD : 0;
  if (w.cap && !w.abbr && !DIGITS_RE.test(w.t) && !NON_NAME_WORDS.has(w.f)) g |= G_NAME;
  w.g = g;
  return w;
}

/** Longest probe sequence in the word table. */
const MAX_PROBES = 16;

class WordTable {
  /** Open addressing: index into `words` + 1, 0 for an empty slot. A plain array: a typed one
   * this size lives off the heap, and allocating one costs more than the probing. */
  private slots: number[] = new Array<number>(256).fill(0);
  private readonly words: WordInfo[] = [];

  /** The word text[s, e), whose hash (see tokenize) is h. */
  at(text: string, s: number, e: number, h: number): WordInfo {
    const slots = this.slots;
    const mask = slots.length - 1;
    const len = e - s;
    let p = h & mask;
    let probes = 0;
    for (let k = slots[p]!; k !== 0; k = slots[p]!) {
      const w = this.words[k - 1]!;
      if (w.h === h && w.t.length === len) {
        const t = w.t;
        let q = 0;
        while (q < len && t.charCodeAt(q) === text.charCodeAt(s + q)) q++;
        if (q === len) return w;
      }
      // Words made to share a hash would make probing quadratic: past a few probes, a word is not kept.
      if (++probes > MAX_PROBES) return withFlags(wordInfo(text.slice(s, e), h));
      p = (p + 1) & mask;
    }
    let t = text.slice(s, e);
    // A long slice may share the memory of the whole text, which the table must not keep alive.
    if (len > 12) t = JSON.parse(JSON.stringify(t)) as string;
    const w = withFlags(wordInfo(t, h));
    if (this.words.length >= CACHE_MAX) {
      this.words.length = 0;
      this.slots = new Array<number>(256).fill(0);
      p = h & 255;
    }
    this.words.push(w);
    this.slots[p] = this.words.length;
    if (this.words.length * 2 > this.slots.length) this.grow();
    return w;
  }

  private grow(): void {
    const slots = new Array<number>(this.slots.length * 2).fill(0);
    const mask = slots.length - 1;
    for (let k = 0; k < this.words.length; k++) {
      let p = this.words[k]!.h & mask;
      while (slots[p] !== 0) p = (p + 1) & mask;
      slots[p] = k + 1;
    }
    this.slots = slots;
  }
}

const WORDS = new WordTable();

/** The folded forms of toks[a, b) joined by spaces. */
function foldedRun(toks: readonly Tok[], a: number, b: number): string {
  let out = toks[a]!.f;
  for (let k = a + 1; k < b; k++) out += ` ${toks[k]!.f}`;
  return out;
}

/** Folded titles (see lexicon/fold.ts), like words, shared by calls and bounded. */
const TITLES = new Map<string, string>();

/** Titles folded for comparison, and names checked against the historical ones (cached for one call). */
class TitleCache {
  private readonly names = new Map<string, boolean>();

  historical(name: string, first: Tok): boolean {
    if (!HISTORICAL_FIRST.has(first.f)) return false;
    let h = this.names.get(name);
    if (h === undefined) {
      h = HISTORICAL.has(foldForCompare(name));
      if (this.names.size < CACHE_MAX) this.names.set(name, h);
    }
    return h;
  }

  title(t: string): string {
    let f = TITLES.get(t);
    if (f === undefined) {
      f = foldTitle(t);
      if (TITLES.size >= CACHE_MAX) TITLES.clear();
      // A copy: a slice may share the memory of the whole text, which the table must not keep alive.
      TITLES.set(JSON.parse(JSON.stringify(t)) as string, f);
    }
    return f;
  }
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    let k = CHAR_CLASS[c]!;
    if (k === 0 || k === C_SURROGATE) k = classSlow(text, i, to);
    if (k === C_WORD) {
      const s = i;
      let h = 0;
      for (;;) {
        const d = text.charCodeAt(i);
        h = (Math.imul(h, 31) + d) | 0;
        i++;
        if (i >= to) break;
        const x = text.charCodeAt(i);
        const kx = CHAR_CLASS[x];
        if (kx === C_WORD) continue;
        if (kx !== 0 && kx !== C_SURROGATE) break;
        if (kx === C_SURROGATE && d >= 0xd800 && d <= 0xdbff && x >= 0xdc00 && x <= 0xdfff) continue; // the low half of a pair
        if (classSlow(text, i, to) !== C_WORD) break;
      }
      h = Math.imul(h ^ (h >>> 16), 0x45d9f3b); // spread the bits the table index takes
      const w = WORDS.at(text, s, i, h ^ (h >>> 16));
      out.push({ s, e: i, t: w.t, f: w.f, k: 'w', cap: w.cap, abbr: w.abbr, g: w.g });
    } else if (k === C_NL) {
      out.push({ s: i, e: i + 1, t: '\n', f: '\n', k: 'nl', cap: false, abbr: false, g: 0 });
      i++;
    } else if (k === C_SPACE) {
      i++;
    } else {
      // One code point; the end stays one code unit past the start, as it always has.
      const w = widthAt(text, i, to);
      const t = w === 1 ? text[i]! : text.slice(i, i + 2);
      const dash = w === 1 && (c === 0x2d || c === 0x2010 || c === 0x2013 || c === 0x2014 || c === 0x2212); // DASHES
      out.push({ s: i, e: i + 1, t, f: dash ? '-' : t, k: 'p', cap: false, abbr: false, g: 0 });
      i += w;
    }
  }
  return out;
}

/**
 * The tokens of a lexicon phrase, as tokenize reads them (same classes, same folding). A separate
 * reader: feeding tokenize hundreds of short literal phrases at load time leaves it optimized for
 * them and about twice as slow on article text.
 */
function phraseTokens(phrase: string): Tok[] {
  const out: Tok[] = [];
  for (const m of phrase.matchAll(/[\p{L}\p{M}\p{N}]+|\n|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const t = m[0];
    const s = m.index;
    if (t === '\n') out.push({ s, e: s + 1, t, f: t, k: 'nl', cap: false, abbr: false, g: 0 });
    else if (WORD_CHAR_RE.test(String.fromCodePoint(t.codePointAt(0)!))) {
      const w = wordInfo(t, 0);
      out.push({ s, e: s + t.length, t, f: w.f, k: 'w', cap: w.cap, abbr: w.abbr, g: 0 });
    } else out.push({ s, e: s + 1, t, f: DASHES.has(t) ? '-' : t, k: 'p', cap: false, abbr: false, g: 0 });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lexicon tries over folded tokens

interface TrieNode<V> {
  /** Children keyed by the folded token. */
  next: Map<string, TrieNode<V>>;
  /** In a cased trie, children for a capitalised token after the first, keyed by its folded form. */
  cap: Map<string, TrieNode<V>> | null;
  value?: V;
}

// "Trưởng ban Quản lý" vs "Trưởng Ban Tổ chức": in a head (a cased trie), later words must match in case too.
function buildTrie<V>(entries: ReadonlyArray<readonly [string, V]>, cased = false): TrieNode<V> {
  const root: TrieNode<V> = { next: new Map(), cap: null };
  for (const [phrase, value] of entries) {
    const toks = phraseTokens(phrase.normalize('NFC'));
    if (toks.length === 0) throw new Error(`empty lexicon phrase: "${phrase}"`);
    let node = root;
    for (const [k, tok] of toks.entries()) {
      const map = cased && k > 0 && tok.cap ? (node.cap ??= new Map()) : node.next;
      let child = map.get(tok.f);
      if (!child) {
        child = { next: new Map(), cap: null };
        map.set(tok.f, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }
  return root;
}

/** Longest lexicon phrase at token i: its length in tokens and value, or null. */
function longest<V>(trie: TrieNode<V>, toks: readonly Tok[], i: number, cased = false): { len: number; value: V } | null {
  let node: TrieNode<V> | undefined = trie;
  let best: { len: number; value: V } | null = null;
  for (let j = i; j < toks.length && node; j++) {
    const tok = toks[j]!;
    if (tok.k === 'nl') break;
    node = cased && j > i && tok.cap ? node.cap?.get(tok.f) : node.next.get(tok.f);
    if (node?.value !== undefined) best = { len: j - i + 1, value: node.value };
  }
  return best;
}

const set = (xs: readonly string[]): ReadonlySet<string> => new Set(xs.map((x) => foldForCompare(x)));
const trieOf = (xs: readonly string[]): TrieNode<true> => buildTrie(xs.map((x) => [x, true] as const));

const NEEDS_BODY = set(HEADS_NEEDING_BODY);
const HEAD_TRIE = buildTrie(
  TITLE_HEADS.map((h) => [h, { needsBody: NEEDS_BODY.has(foldForCompare(h)) }] as const),
  true,
);
const PREFIX_MODS = set(PREFIX_MODIFIERS);
const SUFFIX_MOD_TRIE = trieOf(SUFFIX_MODIFIERS);
type BodyKind = 'committee' | 'provincial' | 'numbered' | 'body';
// "Trưởng ban Kinh tế - Ngân sách": the head "Trưởng ban" takes "ban", so body phrases that start
// with "Ban"/"Phòng" are also entered without it.
const BODY_TAIL_RE = /^(?:Ban|Phòng) (?=\p{Lu})/u;
const BODY_TRIE = buildTrie<BodyKind>([
  ...PARTY_COMMITTEES.map((b) => [b, 'committee'] as const),
  ...PROVINCIAL_COMMITTEES.map((b) => [b, 'provincial'] as const),
  ...NUMBERED_UNITS.map((b) => [b, 'numbered'] as const),
  ...BODIES.map((b) => [b, 'body'] as const),
  ...BODIES.filter((b) => BODY_TAIL_RE.test(b)).map((b) => [b.replace(BODY_TAIL_RE, ''), 'body'] as const),
]);
const CLOSED_KW = set(CLOSED_PLACE_KEYWORDS);
const KEYWORD_LEVEL = new Map(PLACE_KEYWORD_LEVELS.map(([k, l]) => [foldForCompare(k), l] as const));
interface Keyword {
  kind: 'closed' | 'open';
  level: PlaceLevel | null;
}
const KEYWORD_TRIE = buildTrie<Keyword>(
  PLACE_KEYWORDS.map((k) => {
    const f = foldForCompare(k);
    return [k, { kind: CLOSED_KW.has(f) ? 'closed' : 'open', level: KEYWORD_LEVEL.get(f) ?? null }] as const;
  }),
);
const PLACE_TRIE = trieOf(PLACES);
/** The gazetteer of each level: "thành phố" heads provinces' and districts' cities alike. */
const LEVEL_TRIES: Readonly<Record<PlaceLevel, TrieNode<true>>> = {
  province: trieOf(PROVINCES),
  city: trieOf([...PROVINCES, ...NORTHERN_DISTRICTS]),
  district: trieOf(NORTHERN_DISTRICTS),
  commune: trieOf(MEMORIAL_PLACES),
};
/** Order of levels in a place chain ("xã X, huyện Y, tỉnh Z" goes up). */
const LEVEL_RANK: Readonly<Record<PlaceLevel, number>> = { commune: 0, district: 1, city: 2, province: 3 };
const LOWER_HEAD_TRIE = trieOf(LOWERCASE_LIST_HEADS);
const REMIT_TRIE = trieOf(REMIT_BODIES);
const OPEN_NAMED_TRIE = trieOf(OPEN_NAMED_BODIES);
const UNIT_PHRASE_TRIE = trieOf(UNIT_NAME_PHRASES);
const REMIT_END_TRIE = trieOf(REMIT_ENDS);
const MOTION_AFTER = set(MOTION_AFTER_VE);
/** First words of heads several people hold at once: "Ủy viên", "Đại biểu", "Thứ trưởng", "Tỉnh ủy viên". */
const SHARED_HEADS = set(['Ủy', 'Đại', 'Thứ', 'Tỉnh', 'Huyện']);
/** Words after a dash that start a caption or a credit, not the rest of a body name. */
const CAPTION_WORDS = set(['Ảnh', 'Nguồn', 'Video', 'Clip', 'Tin', 'Bài', 'Báo', 'Cổng', 'Trang']);
/** Longest remit without "về" that a verb may end ("Hội đồng thẩm định báo cáo"), in words. */
const MAX_BARE_REMIT_BEFORE_VERB = 4;
/** Longest "về ..." remit, in tokens; a longer one is left out rather than cut mid-phrase. */
const MAX_REMIT = 18;
const CUE_TRIE = trieOf(PERSON_CUES);
const PLURALS = set(PLURAL_MARKERS);
const RANK_TRIE = trieOf([...RANKS, ...ACADEMIC_PREFIXES]);
const STOPWORDS = set(BODY_STOPWORDS);
const POSITION_VERB_TRIE = trieOf(POSITION_VERBS);
const APPOINTMENT_VERB_TRIE = trieOf(APPOINTMENT_VERBS);
const APPOINTMENT_LINK_TRIE = trieOf(APPOINTMENT_LINKS);
const APPOINTMENT_ADVERB_TRIE = trieOf(APPOINTMENT_ADVERBS);
/** Longest agent between "được" and the verb ("được Ban Thường vụ Tỉnh ủy chỉ định"), in tokens. */
const MAX_APPOINTMENT_AGENT = 8;
/** How far "được chỉ định tham gia Ban Chấp hành ..., giữ chức" may look for "giữ chức", in tokens. */
const MAX_APPOINTMENT_SKIP = 16;
const HISTORICAL = set(HISTORICAL_NAMES);
/** First words of the historical names: a name's folded form begins with its first token's, so no other can be one. */
const HISTORICAL_FIRST = new Set([...HISTORICAL].map((x) => x.split(' ')[0]!));
/** Capitalised at a sentence start, never a name syllable ("Ông Nguyễn ..."); not "Anh", a given name. */
const NON_NAME_WORDS = set(['Ông', 'Bà', 'Các', 'Những']);
const ROMAN_RE = /^[IVXLC]+$/;
// Syllables of ranks and degrees between a cue and a name: "đồng chí Đại tá ...", "ông Tiến sĩ ...".
const RANK_SYLLABLE_RE = /^(?:đại|thượng|trung|thiếu|tướng|tá|úy|uý|tiến|thạc|bác|sĩ)$/u;

/** At most this many units in the body of a position (a body name, an abbreviation, a word). */
const MAX_BODY_UNITS = 12;
/** Words that name a department, whose name may go on in lower case: "Phòng Quản lý ngân sách", "Vụ Tổ chức cán bộ". */
const DEPT_WORDS = set(['phòng', 'vụ', 'cục', 'ban']);
/** Longest lower-case rest of a department's name ("Phòng Quản lý đô thị"), in words. */
const MAX_DEPT_RUN = 6;
/** Longest person name, in syllables ("Y Thanh Hà Niê Kđăm" takes five). */
const MAX_NAME = 4;
const MAX_HIGHLAND_NAME = 5;
const HIGHLAND_FAMILY = new Set(HIGHLAND_FAMILY_NAMES.flatMap((x) => x.split(' ')));
// One Vietnamese-looking syllable, capitalised: "Tẩy", "Chẻo", "Mai" (not "UBND", "COVID", "2024").
const SYLLABLE_RE = /^\p{Lu}[\p{Ll}\p{M}]{0,6}$/u;

// ---------------------------------------------------------------------------------------------
// Pass 1: positions

interface TitleSpan {
  /** Token where the position's head (with its modifiers) starts. */
  i: number;
  /** Token range of the position as written (without a leading "tân"). */
  a: number;
  b: number;
  modifiers: string[];
  /** Token index where a name starts right after the position, if one does. */
  nameAt: number | null;
  /** True when the name is reached only through ", đồng chí" (weaker than adjacency). */
  weakName: boolean;
}

class Doc {
  readonly toks: Tok[];
  readonly n: number;
  /** Token i may be a syllable of a person name. */
  readonly nameable: boolean[];
  /** End (exclusive) of the run of nameable tokens starting at i. */
  readonly runEnd: number[];
  /** Token i starts a position head (with its modifiers). */
  readonly headAt: Array<HeadMatch | null>;
  /** Indices i with headAt[i], ascending. */
  readonly heads: number[];
  /** Indices i with nameable[i], ascending. */
  readonly names: number[];

  /** Reads text[from, to); offsets stay those of the whole text. */
  constructor(
    readonly text: string,
    from: number,
    to: number,
    readonly titles: TitleCache,
  ) {
    const toks = tokenize(text, from, to);
    const n = toks.length;
    this.toks = toks;
    this.n = n;
    // One plain loop over preallocated arrays: this runs for every token of every line.
    // Heads start with a capitalised word, or with a lower-case "nguyên"/"tân".
    const headAt = new Array<HeadMatch | null>(n);
    const nameable = new Array<boolean>(n);
    const heads: number[] = [];
    const names: number[] = [];
    for (let i = 0; i < n; i++) {
      const g = toks[i]!.g;
      const h = (g & G_HEAD) !== 0 && (toks[i]!.cap || (g & G_PREFIX) !== 0) ? this.matchHead(i) : null;
      headAt[i] = h;
      if (h !== null) heads.push(i);
      const ok = (g & G_NAME) !== 0 && h === null;
      nameable[i] = ok;
      if (ok) names.push(i);
    }
    this.headAt = headAt;
    this.heads = heads;
    this.nameable = nameable;
    this.names = names;
    const runEnd = new Array<number>(n + 1);
    runEnd[n] = n;
    for (let i = n - 1; i >= 0; i--) runEnd[i] = nameable[i] ? runEnd[i + 1]! : i;
    this.runEnd = runEnd;
  }

  private cuedMemo: Map<number, boolean> | null = null;

  /**
   * Token i starts a name with a surname missing from the lexicon, told by a cue and a position;
   * worked out when first asked (few tokens ever are).
   */
  private cuedName(i: number): boolean {
    if (!this.nameable[i] || (i > 0 && this.nameable[i - 1])) return false;
    let memo = this.cuedMemo;
    if (memo === null) memo = this.cuedMemo = new Map();
    let v = memo.get(i);
    if (v === undefined) {
      v = this.cuedNameAt(i);
      memo.set(i, v);
    }
    return v;
  }

  /**
   * "Bà Tẩy Thị Mai, Giám đốc Sở ...": after "ông", "bà", "đồng chí" or "đ/c", a run of 2-4
   * syllable-shaped capitalised words followed by a position (after ",", "-" or directly) is a
   * name even when its surname is unknown. Places and body names are not.
   */
  private cuedNameAt(i: number): boolean {
    const len = this.runEnd[i]! - i;
    if (len < 2 || len > MAX_NAME || SURNAMES.has(this.toks[i]!.t)) return false;
    const p1 = this.toks[i - 1];
    const p2 = this.toks[i - 2];
    // A rank also tells a person: "Đại tá Hù A Páo", "đồng chí Thượng tá ...".
    const cue =
      (p1?.k === 'w' && (p1.f === 'ông' || p1.f === 'bà')) ||
      (p1?.f === 'chí' && p2?.f === 'đồng') ||
      (p1?.f === 'c' && p2?.t === '/' && this.toks[i - 3]?.f === 'đ') ||
      (i >= 2 && (longest(RANK_TRIE, this.toks, i - 2)?.len === 2 || (i >= 3 && longest(RANK_TRIE, this.toks, i - 3)?.len === 3)));
    if (!cue) return false;
    for (let k = i; k < i + len; k++) if (!SYLLABLE_RE.test(this.toks[k]!.t)) return false;
    const e = i + len;
    const sep = this.toks[e];
    const titled = this.headAt[e] !== null && this.headAt[e] !== undefined
      ? true
      : sep !== undefined && (sep.t === ',' || sep.f === '-') && (this.headAt[e + 1] ?? null) !== null;
    if (!titled) return false;
    if (longest(PLACE_TRIE, this.toks, i) || longest(BODY_TRIE, this.toks, i)) return false;
    return true;
  }

  tok(i: number): Tok | undefined {
    return this.toks[i];
  }

  isLowerWord(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.k === 'w' && !t.cap;
  }

  isSurname(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && this.nameable[i] === true && (SURNAMES.has(t.t) || this.highlandNameAt(i) || this.cuedName(i));
  }

  /** Longest name starting at i, in syllables. */
  maxNameAt(i: number): number {
    return this.highlandNameAt(i) ? MAX_HIGHLAND_NAME : MAX_NAME;
  }

  /** "Y Thanh Hà Niê Kđăm": "Y", then given names, then a highland family name within five syllables. */
  private highlandNameAt(i: number): boolean {
    if (this.toks[i]?.t !== 'Y' || !this.nameable[i]) return false;
    const end = Math.min(this.runEnd[i]!, i + MAX_HIGHLAND_NAME);
    for (let k = i + 1; k < end; k++) if (HIGHLAND_FAMILY.has(this.toks[k]!.t)) return true;
    return false;
  }

  /** Modifiers + head at i ("Phó Chủ tịch", "nguyên Bí thư"), or null. */
  private matchHead(i: number, lower = false): HeadMatch | null {
    // Most words neither modify nor start a head: the loops below would find nothing.
    const t0 = this.toks[i];
    if (!t0 || (!PREFIX_MODS.has(t0.f) && !HEAD_TRIE.next.has(t0.f))) return null;
    const mods: string[] = [];
    let j = i;
    while (j < this.n && mods.length < 3) {
      const t = this.toks[j]!;
      if (t.k !== 'w' || !PREFIX_MODS.has(t.f)) break;
      // "Quyền", "Tân", "Nguyên" are also given names: "Nguyễn Văn Quyền Chủ tịch ..." is not "Quyền Chủ tịch".
      if (t.f !== 'phó' && t.cap && j > 0) {
        const prev = this.toks[j - 1]!;
        if (prev.k === 'w' && prev.cap && !prev.abbr) break;
      }
      if ((t.f === 'phó' || t.f === 'quyền') && !t.cap && !lower) return null;
      mods.push(t.f);
      j++;
    }
    const head = longest(HEAD_TRIE, this.toks, j, true);
    if (!head) return null;
    // "Phó trưởng Ban ...", "Phó chủ tịch UBND ...": a capitalised "Phó"/"Quyền" carries a lower-case head.
    const capMod = mods.length > 0 && this.toks[i]!.cap && (mods[0] === 'phó' || mods[0] === 'quyền');
    if (!this.toks[j]!.cap && !lower && !capMod) return null;
    let end = j + head.len;
    const suffix = longest(SUFFIX_MOD_TRIE, this.toks, end);
    if (suffix) {
      mods.push(foldedRun(this.toks, end, end + suffix.len));
      end += suffix.len;
    }
    return { end, mods, needsBody: head.value.needsBody };
  }

  /** A person name starts at i: 2-4 capitalised syllables, a surname first, not a known place. */
  nameLenAt(i: number): number {
    if (!this.isSurname(i)) return 0;
    const len = this.runEnd[i]! - i;
    if (len < 2 || len > this.maxNameAt(i)) return 0;
    const place = longest(PLACE_TRIE, this.toks, i);
    if (place && place.len >= len) return 0;
    return len;
  }

  /** Skips rank and academic prefixes ("Đại tá", "GS.TS") and a cue ("ông") before a name. */
  skipPrefixes(i: number): { at: number; cue: boolean; comma: boolean; rank: boolean } {
    let j = i;
    let comma = false;
    if (this.toks[j]?.t === ',') {
      comma = true;
      j++;
    }
    let cue = false;
    let rank = false;
    const c = longest(CUE_TRIE, this.toks, j);
    if (c) {
      cue = true;
      j += c.len;
    }
    for (let guard = 0; guard < 6 && j < this.n; guard++) {
      const r = longest(RANK_TRIE, this.toks, j);
      if (!r) break;
      rank = true;
      j += r.len;
      if (this.toks[j]?.t === '.') j++;
    }
    return { at: j, cue, comma, rank };
  }

  /**
   * Reads a place after a keyword or a party committee; returns its length in tokens (0: none).
   * "closed" keywords ("tỉnh") take only known places, so "tỉnh Trần Huy Tuấn" is a name.
   */
  placeLenAt(i: number, kind: 'closed' | 'open' | 'committee' | 'provincial', level: PlaceLevel | null = null): number {
    const t = this.toks[i];
    if (!t || t.k !== 'w') return 0;
    if (DIGITS_RE.test(t.t)) return kind === 'closed' || kind === 'open' ? 1 : 0; // "phường 5"
    if (t.abbr && level === 'city') return 1; // "TP.HCM", "TP HN"
    if (!t.cap) return 0;
    // The run of capitalised words, heads excluded (places may hold "A": "Mậu A").
    let end = i;
    while (end < this.n && end - i < 8 && this.toks[end]!.k === 'w' && this.toks[end]!.cap && !this.toks[end]!.abbr && this.headAt[end] === null) end++;
    const run = end - i;
    if (run === 0) return 0;
    if (kind === 'provincial') level = 'province';
    const known = longest(level ? LEVEL_TRIES[level] : PLACE_TRIE, this.toks, i);
    if (known) return known.len;
    const other = level ? longest(PLACE_TRIE, this.toks, i) : null;
    if (other) {
      // A place of another level ("tỉnh Mai Sơn": Mai Sơn is a district): the run is a person's
      // name when it reads as one ("Chủ tịch UBND tỉnh Mai Sơn Tùng đã ký").
      return this.nameLenAt(i) > 0 ? 0 : other.len;
    }
    if (kind === 'provincial') return 0;
    if (kind === 'committee' && longest(BODY_TRIE, this.toks, i)) return 0;
    const surname = this.isSurname(i);
    if (kind === 'closed') return surname && run >= 2 && run <= MAX_NAME ? 0 : Math.min(run, 3);
    if (run >= 4) {
      for (const k of [2, 1, 3]) {
        const rest = run - k;
        if (rest >= 2 && rest <= MAX_NAME && this.isSurname(i + k)) return k;
      }
      return Math.min(run, 3);
    }
    if (run === 3) return surname ? 0 : 3;
    if (kind === 'committee' && run === 2 && surname && this.toks[end]?.k === 'w' && !this.toks[end]!.cap) {
      // "Bí thư Huyện ủy Lò Minh phát biểu": ambiguous; a two-syllable place is likelier.
      return 2;
    }
    return run;
  }

  /** Reads a position starting at i, or null. */
  parseTitle(i: number, lower = false): TitleSpan | null {
    const head = lower ? this.matchHead(i, true) : this.headAt[i];
    if (!head) return null;
    let j = head.end;
    const mods = [...head.mods];
    let units = 0;
    let dashes = 0;
    /** Token after a unit with a free-text name ("Trung tâm"), while its name is being read. */
    let openAt = -1;
    /** Token after a department word ("Trưởng phòng", "Vụ", "Cục", "Ban"), whose name may run on in lower case. */
    let deptAt = DEPT_WORDS.has(this.toks[head.end - 1]?.f ?? '') ? head.end : -1;
    let done = false;
    while (!done && units < MAX_BODY_UNITS && j < this.n) {
      const t = this.toks[j]!;
      if (t.k === 'nl') break;
      if (this.headAt[j]) break; // the next position
      // "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh": a modifier after the body, when a body follows it.
      const suffix = units > 0 && t.k === 'w' && !t.cap ? longest(SUFFIX_MOD_TRIE, this.toks, j) : null;
      const afterSuffix = suffix ? this.toks[j + suffix.len] : undefined;
      const bodyFollows =
        afterSuffix?.k === 'w' &&
        (afterSuffix.cap || afterSuffix.abbr
          ? this.nameLenAt(j + suffix!.len) === 0
          : t.f === 'chuyên' && longest(KEYWORD_TRIE, this.toks, j + suffix!.len) !== null); // "chuyên trách tỉnh", not "phụ trách xã ...".
      if (suffix && bodyFollows) {
        mods.push(foldedRun(this.toks, j, j + suffix.len));
        j += suffix.len;
        continue;
      }
      // A lower-case head may take a lower-case known body: "bí thư chi bộ thôn ...".
      if (t.k === 'w' && (t.cap || t.abbr || (lower && units === 0))) {
        const body = longest(BODY_TRIE, this.toks, j);
        if (body) {
          const remit = longest(REMIT_TRIE, this.toks, j)?.len === body.len;
          const open = longest(OPEN_NAMED_TRIE, this.toks, j)?.len === body.len;
          const inDept = (j === deptAt || DEPT_WORDS.has(t.f)) && t.cap && body.value === 'body' && !remit && !open;
          if (body.len === 1 && DEPT_WORDS.has(t.f)) deptAt = j + 1;
          j += body.len;
          units++;
          // "Trưởng phòng Tổ chức cán bộ": a known name that goes on in lower case.
          if (inDept) j = this.deptNameEnd(j);
          if (open) {
            // "Ban Quản lý dự án đầu tư xây dựng tỉnh": lower-case words straight after the unit.
            j = this.unitPhrasesEnd(j);
            j = this.lowerRunToPlace(j, true);
            openAt = j;
          }
          // "Ban Chỉ đạo chuyển đổi số tỉnh", "Hội đồng thi đua khen thưởng huyện": a remit without "về".
          if (remit) j = this.bareRemitEnd(j);
          if (body.value === 'committee' || body.value === 'provincial') {
            // "Huyện ủy Văn Yên" ends the position; "Đảng ủy xã ...", "Đảng ủy Công an tỉnh" go on.
            const place = this.placeLenAt(j, body.value);
            j += place;
            done = place > 0;
          } else if (body.value === 'numbered' && this.toks[j]?.k === 'w' && (DIGITS_RE.test(this.toks[j]!.t) || ROMAN_RE.test(this.toks[j]!.t))) {
            j++; // "Quân khu 2"
          }
          continue;
        }
      }
      // "Kho bạc Nhà nước khu vực VIII", "Chi cục Thuế khu vực 2": numbered regions of state agencies.
      if (units > 0 && t.f === 'khu' && this.toks[j + 1]?.f === 'vực') {
        const nx = this.toks[j + 2];
        if (nx && nx.k === 'w' && (DIGITS_RE.test(nx.t) || ROMAN_RE.test(nx.t))) {
          j += 3;
          units++;
          done = true;
          continue;
        }
      }
      if (t.k === 'w') {
        const kw = longest(KEYWORD_TRIE, this.toks, j);
        if (kw && (!t.cap || t.f === 'thành' || t.f === 'tp')) {
          j += kw.len;
          if (this.toks[j]?.t === '.' && t.f === 'tp') j++;
          const placeLen = this.placeLenAt(j, kw.value.kind, kw.value.level);
          j += placeLen;
          if (placeLen > 0 && kw.value.level) j = this.placeChainEnd(j, kw.value.level);
          units++;
          done = true;
          continue;
        }
      }
      if (t.k === 'w' && t.cap && !t.abbr) {
        if (this.nameLenAt(j) > 0) break; // the person's name follows the position
        const place = longest(PLACE_TRIE, this.toks, j);
        if (place) {
          j += place.len;
          units++;
          done = true;
          continue;
        }
        const inOpenName = j === openAt;
        const inDept = j === deptAt;
        j++;
        units++;
        if (DEPT_WORDS.has(t.f)) deptAt = j; // "Vụ Tổ chức cán bộ": a department word not in the body lexicon
        // One lower-case syllable continues a capitalised word: "Tổ chức", "Y tế", "Thường vụ".
        if (this.isLowerWord(j) && !STOPWORDS.has(this.toks[j]!.f) && !longest(KEYWORD_TRIE, this.toks, j) && !longest(SUFFIX_MOD_TRIE, this.toks, j)) {
          j++;
          j = this.unitPhrasesEnd(j);
          j = this.lowerRunToPlace(j, inOpenName);
        }
        // "Trưởng phòng Quản lý ngân sách", "Phòng Tổ chức cán bộ": a department's name runs on in lower case.
        if (inDept) j = this.deptNameEnd(j);
        if (inOpenName) openAt = j;
        continue;
      }
      if (t.k === 'w' && t.abbr) {
        j++;
        units++;
        // "NN&PTNT", "KH&ĐT": abbreviations joined by "&" with no space are one unit.
        while (this.joinedByAmpersand(j)) j += 2;
        continue;
      }
      if (t.f === '-' && units > 0 && dashes < 2 && this.internalDash(j)) {
        // "Phòng Văn hóa - Thông tin", "Ban Kinh tế - Ngân sách": the dash joins two parts of one name.
        dashes++;
        j++;
        continue;
      }
      if (t.f === 'của' && units > 0 && this.toks[j + 1]?.cap && longest(BODY_TRIE, this.toks, j + 1)) {
        j++; // "Ủy ban Kinh tế của Quốc hội"
        continue;
      }
      if (t.f === 'và' && units > 0) {
        // "Sở Kế hoạch và Đầu tư" continues the body; "và Chủ tịch ..." starts another position.
        const nx = this.toks[j + 1];
        if (nx && nx.k === 'w' && nx.cap && !this.headAt[j + 1] && this.nameLenAt(j + 1) === 0) {
          if (openAt === j) openAt = j + 1; // "Trung tâm Văn hóa và Truyền thông ..." goes on reading the name
          j++;
          continue;
        }
      }
      break;
    }
    if (units === 0 && head.needsBody) return null;
    if (this.toks[j]?.f === 'về' && this.hasRemitBody(i, j)) j = this.remitEnd(j);
    // "khóa XV", "khoá 2021 - 2026" after a position belongs to it.
    if ((this.toks[j]?.f === 'khóa') && j < this.n) {
      const nx = this.toks[j + 1];
      if (nx && nx.k === 'w' && (ROMAN_RE.test(nx.t) || DIGITS_RE.test(nx.t))) j += 2;
    }
    // Drop trailing punctuation a body phrase may not end with.
    let b = j;
    while (b > head.end && this.toks[b - 1]!.k !== 'w') b--;
    const start = this.toks[i]!.f === 'tân' ? i + 1 : i;
    const after = this.skipPrefixes(b);
    let nameAt: number | null = null;
    let weakName = false;
    // "Trưởng Công an xã Na Ư, Trung tá Lò Văn Thanh": after a comma, a cue or a rank says a name is meant.
    if (this.nameLenAt(after.at) > 0 && (!after.comma || after.cue || after.rank)) {
      nameAt = after.at;
      weakName = after.comma;
    }
    return { i, a: start, b, modifiers: mods, nameAt, weakName };
  }

  /**
   * A lower-case position inside an appositive list ("..., đại biểu Quốc hội khóa XV", "...,
   * bí thư chi bộ thôn Nà Hẩu"), or null. It must reach a capitalised word or an abbreviation,
   * and not be generic ("đại biểu HĐND các cấp").
   */
  parseListTitle(i: number): TitleSpan | null {
    if (!this.isLowerWord(i) || !longest(LOWER_HEAD_TRIE, this.toks, i)) return null;
    const span = this.parseTitle(i, true);
    if (!span) return null;
    let named = false;
    for (let k = span.a; k < span.b && !named; k++) named = this.toks[k]!.cap || this.toks[k]!.abbr;
    const next = this.toks[span.b];
    if (!named || (next && (PLURALS.has(next.f) || next.f === 'cấp'))) return null;
    return span;
  }

  /** After a place at `level`, the higher places that locate it: "xã Nậm Có, huyện Mù Cang Chải, tỉnh Yên Bái". Known places only. */
  private placeChainEnd(j: number, level: PlaceLevel): number {
    let rank = LEVEL_RANK[level];
    for (let guard = 0; guard < 3; guard++) {
      if (this.toks[j]?.t !== ',' || !this.isLowerWord(j + 1)) break;
      const kw = longest(KEYWORD_TRIE, this.toks, j + 1);
      const lv = kw?.value.level;
      if (!kw || !lv || LEVEL_RANK[lv] <= rank) break;
      const place = longest(LEVEL_TRIES[lv], this.toks, j + 1 + kw.len);
      if (!place) break;
      j += 1 + kw.len + place.len;
      rank = LEVEL_RANK[lv];
    }
    return j;
  }

  /** The position [i, j) names a body that takes a remit ("Ban Chỉ đạo", "Hội đồng"). */
  private hasRemitBody(i: number, j: number): boolean {
    for (let k = i; k < j; k++) {
      // The remit body itself, not a longer body it begins ("Hội đồng nhân dân tỉnh về thăm ...").
      const remit = longest(REMIT_TRIE, this.toks, k);
      if (remit && longest(BODY_TRIE, this.toks, k)?.len === remit.len) return true;
    }
    return false;
  }

  /**
   * End of a remit written without "về" right after a remit body at j: lower-case words up to a
   * place keyword, a capitalised word or punctuation. j itself when a verb or function word comes
   * first ("Trưởng Ban Chỉ đạo biểu dương các tập thể") or no end is near.
   */
  private bareRemitEnd(j: number): number {
    let k = j;
    for (; k < this.n && k - j <= MAX_REMIT; k++) {
      const t = this.toks[k]!;
      if (t.k !== 'w') {
        if (t.t === ',' && this.toks[k + 1]?.f === 'chống') continue; // "phòng, chống thiên tai"
        break;
      }
      if (t.cap || t.abbr || this.endsRemitAsPlace(k)) break;
      // A verb ends a short remit ("Hội đồng thẩm định báo cáo"); after a longer run it more likely began a clause.
      if (longest(REMIT_END_TRIE, this.toks, k)) return k - j <= MAX_BARE_REMIT_BEFORE_VERB && k > j ? k : j;
      if ((STOPWORDS.has(t.f) && t.f !== 'mới') || longest(CUE_TRIE, this.toks, k)) return j;
    }
    if (k - j > MAX_REMIT || k === this.n) return j;
    // The remit must end at a place keyword, a capitalised word or punctuation.
    return k;
  }

  /**
   * The dash at j joins two parts of a body name: a word before it, and after it a capitalised word
   * that starts no position, name, place, cue or rank ("Văn hóa - Thông tin", not "... - Trưởng Ban",
   * "... - Nguyễn Văn A", "... - Đại tá ...").
   */
  private internalDash(j: number): boolean {
    const pv = this.toks[j - 1];
    const nx = this.toks[j + 1];
    if (pv?.k !== 'w' || nx?.k !== 'w' || !nx.cap || nx.abbr || DIGITS_RE.test(nx.t)) return false;
    if (CAPTION_WORDS.has(nx.f) || this.toks[j + 2]?.t === ':') return false; // "... Sở Y tế - Ảnh: Thu Hà"
    if (this.headAt[j + 1] || this.nameLenAt(j + 1) > 0) return false;
    return !longest(PLACE_TRIE, this.toks, j + 1) && !longest(CUE_TRIE, this.toks, j + 1) && !longest(RANK_TRIE, this.toks, j + 1);
  }

  /**
   * More lower-case syllables inside a body name, taken only when a known place follows them:
   * "Công ty Cổ phần Môi trường đô thị Yên Bái" (not "Sở Y tế hỗ trợ Hội Nông dân"), or, in a
   * unit with a free-text name (toKeyword), a place keyword: "Trung tâm Phát triển quỹ đất huyện".
   * j itself otherwise.
   */
  private lowerRunToPlace(j: number, toKeyword = false): number {
    for (let k = j; k < this.n && k - j < (toKeyword ? 5 : 3); k++) {
      const t = this.toks[k]!;
      if (t.k === 'w' && t.cap) return k > j && longest(PLACE_TRIE, this.toks, k) ? k : j;
      if (toKeyword && k > j && this.endsRemitAsPlace(k)) return k;
      if (t.k !== 'w' || STOPWORDS.has(t.f) || longest(KEYWORD_TRIE, this.toks, k) || longest(REMIT_END_TRIE, this.toks, k)) return j;
    }
    return j;
  }

  /**
   * End of the lower-case rest of a department's name at j ("ngân sách", "cán bộ"): up to a clause
   * boundary (punctuation, a capitalised word, a place keyword, a verb, "và", a cue). j itself when
   * a function word comes first or no boundary is near.
   */
  private deptNameEnd(j: number): number {
    let k = j;
    for (; k < this.n && k - j <= MAX_DEPT_RUN; k++) {
      const t = this.toks[k]!;
      if (t.t === ',' && this.toks[k + 1]?.f === 'chống') return j; // "Ban Chỉ huy phòng, chống thiên tai": a remit, read elsewhere
      if (t.k !== 'w' || t.cap || t.abbr || longest(KEYWORD_TRIE, this.toks, k)) break;
      if (t.f === 'và' || t.f === 'kiêm' || longest(REMIT_END_TRIE, this.toks, k) || longest(POSITION_VERB_TRIE, this.toks, k) || longest(CUE_TRIE, this.toks, k)) break;
      if (STOPWORDS.has(t.f)) return j;
    }
    return k - j > MAX_DEPT_RUN ? j : k;
  }

  /** Token j is an "&" written between two capitalised words with no space: "NN&PTNT". */
  private joinedByAmpersand(j: number): boolean {
    const amp = this.toks[j];
    const prev = this.toks[j - 1];
    const next = this.toks[j + 1];
    return amp?.t === '&' && prev !== undefined && next?.k === 'w' && next.cap && amp.s === prev.e && next.s === amp.e;
  }

  /** After lower-case phrases of unit names at j ("thực vật", "việc làm"): at most three. */
  private unitPhrasesEnd(j: number): number {
    for (let guard = 0; guard < 3; guard++) {
      const p = this.isLowerWord(j) ? longest(UNIT_PHRASE_TRIE, this.toks, j) : null;
      if (!p) break;
      j += p.len;
    }
    return j;
  }

  /** A place keyword at k that ends a remit: "... số tỉnh chủ trì", "... mới huyện Yên Sơn", not "xã hội", "nông thôn". */
  private endsRemitAsPlace(k: number): boolean {
    const kw = longest(KEYWORD_TRIE, this.toks, k);
    if (!kw || !kw.value.level) return false;
    const nx = this.toks[k + kw.len];
    return !nx || nx.k !== 'w' || nx.cap || nx.abbr || longest(REMIT_END_TRIE, this.toks, k + kw.len) !== null;
  }

  /**
   * End of a remit "về ..." at j: up to the clause end (punctuation, a verb, a position or a name,
   * "và" that starts another position). j itself when "về" is a verb of motion or no end is near.
   */
  private remitEnd(j: number): number {
    const first = this.toks[j + 1];
    if (!first || first.k !== 'w' || MOTION_AFTER.has(first.f)) return j;
    let k = j + 1;
    for (; k < this.n && k - j <= MAX_REMIT; k++) {
      const t = this.toks[k]!;
      if (t.k !== 'w') {
        if (t.t === ',' && this.toks[k + 1]?.f === 'chống') continue; // "phòng, chống tham nhũng"
        break;
      }
      if (longest(REMIT_END_TRIE, this.toks, k)) break;
      if (t.cap && (this.headAt[k] || this.nameLenAt(k) > 0)) break;
      if (t.f === 'và') {
        const nx = this.toks[k + 1];
        if (nx && ((nx.cap && (this.headAt[k + 1] || this.nameLenAt(k + 1) > 0)) || longest(CUE_TRIE, this.toks, k + 1))) break;
      }
      if (longest(CUE_TRIE, this.toks, k)) break;
    }
    if (k - j > MAX_REMIT || k === j + 1) return j;
    return k;
  }
}

interface HeadMatch {
  /** Token after the head and its suffix modifiers. */
  end: number;
  mods: string[];
  needsBody: boolean;
}

// ---------------------------------------------------------------------------------------------
// Passes 2-4

function titleOf(doc: Doc, span: TitleSpan): OfficialTitle {
  const text = doc.text.slice(doc.toks[span.a]!.s, doc.toks[span.b - 1]!.e);
  const normalized = doc.titles.title(text);
  return { text, normalized, modifiers: [...span.modifiers] };
}

function isCueAt(doc: Doc, i: number): { cue: boolean; plural: boolean; ongBa: boolean } {
  // Walk back over ranks/academic prefixes ("đồng chí Đại tá Nguyễn ...") to the cue.
  let j = i;
  for (let guard = 0; guard < 6 && j > 0; guard++) {
    const t = doc.tok(j - 1)!;
    if (t.t === '.' || t.abbr || RANK_SYLLABLE_RE.test(t.f)) j--;
    else break;
  }
  for (let len = 2; len >= 1; len--) {
    if (j - len < 0) continue;
    const c = longest(CUE_TRIE, doc.toks, j - len);
    if (c && c.len === len) {
      const prev = doc.tok(j - len - 1);
      const prev2 = doc.tok(j - len - 2);
      const plural = (prev !== undefined && PLURALS.has(prev.f)) || (prev2 !== undefined && PLURALS.has(`${prev2.f} ${prev?.f ?? ''}`));
      const f = doc.tok(j - len)!.f;
      return { cue: true, plural, ongBa: f === 'ông' || f === 'bà' };
    }
  }
  return { cue: false, plural: false, ongBa: false };
}

/**
 * Names listed after the one a singular position precedes, with no plural marker: "Phó Chủ tịch
 * UBND tỉnh Nguyễn Văn A, Lê Văn B và Hà Thị C dự". Only when the list ends the clause: a name
 * followed by its own position ("..., Lê Văn B - Giám đốc Sở Y tế") voids the list.
 */
function listedAfter(doc: Doc, span: TitleSpan): number[] {
  if (span.nameAt === null || span.weakName) return [];
  // Only positions several people hold at once ("Phó Chủ tịch", "Ủy viên"): "Chủ tịch UBND tỉnh A, B" lists B as someone else.
  let h = span.a;
  while (h < span.b && PREFIX_MODS.has(doc.tok(h)!.f)) h++;
  const head = doc.tok(h)?.f ?? '';
  if (!span.modifiers.includes('phó') && !SHARED_HEADS.has(head)) return [];
  const out: number[] = [];
  let p = span.nameAt + doc.nameLenAt(span.nameAt);
  for (let guard = 0; guard < 8; guard++) {
    const sep = doc.tok(p);
    const last = sep?.f === 'và' && out.length > 0;
    if (!sep || (sep.t !== ',' && !last)) break;
    const len = doc.nameLenAt(p + 1);
    if (len === 0) break;
    out.push(p + 1);
    p += 1 + len;
    if (last) break;
  }
  const end = doc.tok(p);
  const clean = !end || end.k === 'nl' || end.t === '.' || end.t === ';' || (end.k === 'w' && !end.cap && end.f !== 'và' && !longest(POSITION_VERB_TRIE, doc.toks, p));
  return clean ? out : [];
}

/** Finds every person named with an official position in ctx.text. Pure. */
export function extractOfficials(ctx: ExtractContext): OfficialMention[] {
  const out: OfficialMention[] = [];
  const titles = new TitleCache();
  for (const [a, b] of segments(ctx.text)) extractSegment(new Doc(ctx.text, a, b, titles), out);
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** Longest segment read at once; longer lines are cut at a sentence end (no mention crosses one). */
const MAX_SEGMENT = 8_000;

/** Lines of the text, long lines cut after ". " or "; ": a mention never spans them, and small token arrays keep memory flat. */
function segments(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  let newline = -1; // the next line break at or after start, found once per line
  while (start < text.length) {
    if (newline < start) {
      newline = text.indexOf('\n', start);
      if (newline < 0) newline = text.length;
    }
    if (newline === start) {
      start++;
      continue;
    }
    let end = newline;
    if (end - start > MAX_SEGMENT) {
      // Search back from the limit, but only over the second half of the window (bounded work).
      const limit = start + MAX_SEGMENT;
      const floor = start + MAX_SEGMENT / 2;
      let cut = -1;
      let space = -1;
      for (let k = limit; k > floor && cut < 0; k--) {
        const c = text.charCodeAt(k);
        if (c === 32 && space < 0) space = k;
        if (c === 32 && (text[k - 1] === '.' || text[k - 1] === ';')) cut = k;
      }
      end = cut > 0 ? cut : space > 0 ? space : limit;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

let SCRATCH = new Uint8Array(1024);
/** n zeroed bytes for one segment: reused, since allocating a typed array per line costs more than the passes. */
function scratch(n: number): Uint8Array {
  if (SCRATCH.length < n) SCRATCH = new Uint8Array(Math.max(n, SCRATCH.length * 2));
  SCRATCH.fill(0, 0, n);
  return SCRATCH;
}

/** Runs the passes over one segment. */
function extractSegment(doc: Doc, mentions: OfficialMention[]): void {
  const { toks, n, text } = doc;

  // Pass 1: positions, left to right, each starting where the previous one ended.
  const spans: TitleSpan[] = [];
  const spanAt = new Map<number, TitleSpan>();
  const spanBeforeName = new Map<number, TitleSpan>();
  const spanByEnd = new Map<number, TitleSpan>();
  const inSpan = scratch(n);
  // Only tokens that start a head can start a position: visit those, in order.
  let resume = 0;
  for (const i of doc.heads) {
    if (i < resume) continue;
    const span = doc.parseTitle(i);
    if (!span) continue;
    spans.push(span);
    spanAt.set(i, span);
    spanByEnd.set(span.b, span);
    if (span.nameAt !== null && !spanBeforeName.has(span.nameAt)) spanBeforeName.set(span.nameAt, span);
    for (let k = i; k < span.b; k++) inSpan[k] = 1;
    resume = Math.max(i, span.b - 1) + 1;
  }

  // A plural position shared by the names listed after it: "các đồng chí Phó Chủ tịch UBND tỉnh:
  // Nguyễn Văn A, Lê Văn B và Hà Thị C" gives each of them the position.
  const sharedTitle = new Map<number, TitleSpan>();
  for (const span of spans) {
    const prev = doc.tok(span.i - 1);
    if (!(prev && PLURALS.has(prev.f)) && !isCueAt(doc, span.i).plural) {
      for (const p of listedAfter(doc, span)) sharedTitle.set(p, span);
      continue;
    }
    let p = span.b;
    if (toks[p]?.t === ':') p++;
    for (let guard = 0; guard < 12; guard++) {
      const len = doc.nameLenAt(p);
      if (len === 0) break;
      sharedTitle.set(p, span);
      p += len;
      if (toks[p]?.t === ',') p++;
      if (toks[p]?.f === 'và') p++;
    }
  }

  const used = new Set<TitleSpan>();
  const mention = (a: number, b: number, rule: string, name: string, titles: OfficialTitle[], short?: boolean): OfficialMention => {
    const s = toks[a]!.s;
    const e = toks[b - 1]!.e;
    const m: OfficialMention = { kind: 'official', start: s, end: e, text: text.slice(s, e), rule, name, titles };
    if (short) m.short = true;
    return m;
  };

  // Pass 2 + 3: names and their positions.
  // Only nameable tokens can start a name: visit those, in order, each run once.
  resume = 0;
  for (let ni = 0; ni < doc.names.length; ni++) {
    let i = doc.names[ni]!;
    if (i < resume || inSpan[i] || (i > 0 && doc.nameable[i - 1] && !inSpan[i - 1])) continue;
    const runEnd = doc.runEnd[i]!;
    resume = runEnd;
    // The name is the run, or its tail after non-name words ("Theo Nguyễn Văn A").
    let a = -1;
    for (let k = i; k < runEnd; k++) {
      if (doc.isSurname(k) && runEnd - k >= 2 && runEnd - k <= doc.maxNameAt(k)) {
        a = k;
        break;
      }
    }
    const prevTok = doc.tok(i - 1);
    // "huyện Lục Yên": a place, unless a position before it already read the place slot as empty.
    const afterKeyword =
      i > 0 && prevTok?.k === 'w' && !prevTok.cap && longest(KEYWORD_TRIE, toks, i - 1)?.len === 1 && !spanBeforeName.has(i);
    // A known place is not a name ("Lục Yên"), unless a cue says it is one ("ông Trần Quốc Toản").
    const isName = a >= 0 && (doc.nameLenAt(a) > 0 || (runEnd - a >= 2 && isCueAt(doc, a).cue));
    if (!isName || afterKeyword) {
      // A single capitalised syllable after a cue is a short form: "ông Thành".
      if (runEnd - i === 1 && !afterKeyword) {
        const cue = isCueAt(doc, i);
        const next = doc.tok(i + 1);
        if (cue.cue && !cue.plural && !(next?.k === 'w' && next.cap)) {
          mentions.push(mention(i, i + 1, 'short-form', toks[i]!.t, [], true));
        }
      }
      i = runEnd - 1;
      continue;
    }
    const b = runEnd;
    i = runEnd - 1;
    const name = text.slice(toks[a]!.s, toks[b - 1]!.e);
    if (doc.titles.historical(name, toks[a]!)) continue;

    const titles: TitleSpan[] = [];
    let start = a;
    let rule = '';
    const pre = spanBeforeName.get(a);
    if (pre && !used.has(pre)) {
      // "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy NAME": earlier positions
      // joined by "," or "kiêm" to the one before the name are the same person's.
      const before: TitleSpan[] = [pre];
      let q = pre.i;
      for (let guard = 0; guard < 6; guard++) {
        if (toks[q - 1]?.f === 'kiêm') q--;
        if (toks[q - 1]?.t === ',') q--;
        const prev = q < pre.i ? spanByEnd.get(q) : undefined;
        if (!prev || used.has(prev) || prev.nameAt !== null) break;
        before.unshift(prev);
        q = prev.i;
      }
      for (const t of before) {
        titles.push(t);
        used.add(t);
      }
      start = before[0]!.a;
      rule = 'title-before-name';
    } else if (sharedTitle.has(a)) {
      titles.push(sharedTitle.get(a)!);
      rule = 'plural-title-list';
    }
    // Positions after the name: [ (note) ] [- | ,] TITLE { (, | kiêm | , kiêm | và | -) TITLE }
    let p = b;
    let sep = '';
    if (toks[p]?.t === '(') {
      if (spanAt.has(p + 1)) {
        sep = '('; // "ông Nguyễn Văn A (Giám đốc Sở Y tế)"
        p++;
      } else {
        // A note such as "(người thứ 2 từ trái sang)" between the name and its positions.
        let q = p + 1;
        while (q < n && q - p < 16 && toks[q]!.t !== ')' && toks[q]!.k !== 'nl') q++;
        if (toks[q]?.t === ')') p = q + 1;
      }
    }
    const sepTok = toks[p];
    if (sep) {
      // already past "("
    } else if (sepTok && sepTok.k === 'p' && (sepTok.f === '-' || sepTok.f === ',')) {
      sep = sepTok.f;
      p++;
    } else {
      const verb = longest(POSITION_VERB_TRIE, toks, p);
      if (verb) {
        sep = 'verb';
        p += verb.len;
      } else {
        const q = appointedEnd(doc, p);
        if (q > p) {
          sep = 'appointed';
          p = q;
        }
      }
    }
    // "trao quyết định cho ông X, được bổ nhiệm giữ chức ...": a comma before the passive verb.
    if (sep === ',' && !spanAt.has(p)) {
      const q = appointedEnd(doc, p);
      if (q > p) {
        sep = 'appointed';
        p = q;
      }
    }
    let end = b;
    // Newspaper style after a cued name: "ông Hờ A Dơ - chủ tịch UBND xã Chế Tạo".
    const lowerFirst = () => {
      if (sep !== ',' && sep !== '-') return undefined;
      const cue = isCueAt(doc, a);
      return cue.cue && !cue.plural ? (doc.parseListTitle(p) ?? undefined) : undefined;
    };
    const first: TitleSpan | undefined = spanAt.get(p) ?? lowerFirst();
    if (first && (first.nameAt === null || first.weakName) && !used.has(first)) {
      let span: TitleSpan | undefined = first;
      while (span && !used.has(span)) {
        titles.push(span);
        used.add(span);
        end = span.b;
        let q: number = span.b;
        const comma = toks[q]?.t === ',';
        if (comma || toks[q]?.f === '-') q++;
        const kiem = toks[q]?.f === 'kiêm';
        if (kiem || toks[q]?.f === 'và') q++;
        // "X, Ủy viên Ban Thường vụ Tỉnh ủy, đại biểu Quốc hội khóa XV": a lower-case position after a comma or "kiêm".
        const next: TitleSpan | undefined = spanAt.get(q) ?? (comma || kiem ? (doc.parseListTitle(q) ?? undefined) : undefined);
        span = next && (next.nameAt === null || next.weakName) ? next : undefined;
        // "ông X - Chủ tịch UBND xã được bầu giữ chức Bí thư Đảng ủy xã": a position given after those held.
        if (!span) {
          const given = spanAt.get(appointedEnd(doc, end));
          if (given && given.nameAt === null && given.a > end) span = given;
        }
      }
      if (!rule) {
        const before = doc.tok(start - 1);
        const cue = isCueAt(doc, start);
        if (before && (before.t === ':' || before.t === ';')) rule = 'list-colon';
        else if (sep === '(') rule = 'name-paren-titles';
        else if (sep === '-') rule = 'name-dash-titles';
        else if (sep === ',') rule = cue.ongBa ? 'ong-ba-name-comma-title' : 'name-comma-titles';
        else if (sep === 'verb') rule = 'name-verb-title';
        else if (sep === 'appointed') rule = 'name-appointed-title';
        else rule = 'no-separator';
      }
    }
    if (titles.length > 0) {
      mentions.push(mention(start, Math.max(end, b), rule, name, titles.map((s) => titleOf(doc, s))));
      continue;
    }
    // A name after a singular cue, with no position here: a short form of someone named elsewhere.
    const cue = isCueAt(doc, a);
    if (cue.cue && !cue.plural) mentions.push(mention(a, b, 'short-form', name, [], true));
  }

  // Pass 4: positions after a singular cue with no name: "đồng chí Phó Bí thư Thường trực Tỉnh ủy giao ...".
  for (const span of spans) {
    if (used.has(span) || span.nameAt !== null) continue;
    const cue = isCueAt(doc, span.a);
    if (!cue.cue || cue.plural) continue;
    mentions.push(mention(span.a, span.b, 'short-form', '', [titleOf(doc, span)], true));
  }
}

/**
 * After a name, the end of a passive appointment at p ("được bầu giữ chức", "được điều động, bổ
 * nhiệm làm", "được chỉ định tham gia Ban Chấp hành Đảng bộ tỉnh, giữ chức"), where the position
 * starts; p itself when there is none ("được giới thiệu để bầu giữ chức": a candidate).
 */
function appointedEnd(doc: Doc, p: number): number {
  const toks = doc.toks;
  let q = p;
  for (let guard = 0; guard < 2; guard++) {
    const adv = longest(APPOINTMENT_ADVERB_TRIE, toks, q);
    if (!adv) break;
    q += adv.len;
  }
  if (toks[q]?.f !== 'được') return p;
  q++;
  // An agent written with capitals: "được Ban Thường vụ Tỉnh ủy chỉ định", "được HĐND tỉnh bầu".
  if (toks[q]?.cap && !longest(APPOINTMENT_VERB_TRIE, toks, q)) {
    let k = q + 1;
    while (k < doc.n && k - q < MAX_APPOINTMENT_AGENT && toks[k]!.k === 'w' && !longest(APPOINTMENT_VERB_TRIE, toks, k)) k++;
    if (longest(APPOINTMENT_VERB_TRIE, toks, k)) q = k;
  }
  let verbs = 0;
  for (let guard = 0; guard < 4; guard++) {
    const v = longest(APPOINTMENT_VERB_TRIE, toks, q);
    if (!v) break;
    q += v.len;
    verbs++;
    const joiner = toks[q];
    if (joiner && (joiner.t === ',' || joiner.f === 'và') && longest(APPOINTMENT_VERB_TRIE, toks, q + 1)) q++;
  }
  if (verbs === 0) return p;
  const link = longest(APPOINTMENT_LINK_TRIE, toks, q);
  if (link) return q + link.len;
  if (doc.headAt[q]) return q; // "được bổ nhiệm Phó Giám đốc Sở ..."
  // "tham gia Ban Chấp hành Đảng bộ tỉnh, giữ chức ...": the membership is skipped, the position read.
  for (let k = q; k < doc.n && k - q < MAX_APPOINTMENT_SKIP; k++) {
    const t = toks[k]!;
    if (t.k === 'nl' || t.t === '.' || t.t === ';' || t.t === ':' || longest(CUE_TRIE, toks, k)) break;
    if ((t.t === ',' || t.f === 'và') && toks[k + 1]?.f === 'giữ') {
      const giu = longest(APPOINTMENT_LINK_TRIE, toks, k + 1);
      if (giu) return k + 1 + giu.len;
    }
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// Grouping

/**
 * True when `long` is `short` with words added at the end ("Chủ tịch UBND tỉnh" + " Yên Bái",
 * "Ủy viên Ban Thường vụ" + " Tỉnh ủy"): the same position written more fully. As in the
 * scorer, the shorter must have at least two words ("Bí thư" alone names no position).
 */
function extendsTitle(short: OfficialTitle, long: OfficialTitle): boolean {
  return long.normalized.startsWith(`${short.normalized} `) && short.normalized.includes(' ');
}

/** True when a short form's title names this position ("Bí thư Tỉnh ủy" ~ "Bí thư Tỉnh ủy Yên Bái"). */
function sameOrNarrower(shortTitle: string, held: string): boolean {
  return held === shortTitle || held.startsWith(`${shortTitle} `) || shortTitle.startsWith(`${held} `);
}

/** localeCompare, without its cost for the usual case of equal fields. */
function compareFields(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}

/** Projects mentions to one entry per person: full names win, short forms attach, titles de-duplicated by normalized form, a title merged into a fuller one it begins ("... tỉnh" into "... tỉnh Yên Bái"). */
export function groupOfficials(mentions: OfficialMention[]): Official[] {
  const groups = new Map<string, Official>();
  const order: Official[] = [];
  /** The last folded word of each name in `order`, which a given name alone ("ông Thành") is matched to. */
  const lastWords: string[] = [];
  // Names repeat across mentions: each is folded once.
  const folded = new Map<string, string>();
  const fold = (s: string): string => {
    let f = folded.get(s);
    if (f === undefined) {
      f = foldForCompare(s);
      folded.set(s, f);
    }
    return f;
  };
  for (const m of mentions) {
    if (m.short || m.titles.length === 0 || !m.name.includes(' ')) continue;
    const key = fold(m.name);
    let g = groups.get(key);
    if (!g) {
      g = { name: m.name, titles: [], positions: [], mentions: [] };
      groups.set(key, g);
      order.push(g);
      lastWords.push(key.split(' ').pop()!);
    }
    g.mentions.push(m);
    for (const t of m.titles) {
      const idx = g.positions.findIndex((p) => p.normalized === t.normalized || extendsTitle(t, p));
      if (idx >= 0) continue;
      const narrower = g.positions.findIndex((p) => extendsTitle(p, t));
      if (narrower >= 0) g.positions[narrower] = t;
      else g.positions.push(t);
    }
  }
  for (const m of mentions) {
    if (!m.short && m.titles.length > 0 && m.name.includes(' ')) continue;
    let target: Official | undefined;
    if (m.name.includes(' ')) {
      target = groups.get(fold(m.name));
    } else if (m.name) {
      const given = fold(m.name);
      let hits = 0;
      for (let k = 0; k < order.length; k++) {
        if (lastWords[k] === given) {
          hits++;
          target = order[k];
        }
      }
      if (hits !== 1) target = undefined;
    } else if (m.titles[0]) {
      const wanted = m.titles[0].normalized;
      const hits = order.filter((g) => g.positions.some((p) => sameOrNarrower(wanted, p.normalized)));
      if (hits.length === 1) target = hits[0];
    }
    if (target) target.mentions.push({ ...m, short: true });
  }
  for (const g of order) {
    g.titles = g.positions.map((p) => p.text);
    g.mentions.sort((x, y) => compareFields(x.field ?? '', y.field ?? '') || x.start - y.start);
  }
  return order;
}
