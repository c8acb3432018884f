/**
 * Issue 12 findings 7 and 8, measured: time and peak memory of parsing the two hostile uploads —
 * an 18 KB .xlsx with a value in column XFD on 2,000 rows, and 10 MB of newlines as a CSV — each
 * in a fresh process. PARSER names the module whose parseSpreadsheet runs (default: the import's).
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/imports/parse-limits.ts
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

import { zip } from '../../test/support/xlsx-writer';

export function xfdSheet(): Buffer {
  const rows = Array.from(
    { length: 2000 },
    (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`,
  ).join('');
  return zip({
    '[Content_Types].xml': '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml':
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`,
  });
}

const CASES: Record<string, () => Buffer> = {
  // the process and parser alone, for the memory baseline
  baseline: () => Buffer.from('企业名称,统一社会信用代码,类型,产品名称\n'),
  xfd: xfdSheet,
  newlines: () => Buffer.alloc(10 * 1024 * 1024, 0x0a),
};

async function child(name: string, parser: string): Promise<void> {
  const { parseSpreadsheet } = (await import(parser)) as { parseSpreadsheet: (b: Buffer) => Promise<unknown> };
  const data = CASES[name]();
  const started = process.hrtime.bigint();
  let outcome: string;
  try {
    await parseSpreadsheet(data);
    outcome = 'parsed';
  } catch (err) {
    outcome = `refused: ${(err as Error).message.slice(0, 60)}`;
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ name, bytes: data.length, ms: Math.round(ms), maxRssMb: Math.round(maxRssMb), outcome }),
  );
}

function main(): void {
  const parser = resolve(process.env.PARSER ?? 'libs/imports/src/parse');
  for (const name of Object.keys(CASES)) {
    try {
      const out = execFileSync(
        process.execPath,
        ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', __filename, name, parser],
        { encoding: 'utf8', timeout: Number(process.env.TIMEOUT_MS ?? 120_000) },
      );
      process.stdout.write(out);
    } catch (err) {
      console.log(JSON.stringify({ name, outcome: `no answer: ${(err as Error).message.split('\n')[0]}` }));
    }
  }
}

if (process.argv[2]) void child(process.argv[2], process.argv[3]);
else main();
