// The line engine: text input line by line, and HTML content blocks, go through the same
// steps: rule groups → date line → breadcrumb → title → lead → byline → captions → body.
import { collapseSpaces, foldForCompare } from '../normalize/text.js';
import { CRUMB_HOME_RE, LINE_RULES, isMenuLine, isToolbarLine, isToolbarish, type LineRule } from './rules.js';
import { parseDateLine, parseViews, splitDateLine, type DateLine } from './dates.js';
import { hasCreditLabel, isCreditLine, isNewsroomSignature, isOfficeSignature, isPhotoCreditLine, parseByline } from './byline.js';

/** What kind of element a block came from. */
export type BlockKind = 'p' | 'h' | 'li' | 'tr' | 'quote' | 'caption' | 'pre';

/** One line of text input or one block-level run of text from HTML. */
export interface Block {
  text: string;
  kind: BlockKind;
  /** Blank lines before this block in text input; 2 or more is where an image was. */
  gap: number;
  /** An image came right before this block (HTML). */
  afterImage: boolean;
  /** The whole block is emphasised or centred (caption or byline styling). */
  styled: boolean;
}

/** What the page's metadata already says, so the lines need not guess it. */
export interface LineHints {
  title: string | null;
  lead: string | null;
  /** Extra line rules from the portal profile. */
  rules: readonly LineRule[];
}

/** The article as the line engine sees it. */
export interface LineAnalysis {
  title: string | null;
  lead: string | null;
  /** Paragraphs in order, the lead first when there is one. */
  body: string[];
  captions: string[];
  authors: string[];
  date: DateLine | null;
  category: string | null;
  views: number | null;
}

type Role = 'content' | 'drop' | 'date' | 'crumb' | 'title' | 'lead' | 'caption' | 'byline' | 'credit';

interface Item {
  block: Block;
  text: string;
  /** foldForCompare(text), computed once. */
  key: string;
  role: Role;
  date: DateLine | null;
}

