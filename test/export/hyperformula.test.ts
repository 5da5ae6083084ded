/**
 * The exported workbooks, read back from the .xlsx bytes and recalculated by HyperFormula, agree
 * with the engine on every Results metric (relative 1e-9; absolute 1e-6 DKK), for the presets and
 * for seeded random scenarios; and they agree again after Inputs are edited in the spreadsheet.
 */
import JSZip from 'jszip';
import { run, caseModel, fundModel, contractModel, repaymentShares, caseParamMeta, fundParamMeta, validate, evaluateCase } from '../../src/model';
import type { CaseParams, FundParams } from '../../src/model';
import { exportXlsx, outcomeFundPlan, planToXlsx } from '../../src/export';
import { KEY_COL } from '../../src/export/inputs';
import { readWorkbook, hyperFormulaOf, hfResults, expectedCase, expectedFund, compareMetrics, rng, randomCase, randomFund } from './helpers';

// Generous: 120 exports and recalculations take about 7 s alone, longer beside the LibreOffice suite.
jest.setTimeout(120_000);

async function caseCheck(p: CaseParams) {
  const book = await readWorkbook(await exportXlsx('case', p));
  const hf = hyperFormulaOf(book);
  return { book, hf, results: hfResults(hf), bad: compareMetrics(expectedCase(p), hfResults(hf)) };
}
async function fundCheck(p: FundParams) {
  const book = await readWorkbook(await exportXlsx('fund', p));
  const hf = hyperFormulaOf(book);
  return { book, hf, results: hfResults(hf), bad: compareMetrics(expectedFund(p), hfResults(hf)) };
}

describe('presets in HyperFormula', () => {
  test('holbaek-ips: every metric agrees; break-even year 4 and DKK 8,154,106 in total (MODEL.md)', async () => {
    const { results, bad } = await caseCheck(run(caseModel, [{ preset: 'holbaek-ips' }]).params);
    expect(bad).toEqual([]);
    expect(results.get('actors.kommune.breakEvenYear')).toBe(4);
    expect(Math.round(results.get('actors.total.presentValue') as number)).toBe(8_154_106);
    // MODEL.md: CN_kommune -1.30m in year 3, +0.43m in year 4; S = 180 x 0.9 x 0.16 = 25.92.
    expect((results.get('actors.kommune.cumulative.3') as number) / 1e6).toBeCloseTo(-1.3, 2);
    expect((results.get('actors.kommune.cumulative.4') as number) / 1e6).toBeCloseTo(0.43, 2);
    expect(results.get('netSuccesses')).toBeCloseTo(25.92, 10);
    // Region and state bear no cost: no benefit-cost ratio.
    expect(results.get('actors.region.benefitCostRatio')).toEqual({ error: '#N/A' });
  });

  test('holbaek-ips-low has no municipal break-even (#N/A); holbaek-ips-high breaks even in year 3', async () => {
    const low = await caseCheck(run(caseModel, [{ preset: 'holbaek-ips-low' }]).params);
    expect(low.bad).toEqual([]);
    expect(low.results.get('actors.kommune.breakEvenYear')).toEqual({ error: '#N/A' });
    const high = await caseCheck(run(caseModel, [{ preset: 'holbaek-ips-high' }]).params);
    expect(high.bad).toEqual([]);
    expect(high.results.get('actors.kommune.breakEvenYear')).toBe(3);
  });

  test('dsi-fund-25m: every metric agrees with the engine and the report figures of MODEL.md', async () => {
    const { results, bad } = await fundCheck(run(fundModel, [{ preset: 'dsi-fund-25m' }]).params);
    expect(bad).toEqual([]);
    // 25m / (6.9m / 180) = 652.17 people; invested 25.00, 5.75, 7.07 ... m; total 70.38m; employed 734.4; 17.6 partnerships.
    expect(results.get('peopleHelped.1')).toBeCloseTo(25e6 / (6.9e6 / 180), 8);
    expect(results.get('invested.2')).toBeCloseTo(25e6 * 1.15 / 5, 6);
    expect((results.get('totalInvested') as number) / 1e6).toBeCloseTo(70.38, 2);
    expect(results.get('employed') as number).toBeCloseTo(734.4, 1);
    expect(results.get('partnerships') as number).toBeCloseTo(17.6, 1);
    expect(Math.round(results.get('cumulativePeople.6') as number)).toBe(1836);
    // Vintage IRR i solves sum_{k=1..5} 0.23 (1+i)^-k = 1 (4.85 %).
    const i = results.get('vintageIrr') as number;
    let pv = 0;
    for (let k = 1; k <= 5; k++) pv += 0.23 * Math.pow(1 + i, -k);
    expect(pv).toBeCloseTo(1, 10);
  });
});

