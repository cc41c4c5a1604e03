// The JSON Schema documents the record: every record and error record the pipeline makes conforms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { runOne } from '../src/pipeline.js';
import { ROOT } from './helpers.js';
import { HTML_BULLETIN, TEXT_BULLETIN } from './samples.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'src/schema/record.schema.json'), 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

describe('record schema', () => {
  const cases: [string, Uint8Array][] = [
    ['text bulletin', Buffer.from(TEXT_BULLETIN)],
    ['html bulletin', Buffer.from(HTML_BULLETIN)],
    ['empty input', Buffer.alloc(0)],
    ['binary input', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3])],
  ];
  for (const [name, bytes] of cases) {
    it(`${name} conforms`, async () => {
      const rec = await runOne({ kind: 'bytes', name, bytes });
      const ok = validate(rec);
      expect(ok, ajv.errorsText(validate.errors)).toBe(true);
    });
  }
  it('a missing file conforms', async () => {
    const rec = await runOne({ kind: 'file', path: join(ROOT, 'no-such-file.html') });
    expect(validate(rec), ajv.errorsText(validate.errors)).toBe(true);
  });
});
