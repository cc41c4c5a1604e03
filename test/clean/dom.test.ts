import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import { isEl, MAX_DEPTH, parseHtml, type El, type Node } from '../../src/clean/dom.js';

/** A compact outline: elements as name[attr=value,...](children), text as "quoted". */
function outline(nodes: Node[]): string {
  return nodes
    .map((c) => {
      if (typeof c === 'string') return JSON.stringify(c);
      const attrs = Object.entries(c.attribs).map(([k, v]) => `${k}=${v}`).join(',');
      return `${c.name}${attrs ? `[${attrs}]` : ''}(${outline(c.children)})`;
    })
    .join(' ');
}
const tree = (html: string): string => outline(parseHtml(html).children);

/** The same outline of htmlparser2's DOM (comments and directives left out, text runs merged). */
function reference(html: string): string {
  const walk = (nodes: AnyNode[]): Node[] => {
    const out: Node[] = [];
    for (const c of nodes) {
      if (c.type === 'text') {
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += c.data;
        else out.push(c.data);
      } else if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
        out.push({ name: c.name, attribs: c.attribs, children: walk(c.children), parent: null, data: null });
      }
    }
    return out;
  };
  const doc = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true });
  return outline(walk(doc.children));
}

function depthOf(root: El): number {
  let max = 0;
  const stack: Array<[El, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, d] = stack.pop() as [El, number];
    max = Math.max(max, d);
    for (const c of el.children) if (isEl(c)) stack.push([c, d + 1]);
  }
  return max;
}