describe('random scenarios in HyperFormula (seeded)', () => {
  test('60 case scenarios: every metric agrees', async () => {
    const r = rng(20240501);
    const failures: string[] = [];
    let noBreakEven = 0;
    let vectors = 0;
    for (let i = 0; i < 60; i++) {
      const p = randomCase(r);
      const { bad } = await caseCheck(p);
      if (bad.length) failures.push(`scenario ${i} ${JSON.stringify(p)}: ${bad.slice(0, 5).join('; ')}`);
      if (evaluateCase(p).actors.kommune.breakEvenYear === null) noBreakEven++;
      if (Array.isArray(p.discountRate)) vectors++;
    }
    expect(failures).toEqual([]);
    // The sample covers both kinds of break-even result and discount schedules.
    expect(noBreakEven).toBeGreaterThan(5);
    expect(vectors).toBeGreaterThan(5);
  });

  test('60 fund scenarios: every metric agrees (vintageIrr #N/A when repaymentMultiple is 0)', async () => {
    const r = rng(777);
    const failures: string[] = [];
    let zeroMultiple = 0;
    for (let i = 0; i < 60; i++) {
      const p = randomFund(r);
      if (p.repaymentMultiple === 0) zeroMultiple++;
      const { bad } = await fundCheck(p);
      if (bad.length) failures.push(`scenario ${i} ${JSON.stringify(p)}: ${bad.slice(0, 5).join('; ')}`);
    }
    expect(failures).toEqual([]);
    expect(zeroMultiple).toBeGreaterThan(0);
  });
});

