// A small HTML tree builder for the cleaner. It keeps htmlparser2's tree-building rules (void
// elements, tags that close an open <p>/<li>/<td>, raw-text elements, foreign <svg>/<math>) but
// builds a lean tree: text children are plain strings, and nothing the cleaner never reads
// (positions, sibling links, comments) is made. It jumps between '<' with indexOf instead of
// stepping a state machine per character, which makes it several times faster on portal pages,
// and it is linear in every input: the open-element stack is searched only for names it holds,
// and nesting deeper than MAX_DEPTH (as browsers do) continues at that depth.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/** An element: lower-cased name and attribute names, entity-decoded values, first value wins. */
export interface El {
  name: string;
  /** Shared and frozen when the element has none: read, never write. */
  attribs: Readonly<Record<string, string>>;
  /** Shared and frozen for void elements: read, never write. */
  children: Node[];
  /** null for elements at the top of the document. */
  parent: El | null;
  /** What a reader attaches to the element (the cleaner's statistics): a slot, not a Map lookup. */
  data: unknown;
}

/** A child: an element, or a run of text (entities decoded). */
export type Node = El | string;

/** Nesting deeper than this continues at this depth (Chromium's parser uses the same 512). */
export const MAX_DEPTH = 512;

const VOID: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Raw text: everything up to the matching end tag is one text child. Titles and textareas decode
// entities; scripts and styles keep their text as written.
const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'xmp', 'title', 'textarea']);
const RAW_DECODED: ReadonlySet<string> = new Set(['title', 'textarea']);
const FOREIGN: ReadonlySet<string> = new Set(['math', 'svg']);
const INTEGRATION: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const P_ONLY: ReadonlySet<string> = new Set(['p']);
const FORM_TAGS: ReadonlySet<string> = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const DD_DT: ReadonlySet<string> = new Set(['dd', 'dt']);
const RT_RP: ReadonlySet<string> = new Set(['rt', 'rp']);
const SECTIONS: ReadonlySet<string> = new Set(['thead', 'tbody']);
/** Opening the key closes open elements named in its set, innermost first. */
const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', SECTIONS],
  ['tfoot', SECTIONS],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM_TAGS]),
  ...[
    'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div',
    'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre',
    'section', 'table', 'ul',
  ].map((t): [string, ReadonlySet<string>] => [t, P_ONLY]),
]);

// Most elements have no attributes and void ones no children: one frozen object serves them all
// (a page of a million small elements allocates a third fewer objects).
const NO_ATTRIBS: Readonly<Record<string, string>> = Object.freeze({});
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const BANG = 0x21;
const QMARK = 0x3f;
const DASH = 0x2d;
const AMP = '&';

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}
function isAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
/** End of a tag or attribute name: white space, '/' or '>' (or the end of input, NaN). */
function endsName(c: number): boolean {
  return c === SLASH || c === GT || isSpace(c) || c !== c;
}

// Tag names met before, by a hash of their lower-cased characters: pages use a few dozen names
// thousands of times, and reusing one string saves a slice and a lower-casing per tag.
const NAMES = new Map<number, string>();
const NAMES_MAX = 4096;
const NAME_LEN_MAX = 32;

/** The lower-cased tag name in html[start, end). */
function tagName(html: string, start: number, end: number): string {
  const len = end - start;
  if (len > NAME_LEN_MAX) return html.slice(start, end).toLowerCase();
  let h = len;
  for (let k = start; k < end; k++) {
    let c = html.charCodeAt(k);
    if (c >= 0x80) return html.slice(start, end).toLowerCase();
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = (Math.imul(h, 31) + c) | 0;
  }
  const hit = NAMES.get(h);
  if (hit !== undefined && hit.length === len) {
    let k = 0;
    for (; k < len; k++) {
      let c = html.charCodeAt(start + k);
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      if (c !== hit.charCodeAt(k)) break;
    }
    if (k === len) return hit;
  }
  const name = html.slice(start, end).toLowerCase();
  if (NAMES.size >= NAMES_MAX) NAMES.clear();
  NAMES.set(h, name);
  return name;
}

