/**
 * Export bench: the same 1,000-scenario sweep of the Holbæk case computed by our engine and by
 * HyperFormula recalculating the exported workbook (values typed into Inputs, Results read back),
 * reported as a ratio from one run; and LibreOffice's wall time to recalculate one exported workbook.
 *
 *   npm run bench:export            (SWEEP=1000 by default; SOFFICE=/path/to/soffice optional)
 */
import { mkdtempSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run, caseModel } from '../src/model';
import type { CaseParams } from '../src/model';
import { exportXlsx } from '../src/export';
import { KEY_COL } from '../src/export/inputs';
import { readWorkbook, hyperFormulaOf, hfResults, expectedCase, compareMetrics, rng } from '../test/export/helpers';
import { recalcAll, sofficeVersion } from '../test/export/libreoffice';

const N = Number(process.env.SWEEP ?? 1000);

async function main(): Promise<void> {
  const base = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
  const r = rng(1);
  // Scalar inputs only: the workbook's structure (horizon, vector lengths) stays that of the preset.
  const scenarios = Array.from({ length: N }, () => ({
    successRate: 0.3 + 0.25 * r(),
    baselineRate: 0.15 + 0.15 * r(),
    dropoutRate: 0.2 * r(),
    persistence: 0.6 + 0.4 * r(),
    gainKommune: 60_000 + 60_000 * r(),
    gainRegion: 5_000 + 10_000 * r(),
    gainStat: 20_000 + 30_000 * r(),
    discountRate: 0.06 * r(),
  }));

  // Engine: validation + evaluation per scenario, as every caller of the model does it.
  let t0 = process.hrtime.bigint();
  const engine = scenarios.map((s) => run(caseModel, [{ preset: 'holbaek-ips' }, { values: s }]));
  const engineMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const bytes = await exportXlsx('case', base);
  t0 = process.hrtime.bigint();
  const book = await readWorkbook(bytes);
  const hf = hyperFormulaOf(book);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const inputs = hf.getSheetId('Inputs')!;
  const rowOf = (key: string) => book.sheets.Inputs.findIndex((row) => row[KEY_COL] === key);
  const keys = Object.keys(scenarios[0]) as (keyof (typeof scenarios)[0])[];
  const rows = keys.map(rowOf);
  const sheetResults: ReturnType<typeof hfResults>[] = [];
  t0 = process.hrtime.bigint();
  for (const s of scenarios) {
    hf.batch(() => keys.forEach((k, i) => hf.setCellContents({ sheet: inputs, row: rows[i], col: KEY_COL + 1 }, s[k])));
    sheetResults.push(hfResults(hf));
  }
  const hfMs = Number(process.hrtime.bigint() - t0) / 1e6;

  let mismatches = 0;
  engine.forEach((e, i) => {
    if (compareMetrics(expectedCase(e.params as CaseParams), sheetResults[i]).length) mismatches++;
  });

  const version = sofficeVersion();
  const dir = mkdtempSync(join(tmpdir(), 'dsi-export-bench-'));
  mkdirSync(join(dir, 'out'));
  const one = join(dir, 'holbaek-ips.xlsx');
  writeFileSync(one, bytes);
  const loOneMs = recalcAll([one], join(dir, 'out'));
  const many = Array.from({ length: 20 }, (_, i) => join(dir, `copy-${i}.xlsx`));
  many.forEach((f) => writeFileSync(f, bytes));
  mkdirSync(join(dir, 'out20'));
  const loManyMs = recalcAll(many, join(dir, 'out20'));

  const metrics = book.sheets.Results.length - 1;
  console.log(`Export bench: ${N} scenarios of holbaek-ips (8 scalar inputs changed; ${metrics} Results metrics read each time)`);
  console.log(`  engine (validate + evaluate):            ${engineMs.toFixed(1)} ms  (${((engineMs * 1000) / N).toFixed(1)} us/scenario)`);
  console.log(`  HyperFormula (edit Inputs, read Results): ${hfMs.toFixed(1)} ms  (${((hfMs * 1000) / N).toFixed(1)} us/scenario); loading the workbook once: ${loadMs.toFixed(1)} ms`);
  console.log(`  ratio HyperFormula / engine:             ${(hfMs / engineMs).toFixed(1)}x`);
  console.log(`  scenarios where HyperFormula and the engine disagree (rel 1e-9, abs 1e-6 DKK): ${mismatches}`);
  console.log(`  LibreOffice (${version}), fresh profile, recalculate one workbook: ${(loOneMs / 1000).toFixed(2)} s wall (incl. start-up)`);
  console.log(`  LibreOffice, 20 workbooks in one run: ${(loManyMs / 1000).toFixed(2)} s wall (${(loManyMs / 20 / 1000).toFixed(2)} s each)`);
  if (mismatches > 0) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