// Bullets a portal's text export leaves at line starts: "• Đường dây nóng", "▪ English".
const BULLET_RE = /^[•·▪►◦●■□▸◆*]+\s*/u;
// Breadcrumb separators: "Tin trong tỉnh >> Chính trị", "Trang chủ » Tin tức › Thời sự"
const CRUMB_SEP_RE = /\s*(?:>>|»|›|>|→)\s*/u;
// "Trang chủ / Tin tức / Thời sự", "Home | Tin tức": "/" and "|" only count after a home item.
const CRUMB_HOME_SEP_RE = /^(?:Trang chủ|Trang nhất|Home)\s*[/|]\s*/iu;
// "You are here" labels before a breadcrumb: "Bạn đang ở:", "Vị trí:", "Đường dẫn:"
const CRUMB_LABEL_RE = /^(?:Bạn đang ở|Bạn đang xem|Vị trí(?: hiện tại)?|Đường dẫn|You are here)\s?:\s*/iu;
// The label's colon and the spaces after it; wide gaps between items of a copied breadcrumb.
const LABEL_END_RE = /\s?:[ \t\u00a0]+/u;
const WIDE_GAP_RE = /[ \t\u00a0]{2,}/gu;
// Any separator once a home item opened the line.
const HOME_CRUMB_SEP_RE = /\s*(?:>>|»|›|>|→|\/|\|)\s*/u;
// A spaced slash between section names.
const SLASH_SEP_RE = /\s+\/\s+/u;
const ANY_DIGIT_RE = /\p{N}/u;
// Headline shape: no closing punctuation of a sentence.
const SENTENCE_END_RE = /[.,;:…]$/u;
// A headline starts with a capital, a digit, a quote or a parenthesis.
const HEADLINE_START_RE = /^[\p{Lu}\p{N}"“'(]/u;
// A paragraph that ends like a sentence (or a quotation).
const PARAGRAPH_END_RE = /[.!?…"”]$/u;
// A caption is no question and introduces nothing.
const NOT_CAPTION_END_RE = /[:?]$/u;
// Caption-shaped lines written without an image marker have no closing punctuation.
const CLOSED_RE = /[.!…]$/u;
// A number on its own ("12") is no breadcrumb item.
const DIGITS_RE = /^\d+$/u;
// A sentence boundary inside a block: ". Ch", "! T" (a caption is one sentence).
const INNER_SENTENCE_RE = /[.!?]\s+(?!Ảnh\b)\p{Lu}/u;

// Photo scene openers: "Quang cảnh hội nghị", "Toàn cảnh Hội nghị", "Các đại biểu dự Hội nghị."
const SCENE_RE = /^(?:Quang cảnh|Toàn cảnh|Các đại biểu|Đại biểu|Hình ảnh|Ảnh minh họa|Ảnh minh hoạ|Một góc|Cảnh|Ảnh)(?![\p{L}])/u;
// Positions in a photo: "(người thứ 2 từ trái sang)", "(ngồi giữa)", "(bìa phải)"
const POSITION_RE = /\([^()]{0,30}(?:từ trái|từ phải|bên trái|bên phải|ở giữa|đứng giữa|ngồi giữa|bìa trái|bìa phải)[^()]{0,20}\)/u;
// A credit closing a caption: "(Ảnh: Thu Nga)"
const PHOTO_CREDIT_RE = /\((?:Ảnh|ảnh)\s?:[^()]{1,40}\)\s*\.?$/u;
// A credit after the caption's full stop or dash: ". Ảnh: Minh Tuấn", " - Ảnh: TTXVN"
const TRAILING_CREDIT_RE = /\p{L}[.!]?\s(?:[-–]\s)?(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ)\s?:\s?\p{Lu}[\p{L} .]{1,40}$/u;
// Marks of a written sentence a caption lacks: "6,1%", "54 %", a clause after a colon
// ("... 6 tháng đầu năm: tốc độ ..."), a semicolon, a reported request or purpose ("đề nghị", "để").
const PROSE_MARK_RE = /\p{N}\s?%|\p{N},\p{N}|\p{L}:\s\p{L}|;|(?<![\p{L}])(?:cho biết|nhấn mạnh|đề nghị|yêu cầu|khẳng định|cho rằng|để|nhằm)(?![\p{L}])/u;
// Who is in the picture: an official or a delegation.
const PERSON_RE = /(?<![\p{L}])(?:Đồng chí|đồng chí|Bí thư|Chủ tịch|Phó|Giám đốc|Trưởng|Lãnh đạo|lãnh đạo|Đại biểu|đại biểu|Thủ tướng|Bộ trưởng|Đoàn công tác|đoàn công tác|Tổ công tác|Ông|Bà)(?![\p{L}])/u;
// What people do in a photo.
const PHOTO_VERB_RE = /(?<![\p{L}])(?:phát biểu|trao|tặng|thăm|kiểm tra|khảo sát|chụp ảnh|dự|chủ trì|tham quan|làm việc|báo cáo|tham luận|thảo luận|động viên|chúc mừng|trò chuyện|hỏi thăm|thắp hương|dâng hương|cắt băng|bấm nút|trồng cây|biểu quyết|ký kết|tiếp|định hướng|chỉ đạo|kết luận|giới thiệu|nghe)(?![\p{L}])/u;
// "... tại Hội nghị", "... tại buổi làm việc", "... tại lễ khai mạc"
const AT_EVENT_RE = /tại (?:Hội nghị|hội nghị|buổi [\p{L} ]{1,30}|[Ll]ễ [\p{L} ]{1,40}|[Đđ]ại hội|[Kk]ỳ họp|phiên [\p{L} ]{1,30}|[Hh]ội thảo|[Tt]ọa đàm)\.?$/u;

function stripBullet(s: string): string {
  return s.replace(BULLET_RE, '').trim();
}

function matchRule(text: string, rules: readonly LineRule[]): LineRule | null {
  for (const r of rules) {
    if (text.length <= r.maxLength && r.re.test(text)) return r;
  }
  return null;
}

/** The category a breadcrumb line names ("Tin trong tỉnh >> Chính trị" → "Tin trong tỉnh > Chính trị"), or null. */
export function parseCrumb(line: string): string | null {
  if (line.length > 160) return null;
  const label = CRUMB_LABEL_RE.exec(line);
  const s = label ? line.slice(label[0].length) : line;
  const home = CRUMB_HOME_SEP_RE.exec(s);
  let sep: RegExp | null = home ? HOME_CRUMB_SEP_RE : CRUMB_SEP_RE.test(s) ? CRUMB_SEP_RE : null;
  // "Kinh tế / Lâm nghiệp": a slash between capitalised section names (no dates, no numbers).
  if (!sep && SLASH_SEP_RE.test(s) && !ANY_DIGIT_RE.test(s)) sep = SLASH_SEP_RE;
  if (!sep && !label) return null;
  const parts = (sep ? s.split(sep) : [s]).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < (label ? 1 : 2)) return null;
  // A menu bar ("Trang chủ | Giới thiệu | Tin tức | Liên hệ") is no breadcrumb.
  if (s.includes('|') && parts.length > 3) return null;
  for (const p of parts) {
    if (p.length > 60 || p.split(' ').length > 8 || SENTENCE_END_RE.test(p) || DIGITS_RE.test(p)) return null;
    if (sep === SLASH_SEP_RE && (!HEADLINE_START_RE.test(p) || p.split(' ').length > 5)) return null;
  }
  const kept = parts.filter((p) => !CRUMB_HOME_RE.test(p));
  return kept.length > 0 ? kept.join(' > ') : null;
}

function isHeadingLike(t: string): boolean {
  if (t.length < 10 || t.length > 300) return false;
  if (t.split(' ').length < 4) return false;
  if (SENTENCE_END_RE.test(t)) return false;
  if (!HEADLINE_START_RE.test(t)) return false;
  return !hasCreditLabel(t);
}

function isLongParagraph(t: string): boolean {
  return t.length >= 160 || (t.length >= 80 && PARAGRAPH_END_RE.test(t));
}

// A caption beside a credit line: one short sentence, no question or list intro, no table row or heading.
const CAPTION_BESIDE_CREDIT_MAX = 220;

function fitsCaption(it: Item): boolean {
  const t = it.text;
  if (it.role !== 'content' || it.block.kind === 'tr' || it.block.kind === 'h') return false;
  if (t.length > CAPTION_BESIDE_CREDIT_MAX || NOT_CAPTION_END_RE.test(t) || INNER_SENTENCE_RE.test(t)) return false;
  return parseByline(t) === null && !isCreditLine(t);
}

/** True when a short line reads like a photo caption (see the regexes above for the signals). */
export function isCaptionLike(b: Block, t: string, imageGap = 2): boolean {
  if (t.length > 220 || NOT_CAPTION_END_RE.test(t) || t.split(' ').length > 40) return false;
  if (INNER_SENTENCE_RE.test(t)) return false;
  if (POSITION_RE.test(t) || PHOTO_CREDIT_RE.test(t)) return true;
  // A closed sentence with figures, a clause after a colon or a reported request is prose.
  if (CLOSED_RE.test(t) && PROSE_MARK_RE.test(t)) return false;
  if (SCENE_RE.test(t) && t.length <= 160) return true;
  // One sentence closed by its photographer: "... phát biểu kết luận. Ảnh: Minh Tuấn"
  if (TRAILING_CREDIT_RE.test(t) && t.length <= 200) return true;
  const person = PERSON_RE.test(t);
  const verb = PHOTO_VERB_RE.test(t);
  // HTML: right under an image, styled (italic, centred) or a person doing something, unclosed.
  if (b.afterImage && t.length <= 180 && (b.styled || (!CLOSED_RE.test(t) && (person || verb)))) return true;
  // Text export: after the blank lines an image left, short and about the picture.
  if (b.gap >= imageGap && t.length <= 180 && (person || verb || t.length <= 100)) return true;
  // No image marker: a person doing something, written without a closing period.
  if (t.length <= 160 && !CLOSED_RE.test(t) && person && (verb || AT_EVENT_RE.test(t))) return true;
  return false;
}

// Words a header date line may carry besides the date and known toolbar words.
const HEADER_DATE_EXTRA_WORDS = 3;
// A section name: capitalised words, maybe joined by " - ", no digits or sentence marks
// ("Xây dựng Đảng", "Văn hóa - Xã hội"), at most six words.
const SECTION_LABEL_RE = /^\p{Lu}\p{Ll}{0,8}(?:(?: - | )\p{L}{1,9}){0,5}$/u;

// Related titles and comment prompts are short; three long paragraphs after a "Xem thêm" or
// "Bình luận" line mean it was a label inside the article, not its end.
const CONTINUES_MIN_LONG = 3;
const CONTINUES_LONG = 200;

function articleContinues(blocks: readonly Block[], from: number): boolean {
  let long = 0;
  const end = Math.min(blocks.length, from + 400);
  for (let i = from; i < end && long < CONTINUES_MIN_LONG; i++) {
    const t = blocks[i].text;
    if (t.length >= CONTINUES_LONG && PARAGRAPH_END_RE.test(t.trimEnd())) long++;
  }
  return long >= CONTINUES_MIN_LONG;
}

// Headings of a box an editor puts inside the article ("Tin liên quan:", "Xem thêm:"); the lists
// under it ("Tin cùng chuyên mục", "Các tin khác") come after the article only.
const INLINE_BOX_RE = /^(?:Tin liên quan|Tin tức liên quan|Tin bài liên quan|Bài liên quan|Bài viết liên quan|Các tin liên quan|Các bài liên quan|Xem thêm|Đọc thêm|Có thể bạn quan tâm|Bạn có thể quan tâm)(?![\p{L}])/iu;
// A related box inside the article holds a few titles; more is a list after the article.
const RELATED_BOX_MAX_TITLES = 4;
// What closes a listed title never: a full stop or a clause mark (headlines may ask or exclaim).
const TITLE_END_RE = /[.:;,…]$/u;
// How far after the article's end a view counter is still looked for.
const VIEWS_AFTER_END = 20;
// The article's counter rules, not a site's visit counter.
const VIEW_RULES: readonly LineRule[] = LINE_RULES.filter((r) => r.action === 'views');
const SITE_VISITS_RE = /truy cập|online|trực tuyến|hôm nay/iu;

// A dash or arrow before a listed title: "- Hà Giang lấy ý kiến ...", "> Họp báo ..."
const LIST_MARK_RE = /^[-–+>»]\s?/u;

function isListTitle(line: string): boolean {
  const t = line.replace(LIST_MARK_RE, '');
  return t.length >= 15 && t.length <= 200 && !TITLE_END_RE.test(t) && HEADLINE_START_RE.test(t) && t.split(' ').length >= 3;
}

/**
 * Where the article resumes after an inline related box ("Tin liên quan:" + 1-4 titles + more
 * paragraphs), or -1 when the box is a list after the article. A list with a summary under each
 * title (title, paragraph, title, paragraph) is no box either.
 */
function relatedBoxEnd(blocks: readonly Block[], from: number, rules: readonly LineRule[]): number {
  let j = from;
  while (j < blocks.length && j - from <= RELATED_BOX_MAX_TITLES && isListTitle(stripBullet(blocks[j].text))) j++;
  const titles = j - from;
  if (titles === 0 || titles > RELATED_BOX_MAX_TITLES || j >= blocks.length) return -1;
  const resumed = stripBullet(blocks[j].text);
  if (!isLongParagraph(resumed) || matchRule(resumed, rules)) return -1;
  if (titles === 1 && j + 2 < blocks.length && isListTitle(stripBullet(blocks[j + 1].text)) && isLongParagraph(stripBullet(blocks[j + 2].text))) return -1;
  return j;
}

/** The most common number of blank lines before a block. */
function usualGap(items: readonly Item[]): number {
  const counts = new Map<number, number>();
  let best = 1;
  let bestCount = 0;
  for (const it of items) {
    const g = Math.min(it.block.gap, 5);
    const c = (counts.get(g) ?? 0) + 1;
    counts.set(g, c);
    if (c > bestCount) {
      best = g;
      bestCount = c;
    }
  }
  return best;
}

/**
 * Runs the line engine over blocks in reading order. Pure; never throws on odd input.
 * Dates are consumed only before the body and after it (a date-only line inside the body stays).
 */
export function analyzeBlocks(blocks: readonly Block[], hints: LineHints): LineAnalysis {
  const rules = hints.rules.length > 0 ? [...hints.rules, ...LINE_RULES] : LINE_RULES;
  const items: Item[] = [];
  let views: number | null = null;
  let category: string | null = null;
  let sectionCategory: string | null = null;
  let bodyStarted = false;
  const headerAuthors: string[] = [];
  // Items of one-line menus ("Tin mới | Thời sự | Xã hội"), folded: the section repeated below names the category.
  const menuItems = new Set<string>();
  // Where the article ended at a related or comments heading.
  let endedAt = -1;

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    const text = stripBullet(block.text);
    if (text.length === 0) continue;
    const rule = matchRule(text, rules);
    if (rule) {
      if (rule.action === 'views') {
        views ??= parseViews(text);
        continue;
      }
      if (rule.action === 'stop') {
        if (!bodyStarted) continue;
        // A related box inside the article: drop it with its titles, unless the article was
        // already signed off (byline or credit just above).
        const last = items.length > 0 ? items[items.length - 1] : null;
        const signed = last !== null && last.role === 'content' && (parseByline(last.text) !== null || isCreditLine(last.text) || isNewsroomSignature(last.text));
        const resume = INLINE_BOX_RE.test(text) && !signed ? relatedBoxEnd(blocks, bi + 1, rules) : -1;
        if (resume > 0) {
          bi = resume - 1;
          continue;
        }
        if (!articleContinues(blocks, bi + 1)) {
          endedAt = bi + 1;
          break;
        }
        continue;
      }
      continue;
    }
    if (isToolbarLine(text)) continue;
    if (block.kind !== 'tr' && isMenuLine(text)) {
      for (const part of text.split('|')) menuItems.add(foldForCompare(part));
      continue;
    }
    const date = parseDateLine(text);
    if (date) {
      if (date.views !== null) views ??= date.views;
      items.push({ block, text, key: '', role: 'date', date });
      continue;
    }
    if (!bodyStarted && block.kind !== 'caption') {
      // "Thu Nga | 06/10/2023 08:00", "Tác giả: Thu Nga - Thứ sáu, 06/10/2023"
      const split = splitDateLine(text);
      const names = split && split.rest.length > 0 ? parseByline(split.rest) : null;
      if (split && names) {
        headerAuthors.push(...names);
        items.push({ block, text, key: '', role: 'date', date: split.date });
        continue;
      }
      // A section name before the date: "Xây dựng Đảng - 05:42, 10/09/2021".
      if (split && text.length <= 100 && split.rest.length > 0 && text.startsWith(split.rest) && SECTION_LABEL_RE.test(split.rest)) {
        sectionCategory ??= split.rest;
        items.push({ block, text, key: '', role: 'date', date: split.date });
        continue;
      }
      // Above the body, a short date line with a few unknown widget words ("... Xem cỡ chữ Bản dịch").
      if (split && text.length <= 80 && split.rest.split(' ').length <= HEADER_DATE_EXTRA_WORDS) {
        items.push({ block, text, key: '', role: 'date', date: split.date });
        continue;
      }
      const crumb = parseCrumb(text);
      if (crumb) {
        category ??= crumb;
        continue;
      }
      // A toolbar with a word no list knows ("Lưu tin In tin Chia sẻ Viber") above the body.
      if (isToolbarish(text)) continue;
    }
    items.push({ block, text, key: foldForCompare(text), role: 'content', date: null });
    if (block.kind !== 'caption' && isLongParagraph(text)) bodyStarted = true;
  }

  // A view counter printed under the related list after the article.
  for (let k = endedAt; endedAt >= 0 && views === null && k < blocks.length && k < endedAt + VIEWS_AFTER_END; k++) {
    const t = stripBullet(blocks[k].text);
    if (t.length <= 40 && !SITE_VISITS_RE.test(t) && matchRule(t, VIEW_RULES)) views = parseViews(t);
  }

  // Where an image was, a text export leaves more blank lines than between paragraphs; when every
  // paragraph is followed by two blank lines, it takes three.
  const imageGap = Math.max(2, usualGap(items) + 1);

  // Title: the hint's line is removed wherever it repeats; otherwise a headline-shaped line
  // before the first long paragraph becomes the title.
  let title = hints.title;
  if (title) {
    const ft = foldForCompare(title);
    for (const it of items) if (it.role === 'content' && it.key === ft) it.role = 'title';
  } else {
    // The headline-shaped line nearest above the first long paragraph: menu and section lines
    // of a text export come before it.
    let pick: Item | null = null;
    for (const it of items) {
      if (it.role !== 'content') continue;
      if (isLongParagraph(it.text) || it.block.kind === 'caption') break;
      // A short scene caption ("Toàn cảnh Hội nghị") above the lead is not the headline.
      if (it.text.length < 60 && isCaptionLike(it.block, it.text, imageGap)) continue;
      if (isHeadingLike(it.text) && !isToolbarish(it.text)) pick = it;
    }
    if (pick) {
      pick.role = 'title';
      title = pick.text;
    }
  }

  // Short lines above the headline are the page header (menus, section names, greetings).
  const titleAt = items.findIndex((it) => it.role === 'title');
  // The section's name printed again just above the headline (or its date line) after the menu
  // listed it: "Chính sách mới" ... "Chính sách mới" / date / headline.
  if (category === null && sectionCategory === null && titleAt > 0) {
    let i = titleAt - 1;
    while (i >= 0 && items[i].role === 'date') i--;
    const label = i >= 0 && items[i].role === 'content' ? items[i] : null;
    if (label && label.text.length <= 40 && SECTION_LABEL_RE.test(label.text)) {
      const k = ` ${label.key} `;
      if (menuItems.has(label.key)) sectionCategory = label.text;
      for (let j = 0; j < i && sectionCategory === null; j++) {
        if (items[j].role === 'content' && ` ${items[j].key} `.includes(k)) {
          sectionCategory = label.text;
          break;
        }
      }
    }
  }
  for (let i = 0; i < titleAt; i++) if (items[i].role === 'content' && !isLongParagraph(items[i].text)) items[i].role = 'drop';

  // Dates: keep the first one seen before the body; date lines inside the body are text.
  const firstLong = items.findIndex((it) => it.role === 'content' && isLongParagraph(it.text));
  let lastLong = -1;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].role === 'content' && isLongParagraph(items[i].text)) {
      lastLong = i;
      break;
    }
  }
  // Of the header's dates, the one right after the headline, else the nearest above it (a "today"
  // date can head the page); a date after the body only when the header has none.
  const dateAt: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.role !== 'date') continue;
    const inBody = firstLong >= 0 && i > firstLong && i < lastLong;
    if (inBody) {
      it.role = 'content';
      it.key = foldForCompare(it.text);
    } else dateAt.push(i);
  }
  const headerEnd = firstLong >= 0 ? firstLong : items.length;
  const header = dateAt.filter((i) => i < headerEnd);
  const pickAt =
    header.find((i) => titleAt >= 0 && i > titleAt) ??
    (titleAt >= 0 ? header.filter((i) => i < titleAt).pop() : undefined) ??
    header[0] ??
    dateAt[0];
  const date: DateLine | null = pickAt !== undefined ? items[pickAt].date : null;

  // A name line between the headline and the body is a byline printed at the top.
  for (let i = Math.max(titleAt, 0); i < items.length && (firstLong < 0 || i < firstLong); i++) {
    const it = items[i];
    if (it.role !== 'content' || it.block.kind === 'caption') continue;
    const names = parseByline(it.text);
    if (names) {
      it.role = 'byline';
      headerAuthors.push(...names);
    }
  }

  // Byline: the first name line after the last long paragraph ends the article; what follows it
  // (credits, related titles, footer lines no rule knows) is trailer. Without one, walk back over
  // short name lines and credits at the end.
  const authors: string[] = [];
  let bylineAt = -1;
  if (lastLong >= 0) {
    for (let i = lastLong + 1; i < items.length; i++) {
      const it = items[i];
      if (it.role !== 'content' || it.block.kind === 'caption' || isCreditLine(it.text)) continue;
      if (parseByline(it.text)) {
        bylineAt = i;
        break;
      }
    }
  }
  if (bylineAt >= 0) {
    let names = true;
    for (let i = bylineAt; i < items.length; i++) {
      const it = items[i];
      if (it.role === 'date') continue;
      if (it.role !== 'content') continue;
      const found = names ? parseByline(it.text) : null;
      if (found) {
        it.role = 'byline';
        authors.push(...found);
        continue;
      }
      names = false;
      it.role = isCreditLine(it.text) ? 'credit' : 'drop';
    }
  }
  for (let i = items.length - 1, steps = 0; bylineAt < 0 && i >= 0 && steps < 6; i--) {
    const it = items[i];
    if (it.role !== 'content') continue;
    steps++;
    if (it.block.kind === 'caption') continue;
    // Sources and signatures of a newsroom or an office are no authors and no article text.
    if (isCreditLine(it.text) || isNewsroomSignature(it.text) || (steps <= 2 && isOfficeSignature(it.text))) {
      it.role = 'credit';
      continue;
    }
    const names = parseByline(it.text);
    if (!names) break;
    it.role = 'byline';
    authors.unshift(...names);
  }

  if (authors.length === 0) authors.push(...headerAuthors);

  // Lead: the hint when the page marks one, else the first paragraph.
  let lead: string | null = null;
  let leadPrepend = false;
  if (hints.lead) {
    const fl = foldForCompare(hints.lead);
    // The page's block may add or drop an agency credit around the same sapo.
    const hit = items.find(
      (it) => it.role === 'content' && (it.key === fl || (it.key.length >= 40 && fl.length >= 40 && (it.key.startsWith(fl) || fl.startsWith(it.key)))),
    );
    if (hit) hit.role = 'lead';
    else leadPrepend = true;
    lead = hints.lead;
  } else {
    for (const it of items) {
      if (it.role !== 'content' || it.block.kind === 'caption' || it.block.kind === 'h' || it.block.kind === 'tr') continue;
      if (it.text.length < 60 || isCaptionLike(it.block, it.text, imageGap)) continue;
      if (!isLongParagraph(it.text) && isHeadingLike(it.text)) continue;
      it.role = 'lead';
      lead = it.text;
      break;
    }
  }

  // A photo credit on its own line ("Ảnh: Văn Thắng") sits beside the caption: the credit goes,
  // and the short one-sentence line next to it is the caption (the unclosed one, else the shorter).
  const creditCaptions = new Set<Item>();
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.role !== 'content' || it.block.kind === 'caption' || !isPhotoCreditLine(it.text)) continue;
    // Beside a caption the page marked, the credit belongs to it (as before).
    if ((i > 0 && items[i - 1].block.kind === 'caption') || (i + 1 < items.length && items[i + 1].block.kind === 'caption')) continue;
    it.role = 'credit';
    const prev = i > 0 && fitsCaption(items[i - 1]) ? items[i - 1] : null;
    const next = i + 1 < items.length && fitsCaption(items[i + 1]) ? items[i + 1] : null;
    let cap = prev ?? next;
    if (prev && next) {
      const po = !CLOSED_RE.test(prev.text);
      const no = !CLOSED_RE.test(next.text);
      cap = po !== no ? (po ? prev : next) : next.text.length < prev.text.length ? next : prev;
    }
    if (cap) creditCaptions.add(cap);
  }

  // Captions: marked by the page, repeated verbatim, or caption-shaped.
  const counts = new Map<string, number>();
  for (const it of items) {
    if (it.role !== 'content') continue;
    counts.set(it.key, (counts.get(it.key) ?? 0) + 1);
  }
  const captions: string[] = [];
  const seenCaptions = new Set<string>();
  // Without any image marker (text copies), a photo line is known by its place and shape only.
  const noImages = !items.some((it) => it.block.afterImage || it.block.kind === 'caption');
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.role !== 'content') continue;
    const k = it.key;
    const repeated = (counts.get(k) ?? 0) > 1 && it.text.length <= 300;
    if (it.block.kind === 'caption' || creditCaptions.has(it) || repeated || isCaptionLike(it.block, it.text, imageGap) || (noImages && isPhotoLineBetween(items, i))) {
      it.role = 'caption';
      if (!seenCaptions.has(k)) {
        seenCaptions.add(k);
        captions.push(it.text);
      }
    }
  }

  const body: string[] = [];
  if (lead && leadPrepend) body.push(lead);
  for (const it of items) if (it.role === 'content' || it.role === 'lead') body.push(it.text);
  return { title, lead, body, captions, authors, date, category: category ?? sectionCategory, views };
}