/** What to keep of each element. */
export interface ParseOptions {
  /**
   * Attribute names (lower case) to keep; the rest are skipped without being copied or decoded.
   * All are kept when absent. The cleaner reads about fifteen, pages carry many more (href, src,
   * data-*, on*), and storing them was a third of the parse.
   */
  attributes?: ReadonlySet<string>;
  /**
   * Applied to every text run, title and textarea text and kept attribute value after entity
   * decoding (script and style text stay as written). The cleaner passes normalizeText, so a
   * page's markup, scripts and styles are never normalized, only what is read.
   */
  normalize?: (s: string) => string;
}

/** Parses an HTML document into a lean tree; never throws, whatever the input. */
export function parseHtml(html: string, options: ParseOptions = {}): El {
  const keep = options.attributes ?? null;
  const norm = options.normalize ?? null;
  const text = (s: string): string => {
    const t = s.indexOf(AMP) === -1 ? s : decodeHTML(s);
    return norm === null ? t : norm(t);
  };
  const root: El = { name: '#root', attribs: NO_ATTRIBS, children: [], parent: null, data: null };
  const stack: El[] = [root];
  // How many elements of each name are open: a close tag for a name not open costs nothing.
  const open = new Map<string, number>();
  // Foreign (svg/math) context, innermost last; '/>' closes an element only there.
  const foreign: boolean[] = [false];
  let top = root;
  const n = html.length;

  const addText = (s: string): void => {
    if (s.length === 0) return;
    const kids = top.children;
    const last = kids.length - 1;
    if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + s;
    else kids.push(s);
  };
  const pop = (): void => {
    const el = stack.pop() as El;
    open.set(el.name, (open.get(el.name) ?? 1) - 1);
    if ((FOREIGN.has(el.name) || INTEGRATION.has(el.name)) && foreign.length > 1) foreign.pop();
    top = stack[stack.length - 1];
  };
  const push = (el: El): void => {
    stack.push(el);
    open.set(el.name, (open.get(el.name) ?? 0) + 1);
    if (FOREIGN.has(el.name)) foreign.push(true);
    else if (INTEGRATION.has(el.name)) foreign.push(false);
    top = el;
  };
  /** Opens an element; returns it, or null when nesting is too deep (its content goes to the current element). */
  const openTag = (name: string, attribs: Readonly<Record<string, string>>): El | null => {
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 1 && closes.has(top.name)) pop();
    const isVoid = VOID.has(name);
    if (!isVoid && stack.length > MAX_DEPTH) return null;
    const el: El = { name, attribs, children: isVoid ? NO_CHILDREN : [], parent: top === root ? null : top, data: null };
    top.children.push(el);
    if (!isVoid) push(el);
    return el;
  };
  const closeTag = (name: string): void => {
    if (VOID.has(name)) {
      if (name === 'br') openTag('br', NO_ATTRIBS);
      return;
    }
    if ((open.get(name) ?? 0) > 0) {
      while (stack.length > 1) {
        const was = top.name;
        pop();
        if (was === name) break;
      }
    } else if (name === 'p') {
      openTag('p', NO_ATTRIBS);
      pop();
    }
  };
  /** Index of the end tag `</name` (any case, then a name end) at or after `from`, or -1. */
  const findEndTag = (name: string, from: number): number => {
    let at = from;
    for (;;) {
      const k = html.indexOf('</', at);
      if (k === -1) return -1;
      const e = k + 2 + name.length;
      if (e <= n && html.slice(k + 2, e).toLowerCase() === name && endsName(html.charCodeAt(e))) return k;
      at = k + 2;
    }
  };

  let i = 0; // scan position
  let textStart = 0; // start of the pending text run
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const c = html.charCodeAt(lt + 1);
    if (isAlpha(c)) {
      // Start tag: name, attributes, '>' or '/>'.
      const j0 = lt + 1;
      let j = lt + 2;
      while (!endsName(html.charCodeAt(j))) j++;
      const name = tagName(html, j0, j);
      let attribs: Record<string, string> | null = null;
      let selfClosing = false;
      let done = false;
      while (j < n) {
        let ch = html.charCodeAt(j);
        if (isSpace(ch)) {
          j++;
          continue;
        }
        if (ch === GT) {
          done = true;
          j++;
          break;
        }
        if (ch === SLASH) {
          j++;
          if (html.charCodeAt(j) === GT) {
            selfClosing = true;
            done = true;
            j++;
            break;
          }
          continue;
        }
        // Attribute name: up to '=', white space, '/' or '>' ('=' as its first character belongs to it).
        const a0 = j;
        let upper = ch >= 0x41 && ch <= 0x5a;
        j++;
        while (j < n) {
          ch = html.charCodeAt(j);
          if (ch === EQ || endsName(ch)) break;
          if (ch >= 0x41 && ch <= 0x5a) upper = true;
          j++;
        }
        let attr = html.slice(a0, j);
        if (upper) attr = attr.toLowerCase();
        const wanted = keep === null || keep.has(attr);
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        let value = '';
        if (html.charCodeAt(j) === EQ) {
          j++;
          while (j < n && isSpace(html.charCodeAt(j))) j++;
          const q = html.charCodeAt(j);
          if (q === DQ || q === SQ) {
            const close = html.indexOf(q === DQ ? '"' : "'", j + 1);
            const end = close === -1 ? n : close;
            if (wanted) value = html.slice(j + 1, end);
            j = close === -1 ? n : close + 1;
          } else {
            const v0 = j;
            while (j < n) {
              ch = html.charCodeAt(j);
              if (ch === GT || isSpace(ch)) break;
              j++;
            }
            if (wanted) value = html.slice(v0, j);
          }
          if (wanted && value.indexOf(AMP) !== -1) value = decodeHTMLAttribute(value);
          if (wanted && norm !== null) value = norm(value);
        }
        if (!wanted) continue;
        attribs ??= {};
        if (attr !== '__proto__' && !Object.hasOwn(attribs, attr)) attribs[attr] = value;
      }
      if (!done) {
        // Input ended inside the tag: the tag is dropped, as browsers do.
        addText(text(html.slice(textStart, lt)));
        textStart = n;
        i = n;
        break;
      }
      addText(text(html.slice(textStart, lt)));
      const el = openTag(name, attribs ?? NO_ATTRIBS);
      i = j;
      textStart = j;
      if (el === null || VOID.has(name)) continue;
      if (selfClosing && foreign[foreign.length - 1]) {
        pop();
        continue;
      }
      if (RAW_TEXT.has(name)) {
        const end = findEndTag(name, j);
        const raw = html.slice(j, end === -1 ? n : end);
        if (raw.length > 0) el.children.push(RAW_DECODED.has(name) ? text(raw) : raw);
        i = textStart = end === -1 ? n : end;
      }
      continue;
    }
    if (c === SLASH) {
      const c2 = html.charCodeAt(lt + 2);
      if (isAlpha(c2)) {
        let j = lt + 3;
        while (!endsName(html.charCodeAt(j))) j++;
        const name = tagName(html, lt + 2, j);
        const gt = html.indexOf('>', j);
        addText(text(html.slice(textStart, lt)));
        if (gt === -1) {
          i = textStart = n;
          break;
        }
        closeTag(name);
        i = textStart = gt + 1;
        continue;
      }
      // "</>" vanishes; "</3 ...>" is a bogus comment up to '>'.
      if (c2 !== c2) break;
      addText(text(html.slice(textStart, lt)));
      const gt = html.indexOf('>', lt + 2);
      i = textStart = gt === -1 ? n : gt + 1;
      continue;
    }
    if (c === BANG || c === QMARK) {
      addText(text(html.slice(textStart, lt)));
      let end: number;
      if (c === BANG && html.charCodeAt(lt + 2) === DASH && html.charCodeAt(lt + 3) === DASH) {
        const k = html.indexOf('-->', lt + 4);
        end = k === -1 ? n : k + 3;
      } else if (c === BANG && html.startsWith('[CDATA[', lt + 2)) {
        const k = html.indexOf(']]>', lt + 9);
        end = k === -1 ? n : k + 3;
      } else {
        const k = html.indexOf('>', lt + 2);
        end = k === -1 ? n : k + 1;
      }
      i = textStart = end;
      continue;
    }
    // A '<' that opens nothing is text.
    i = lt + 1;
  }
  if (textStart < n) addText(text(html.slice(textStart)));
  return root;
}

/** True for an element child (text children are strings). */
export function isEl(node: Node): node is El {
  return typeof node !== 'string';
}