describe('the workbook is a model, not a table of numbers', () => {
  test('editing Inputs in the spreadsheet gives the engine result for the edited parameters', async () => {
    const base = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
    const { hf, book } = await caseCheck(base);
    const inputs = hf.getSheetId('Inputs')!;
    const rowOf = (key: string) => book.sheets.Inputs.findIndex((row) => row[KEY_COL] === key);
    const edits: Record<string, number> = { successRate: 0.47, gainStat: 41_000, persistence: 0.7, discountRate: 0.035, dropoutRate: 0.2 };
    for (const [k, v] of Object.entries(edits)) hf.setCellContents({ sheet: inputs, row: rowOf(k), col: KEY_COL + 1 }, v);
    // costProfile is a row: 0.6, 0.4 -> 0.5, 0.5
    hf.setCellContents({ sheet: inputs, row: rowOf('costProfile'), col: KEY_COL + 2 }, 0.5);
    hf.setCellContents({ sheet: inputs, row: rowOf('costProfile'), col: KEY_COL + 1 }, 0.5);
    const edited = validate(caseModel, { ...base, ...edits, costProfile: [0.5, 0.5] });
    expect(compareMetrics(expectedCase(edited), hfResults(hf))).toEqual([]);
    expect(hfResults(hf).get('actors.total.presentValue')).not.toBeCloseTo(evaluateCase(base).actors.total.presentValue, 0);
  });

  test('every parameter has a defined name; the Model sheet has no numbers typed in except the first year number', async () => {
    for (const [kind, meta, params] of [
      ['case', caseParamMeta, run(caseModel, [{ preset: 'holbaek-ips' }]).params],
      ['fund', fundParamMeta, run(fundModel, [{ preset: 'dsi-fund-25m' }]).params],
    ] as const) {
      const book = await readWorkbook(await exportXlsx(kind, params));
      const names = new Set(book.names.map((n) => n.name));
      for (const m of meta) expect(names.has(m.key)).toBe(true);
      const constants: string[] = [];
      book.sheets.Model.forEach((row, r) =>
        row.forEach((v, c) => {
          if (c > 0 && typeof v === 'number') constants.push(`${String.fromCharCode(65 + c)}${r + 1}=${v}`);
        }),
      );
      // The year counter starts at 1 (fund: also the vintage counter at 0); the first two rows hold the input check's message.
      expect(constants).toEqual(kind === 'case' ? ['B8=1'] : ['B5=1', 'B22=0']);
      for (const row of book.sheets.Results.slice(1)) expect(String(row[1]).startsWith('=')).toBe(true);
      // metric | value | label: the label is text, never a formula.
      expect(book.sheets.Results.slice(1).every((row) => row.length <= 3 && !String(row[2]).startsWith('='))).toBe(true);
      expect(book.sheets.Results[0]).toEqual(['metric', 'value', 'Label', '=inputMessage']);
    }
  });

  test('formulas use only functions that Excel, LibreOffice and HyperFormula all have', async () => {
    const allowed = new Set(['IF', 'IFERROR', 'ISNUMBER', 'ISBLANK', 'AND', 'OR', 'COUNT', 'INT', 'ABS', 'INDEX', 'MATCH', 'MIN', 'MAX', 'COLUMNS', 'NA', 'SUM', 'SUMIFS', 'SUMPRODUCT', 'IRR']);
    const contract = run(contractModel, [{ preset: 'holbaek-ips-contract' }]);
    const outcomeFund = outcomeFundPlan(run(fundModel, [{ preset: 'dsi-fund-25m' }]).params, { shares: repaymentShares(contract.result), label: 'c' });
    for (const [kind, bytes] of [
      ['case', await exportXlsx('case', validate(caseModel, { ...run(caseModel, [{ preset: 'holbaek-ips' }]).params, discountRate: [0.04, 0.03] }))],
      ['fund', await exportXlsx('fund', run(fundModel, [{ preset: 'dsi-fund-25m' }]).params)],
      ['contract', await exportXlsx('contract', contract.params)],
      ['fund', await planToXlsx(outcomeFund)],
    ] as const) {
      const book = await readWorkbook(bytes);
      const used = new Set<string>();
      for (const rows of Object.values(book.sheets)) {
        for (const row of rows) for (const v of row) if (typeof v === 'string' && v.startsWith('=')) for (const m of v.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
      }
      expect([...used].filter((f) => !allowed.has(f))).toEqual([]);
      expect(used.has('IRR') || kind === 'case').toBe(true);
    }
  });

  test('the file holds a line chart of cumulative net per actor, drawn on the Model sheet', async () => {
    const zip = await JSZip.loadAsync(await exportXlsx('case', run(caseModel, [{ preset: 'holbaek-ips' }]).params));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:lineChart>');
    const refs = [...chart.matchAll(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    const book = await readWorkbook(await exportXlsx('case', run(caseModel, [{ preset: 'holbaek-ips' }]).params));
    const byName = new Map(book.names.map((n) => [n.name, n.ref]));
    expect(refs).toEqual(['Kommune', 'Region', 'Stat', 'Total'].map((a) => byName.get(`cumulative${a}`)));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const withDrawing = [];
    for (const s of sheets) if ((await zip.file(s)!.async('string')).includes('<drawing ')) withDrawing.push(s);
    // About, Inputs, Model, Results: the chart is on the third sheet.
    expect(withDrawing).toEqual(['xl/worksheets/sheet3.xml']);
  });
});
