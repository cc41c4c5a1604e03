// `npm run eval -- DIR`: precision/recall/F1 per entity and body kept/leaked per document, over a
// gold folder (shared/gold/*.json) or the fixtures (fixtures/<slug>/meta.json). Floors live in
// test/eval-baseline.json and only move up.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOne } from '../pipeline.js';
import type { BatchResult } from '../types.js';
import { floorsOf, raiseFloors, regressions, scoreDoc, summarize, type DocScore, type GoldDoc } from '../eval/score.js';

const BASELINE = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/eval-baseline.json');

interface Loaded {
  name: string;
  path: string;
  gold: GoldDoc;
}

function load(dir: string): Loaded[] {
  const out: Loaded[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (entry.endsWith('.json') && statSync(p).isFile()) {
      const gold = JSON.parse(readFileSync(p, 'utf8')) as GoldDoc;
      if (!gold.input) continue;
      const input = isAbsolute(gold.input) ? gold.input : resolve(dir, '..', gold.input);
      out.push({ name: basename(input), path: input, gold });
    } else if (statSync(p).isDirectory() && existsSync(join(p, 'meta.json'))) {
      const gold = JSON.parse(readFileSync(join(p, 'meta.json'), 'utf8')) as GoldDoc;
      const input = readdirSync(p).find((f) => f.startsWith('input.'));
      if (input) out.push({ name: entry, path: join(p, input), gold });
    }
  }
  return out;
}

function fmtCounts(c: { tp: number; fp: number; fn: number }): string {
  return `${c.tp}/${c.fp}/${c.fn}`;
}

function printRow(r: DocScore, verbose: boolean): void {
  const flags = Object.entries(r.fields)
    .map(([k, v]) => `${k} ${v ? 'ok' : 'WRONG'}`)
    .join(', ');
  const status = r.found ? '' : ` [no record${r.errorCode ? `: ${r.errorCode}` : ''}]`;
  process.stdout.write(
    `${r.doc}${status}\n  tp/fp/fn officials ${fmtCounts(r.officials)} titles ${fmtCounts(r.titles)} pct ${fmtCounts(r.percentages)} docs ${fmtCounts(r.documents)}; body kept ${r.kept[0]}/${r.kept[1]} leaked ${r.leaked[0]}/${r.leaked[1]}${flags ? `; ${flags}` : ''}\n`,
  );
  if (verbose && Object.keys(r.misses).length) process.stdout.write(`  misses: ${JSON.stringify(r.misses)}\n`);
}

async function mainEval(argv: string[]): Promise<number> {
  const args = argv.filter((a) => !a.startsWith('-'));
  const verbose = argv.includes('-v') || argv.includes('--verbose');
  const check = argv.includes('--check');
  const update = argv.includes('--update-baseline');
  const dir = args[0];
  if (!dir || argv.includes('--help')) {
    process.stderr.write('usage: npm run eval -- DIR [-v] [--check] [--update-baseline]\n  DIR: shared/gold or fixtures\n');
    return 2;
  }
  if (!existsSync(dir)) {
    process.stderr.write(`eval: ${dir}: no such folder\n`);
    return 2;
  }
  const docs = load(dir);
  const rows: DocScore[] = [];
  let errorsRight = 0;
  let errorsWanted = 0;
  for (const d of docs) {
    const rec: BatchResult = await runOne({ kind: 'file', path: d.path });
    if (d.gold.expectError) {
      errorsWanted++;
      const got = 'error' in rec ? rec.error.code : 'a record';
      if (got === d.gold.expectError) errorsRight++;
      process.stdout.write(`${d.name}\n  expects error ${d.gold.expectError}: got ${got}\n`);
      continue;
    }
    const row = scoreDoc(d.name, d.gold, rec);
    rows.push(row);
    printRow(row, verbose);
  }
  const s = summarize(rows);
  const line =
    `overall: records ${s.records}/${s.docs}; F1 officials ${s.officials.f1.toFixed(3)} titles ${s.titles.f1.toFixed(3)} ` +
    `pct ${s.percentages.f1.toFixed(3)} docs ${s.documents.f1.toFixed(3)}; title ${s.title.toFixed(2)} date ${s.published.toFixed(2)} ` +
    `authors ${s.authors.toFixed(2)} issued ${s.issued.toFixed(2)}; body kept ${s.bodyKept.toFixed(2)} leaked ${s.boilerplateLeaked.toFixed(2)}` +
    (errorsWanted ? `; expected errors ${errorsRight}/${errorsWanted}` : '');
  process.stdout.write(`${line}\n`);
  for (const k of ['officials', 'titles', 'percentages', 'documents'] as const) {
    process.stdout.write(`  ${k.padEnd(12)} P ${s[k].p.toFixed(3)}  R ${s[k].r.toFixed(3)}  F1 ${s[k].f1.toFixed(3)}\n`);
  }

  const key = basename(resolve(dir));
  const baseline: Record<string, Record<string, number>> = existsSync(BASELINE)
    ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, Record<string, number>>)
    : {};
  const now = { ...floorsOf(s), expectedErrors: errorsRight };
  let code = 0;
  const floor = baseline[key];
  if (floor) {
    const worse = regressions(now, floor);
    if (worse.length) {
      process.stdout.write(`below the floors in test/eval-baseline.json: ${worse.join(', ')}\n`);
      if (check) code = 1;
    }
  }
  if (update) {
    baseline[key] = raiseFloors(now, floor);
    writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
    process.stdout.write(`floors for "${key}" written to test/eval-baseline.json\n`);
  }
  return code;
}

mainEval(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    process.stderr.write(`eval: ${err.stack ?? err.message}\n`);
    process.exitCode = 2;
  },
);
