// A human-readable summary per bulletin, for a terminal.
import { Chalk } from 'chalk';
import type { BatchResult } from '../types.js';
import { isErrorRecord } from '../types.js';
import type { Formatter, FormatterOptions } from './index.js';

const MAX_CONTEXT = 90;

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

function kb(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

/** Summary blocks: headline, provenance, metadata, then each entity list. */
export function textFormatter(opts: FormatterOptions): Formatter {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  return {
    start: () => '',
    end: () => '',
    record(r: BatchResult) {
      const s = r.source;
      const lines: string[] = [];
      if (isErrorRecord(r)) {
        lines.push(`${c.red.bold('✗')} ${c.bold(s.input)}`);
        lines.push(`  ${c.red(r.error.code)} ${r.error.message}`);
        return `${lines.join('\n')}\n\n`;
      }
      lines.push(`${c.green.bold('■')} ${c.bold(r.title ?? '(no title)')}`);
      const enc = s.encoding ? `${s.encoding.name} (${s.encoding.reason})` : 'unknown encoding';
      lines.push(c.dim(`  ${s.url ?? s.input} · ${s.format} · ${enc} · ${kb(s.bytes)}`));
      const meta: string[] = [];
      if (r.publishedAt) meta.push(`published ${r.publishedAt}${r.publishedFrom ? c.dim(` (${r.publishedFrom})`) : ''}`);
      if (r.authors.length) meta.push(`by ${r.authors.join(', ')}`);
      if (r.category) meta.push(`in ${r.category}`);
      if (r.portal) meta.push(`portal ${r.portal}`);
      if (r.views !== null) meta.push(`${r.views} views`);
      if (meta.length) lines.push(`  ${meta.join(' · ')}`);
      const words = r.text.split(/\s+/).filter(Boolean).length;
      lines.push(c.dim(`  ${words} words, ${r.captions.length} captions`));

      const section = (title: string, n: number) => lines.push(`  ${c.cyan.bold(title)} ${c.dim(`(${n})`)}`);
      if (r.officials.length) {
        section('Officials', r.officials.length);
        for (const o of r.officials) lines.push(`    ${c.bold(o.name)}${o.titles.length ? ` — ${o.titles.join('; ')}` : ''}`);
      }
      if (r.percentages.length) {
        section('Percentages', r.percentages.length);
        for (const p of r.percentages) {
          const v = `${p.value}${p.points ? ' điểm %' : '%'}`.padStart(8);
          lines.push(`    ${c.yellow(v)}  ${clip(p.context, MAX_CONTEXT)}`);
        }
      }
      if (r.documents.length || r.references.length) {
        section('Documents', r.documents.length + r.references.length);
        for (const d of r.documents) {
          const about = [d.typeName, d.issuerName ?? d.issuer, d.issued].filter(Boolean).join(' · ');
          lines.push(`    ${c.magenta(d.code)}  ${about}`);
        }
        for (const ref of r.references) lines.push(`    ${c.magenta(`${ref.typeName} số ${ref.number}`)}  ${c.dim('(code not given)')}`);
      }
      if (r.dates.length) {
        section('Dates', r.dates.length);
        const shown = r.dates.slice(0, 12).map((d) => `${d.value ?? '?'} ${c.dim(`“${clip(d.text, 30)}”`)}`);
        lines.push(`    ${shown.join(', ')}${r.dates.length > 12 ? c.dim(` … ${r.dates.length - 12} more`) : ''}`);
      }
      for (const w of r.warnings) lines.push(`  ${c.yellow('warning:')} ${w}`);
      return `${lines.join('\n')}\n\n`;
    },
  };
}