// Hard-wrapped text: lines cut at a fixed column (72, 78, 80 ...) inside a paragraph.
// A continuation line starts lower-case ("năm\ntrước."), with a digit ("số\n08/2016"), or with a
// capitalised name; a line that starts a list item or is a date line is never a continuation.
const LOWER_START_RE = /^\p{Ll}/u;
const LIST_START_RE = /^(?:[-–—+•·▪*]\s|\d{1,2}[.)]\s|[a-zđ][.)]\s)/u;
const FIRST_WORD_RE = /^\S+/u;
// Commas or full stops inside a first line mean a sentence runs on; a headline has none (a colon it may have).
const INNER_PUNCT_RE = /[,.;]/u;
const UPPER_START_RE = /^\p{Lu}/u;
// Lines shorter than this are never wrapped lines; a wrap width is looked for between these.
const WRAP_MIN = 40;
const WRAP_MAX = 140;
// Wrapped lines end within this many columns of the width.
const WRAP_BAND = 15;

/** The column a text is hard-wrapped at, or null when its lines are not wrapped. */
function wrapWidth(lines: readonly string[]): number | null {
  const lens: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const n = lines[i].length;
    if (n >= WRAP_MIN && n <= WRAP_MAX && lines[i + 1].length > 0) lens.push(n);
  }
  if (lens.length < 4) return null;
  lens.sort((a, b) => a - b);
  // The width with the most lines ending just before it (two pointers over the sorted lengths).
  let best = 0;
  let bestW = 0;
  for (let lo = 0, hi = 0; hi < lens.length; hi++) {
    while (lens[lo] < lens[hi] - WRAP_BAND) lo++;
    if (hi - lo + 1 >= best) {
      best = hi - lo + 1;
      bestW = lens[hi];
    }
  }
  if (best < 4 || best * 2 < lens.length) return null;
  // Evidence: several lines in the band go on with a lower-case word.
  let lower = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const n = lines[i].length;
    if (n <= bestW && n >= bestW - WRAP_BAND && LOWER_START_RE.test(lines[i + 1])) lower++;
  }
  return lower >= 2 ? bestW : null;
}