describe('parseHtml', () => {
  it('builds elements with lower-cased names and attributes, first value winning', () => {
    expect(tree('<DIV Class="Tin-Bai" class="other" ID=main data-x>Chào</DIV>')).toBe('div[class=Tin-Bai,id=main,data-x=](“Chào”)'.replace(/[“”]/g, '"'));
  });

  it('closes open paragraphs, list items and cells the way htmlparser2 does', () => {
    expect(tree('<p>Một<p>Hai<div>Ba</div>')).toBe('p("Một") p("Hai") div("Ba")');
    expect(tree('<ul><li>Một<li>Hai</ul>')).toBe('ul(li("Một") li("Hai"))');
    expect(tree('<table><tr><td>1<td>2<tr><td>3</table>')).toBe('table(tr(td("1") td("2")) tr(td("3")))');
    expect(tree('<div>Một</p>Hai</div>')).toBe('div("Một" p() "Hai")');
    expect(tree('Dòng một</br>Dòng hai')).toBe('"Dòng một" br() "Dòng hai"');
  });

  it('keeps script and style text as written and decodes title and textarea', () => {
    expect(tree('<script>if (a < b && c) document.write("</div>")</script><p>x</p>')).toBe(
      'script("if (a < b && c) document.write(\\"</div>\\")") p("x")',
    );
    expect(tree('<script>a</scripts>b</SCRIPT >c')).toBe('script("a</scripts>b") "c"');
    expect(tree('<title>Tin &amp; bài</title>')).toBe('title("Tin & bài")');
    expect(tree('<style>p{}')).toBe('style("p{}")');
  });

  it('decodes entities in text and attribute values', () => {
    expect(tree('<a title="Ph&aacute;t &quot;x&quot;" href="?a=1&copy=2">T&#7881;nh &amp Ủy&nbsp;</a>')).toBe(
      'a[title=Phát "x",href=?a=1&copy=2]("Tỉnh & Ủy\u00a0")',
    );
  });

  it('drops comments, declarations, CDATA and processing instructions', () => {
    expect(tree('<!DOCTYPE html><!-- <p>ẩn</p> --><?xml x?><![CDATA[ y ]]><p>hiện</p>')).toBe('p("hiện")');
    expect(tree('<p>a</p><!-- never closed <p>b</p>')).toBe('p("a")');
  });

  it('treats a "<" that opens nothing as text', () => {
    expect(tree('<p>3 < 5 và 1 <= 2 </ 3</p>')).toBe('p("3 < 5 và 1 <= 2 ")');
    expect(tree('<p>a <3 b</p>')).toBe('p("a <3 b")');
  });

  it('self-closes only inside svg and math', () => {
    expect(tree('<div/><span>x</span>')).toBe('div(span("x"))');
    expect(tree('<svg><path d="M0"/><g/></svg><p>y</p>')).toBe('svg(path[d=M0]() g()) p("y")');
  });

  it('keeps a quoted ">" inside an attribute and survives an unclosed quote', () => {
    expect(tree('<a title="a > b">x</a>')).toBe('a[title=a > b]("x")');
    expect(tree('<p>trước</p><a title="never closed>x</a>')).toBe('p("trước")');
  });

  it('keeps the text before a tag cut off at the end of input', () => {
    expect(tree('<p>Hội nghị tổng kết<a href="/x')).toBe('p("Hội nghị tổng kết")');
    expect(tree('<p>Hội nghị</p')).toBe('p("Hội nghị")');
  });

  it('ignores an attribute named __proto__', () => {
    const el = parseHtml('<p __proto__="x" class="a">t</p>').children[0] as El;
    expect(Object.getPrototypeOf(el.attribs)).toBe(Object.prototype);
    expect(el.attribs.class).toBe('a');
  });

  it('links parents, with null above top-level elements', () => {
    const root = parseHtml('<div><p>a</p></div>');
    const div = root.children[0] as El;
    const p = div.children[0] as El;
    expect(div.parent).toBeNull();
    expect(p.parent).toBe(div);
  });

  it('stops nesting at MAX_DEPTH and keeps every word of deeper text', () => {
    const levels = 20000;
    const html = '<div>'.repeat(levels) + 'sâu nhất' + '</div>'.repeat(levels) + '<p>sau</p>';
    const root = parseHtml(html);
    expect(depthOf(root)).toBe(MAX_DEPTH);
    expect(tree(html).endsWith('p("sau")')).toBe(true);
    expect(tree(html)).toContain('"sâu nhất"');
  });

  it('builds the same tree as htmlparser2 on every HTML fixture', () => {
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    let n = 0;
    for (const slug of readdirSync(dir)) {
      for (const name of ['input.html', 'input.htm']) {
        const file = join(dir, slug, name);
        if (!existsSync(file)) continue;
        const html = new TextDecoder().decode(readFileSync(file));
        expect(tree(html), slug).toBe(reference(html));
        n++;
      }
    }
    expect(n).toBeGreaterThan(40);
  });
});

describe('parseHtml with an attribute list', () => {
  it('keeps only the listed attributes, whatever their case', () => {
    const el = parseHtml('<a HREF="/tin" Class="x" onclick="go()" data-id=7 ID=a1>t</a>', { attributes: new Set(['class', 'id']) })
      .children[0] as El;
    expect(el.attribs).toEqual({ class: 'x', id: 'a1' });
  });

  it('builds the same tree otherwise, with skipped values that hold ">" or entities', () => {
    const html = '<div title="a > b &amp; c" class=k><p data-x=\'<p>\'>x</p></div>';
    const keep = parseHtml(html, { attributes: new Set(['class']) });
    expect(outline(keep.children)).toBe('div[class=k](p("x"))');
  });

  it('covers every attribute the cleaner reads', async () => {
    const { READ_ATTRIBUTES } = await import('../../src/clean/html.js');
    const src = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'clean', 'html.ts'), 'utf8');
    const names = new Set<string>();
    for (const m of src.matchAll(/\b(?:attribs|a)(?:\.([a-z][\w]*)|\['([a-z-]+)'\])/g)) names.add(m[1] ?? m[2]);
    expect(names.size).toBeGreaterThan(10);
    for (const n of names) expect(READ_ATTRIBUTES.has(n), n).toBe(true);
  });
});