function continues(line: string, next: string, width: number, firstOfBlock: boolean): boolean {
  if (next.length === 0 || line.length > width) return false;
  const word = FIRST_WORD_RE.exec(next)?.[0] ?? '';
  if (line.length + 1 + word.length <= width) return false;
  if (LIST_START_RE.test(next) || line.includes(' | ')) return false;
  if (!LOWER_START_RE.test(next)) {
    if (splitDateLine(next)) return false;
    // A headline above its first paragraph: one line, no punctuation, the next starts a sentence.
    if (firstOfBlock && UPPER_START_RE.test(next) && !INNER_PUNCT_RE.test(line)) return false;
  }
  return true;
}

// A photo line opens with who is in the picture: "Đồng chí ...", "Chủ tịch UBND tỉnh ...", "Các đại biểu ..."
const PHOTO_SUBJECT_RE = /^(?:Đồng chí|Ông|Bà|Chủ tịch|Phó Chủ tịch|Bí thư|Phó Bí thư|Giám đốc|Lãnh đạo|Đại biểu|Các đại biểu|Đoàn công tác|Thủ tướng|Phó Thủ tướng|Bộ trưởng)(?![\p{L}])/u;
// Narrative marks a caption never has: speech verbs, figures, quotes, several clauses.
const NARRATIVE_RE = /\p{N}|["“”]|(?<![\p{L}])(?:cho biết|nhấn mạnh|đề nghị|yêu cầu|khẳng định|cho rằng|chia sẻ|nói|để|nhằm|vì|nên)(?![\p{L}])|;/u;
// Neighbours of a photo line are paragraphs: one long, the other at least half as long (an interview question).
const PHOTO_NEIGHBOUR_MIN = 120;

/** A one-sentence "who does what" line between two long paragraphs, in a page without image marks. */
function isPhotoLineBetween(items: readonly Item[], i: number): boolean {
  const t = items[i].text;
  if (t.length > 160 || !CLOSED_RE.test(t) || INNER_SENTENCE_RE.test(t)) return false;
  if (!PHOTO_SUBJECT_RE.test(t) || !PHOTO_VERB_RE.test(t) || NARRATIVE_RE.test(t)) return false;
  const near = (from: number, step: number): Item | null => {
    // A few steps at most: a run of captions must not make this quadratic.
    for (let j = from, n = 0; j >= 0 && j < items.length && n < 6; j += step, n++) {
      const r = items[j].role;
      if (r === 'content' || r === 'lead') return items[j];
      if (r !== 'caption' && r !== 'drop') return null;
    }
    return null;
  };
  const before = near(i - 1, -1);
  const after = near(i + 1, 1);
  if (before === null || after === null) return false;
  const a = before.text.length;
  const b = after.text.length;
  return Math.min(a, b) >= PHOTO_NEIGHBOUR_MIN / 2 && Math.max(a, b) >= PHOTO_NEIGHBOUR_MIN;
}

/** Splits text input into blocks: one per non-empty line (wrapped lines joined), with the blank lines before it. */
export function textToBlocks(text: string): Block[] {
  // A copied "Bạn đang ở:  Trang chủ  Kỳ họp" keeps its items apart only by runs of spaces.
  const lines = text.split('\n').map((raw) => {
    const t = raw.trim();
    return collapseSpaces(CRUMB_LABEL_RE.test(t) ? t.replace(LABEL_END_RE, ': ').replace(WIDE_GAP_RE, ' › ') : t);
  });
  const width = wrapWidth(lines);
  const out: Block[] = [];
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.length === 0) {
      gap++;
      continue;
    }
    if (width !== null) {
      let first = true;
      while (i + 1 < lines.length && continues(lines[i], lines[i + 1], width, first && (i === 0 || lines[i - 1].length === 0))) {
        line += ' ' + lines[i + 1];
        i++;
        first = false;
      }
    }
    out.push({ text: line, kind: 'p', gap, afterImage: false, styled: false });
    gap = 0;
  }
  return out;
}
