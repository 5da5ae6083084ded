/**
 * Inputs that protect themselves. Every value cell carries Excel data validation built from its
 * field's rule (with the rule and unit as input message and a stop alert); and because validation
 * does not stop a pasted value, every rule is also a formula: while one is broken, the Results and
 * the Model's key figures are #N/A and a message names the rule. Recalculated here by HyperFormula
 * (LibreOffice: export.libreoffice.test.ts). Also: no cell points to a file the reader lacks.
 */
import ExcelJS from 'exceljs';
import { run, caseModel, fundModel, contractModel, caseParamMeta, fundParamMeta, contractParamMeta } from '../../src/model';
import type { ParamMeta } from '../../src/model';
import { casePlan, fundPlan, contractPlan, planToXlsx } from '../../src/export';
import type { WorkbookPlan } from '../../src/export';
import { KEY_COL } from '../../src/export/inputs';
import { readWorkbook, hyperFormulaOf, hfResults, withInputs, BROKEN_CASE } from './helpers';

jest.setTimeout(60_000);

const holbaek = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
const fund = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
const contract = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).params;

async function recalc(plan: WorkbookPlan) {
  const hf = hyperFormulaOf(await readWorkbook(await planToXlsx(plan)));
  const sheet = (name: string) => hf.getSheetId(name)!;
  const results = hf.getSheetId(plan.sheetNames.results)!;
  const named = (n: string) => hf.getCellValue(hf.simpleCellAddressFromString(plan.names.find((x) => x.name === n)!.ref.replace(/\$/g, ''), 0)!);
  return { hf, results: hfResults(hf), message: hf.getCellValue({ sheet: results, row: 0, col: 3 }), named, sheet };
}

const isNA = (v: unknown) => typeof v === 'object' && v !== null && (v as { value?: string }).value === '#N/A';

describe('broken inputs give #N/A and a message naming the rule, never numbers (HyperFormula)', () => {
  test.each(BROKEN_CASE)('case, %s', async (_what, edits, message) => {
    const { results, message: msg, named } = await recalc(withInputs(casePlan(holbaek), edits));
    const values = [...results.values()];
    expect(values.length).toBeGreaterThan(100);
    expect(values.filter((v) => !(typeof v === 'object' && v !== null && 'error' in v && v.error === '#N/A'))).toEqual([]);
    expect(String(msg)).toMatch(/^BROKEN RULE: /);
    expect(String(msg)).toMatch(message);
    // The Model's key figures too.
    for (const n of ['netSuccesses', 'totalCost', 'presentValueTotal', 'breakEvenYearKommune']) expect(isNA(named(n))).toBe(true);
    expect(named('inputsOk')).toBe(0);
  });

  test('the same workbook with valid inputs: numbers, and the message says all rules hold', async () => {
    const { results, message } = await recalc(withInputs(casePlan(holbaek), { successRate: 0.45 }));
    expect(typeof results.get('actors.total.presentValue')).toBe('number');
    expect(message).toBe('All input rules hold.');
  });

  test('Danish workbook: the message is Danish', async () => {
    const { message } = await recalc(withInputs(casePlan(holbaek, { lang: 'da' }), { successRate: 40 }));
    expect(String(message)).toMatch(/^BRUDT REGEL: successRate skal være mellem 0 og 1/);
  });

  test.each([
    ['payer shares that sum to 0.5', { payerShareKommune: 0.5 }, /payerShareKommune \+ payerShareRegion \+ payerShareStat/],
    ['a payment start after the horizon', { paymentStart: 7 }, /paymentStart must be within the horizon/],
    ['a negative cap', { paymentCap: -1 }, /paymentCap/],
  ] as const)('contract, %s', async (_what, edits, message) => {
    const { results, message: msg } = await recalc(withInputs(contractPlan(contract), edits));
    expect([...results.values()].every((v) => typeof v === 'object' && v !== null && 'error' in v && v.error === '#N/A')).toBe(true);
    expect(String(msg)).toMatch(message);
  });

  test.each([
    ['reinvestShare 1.5', { reinvestShare: 1.5 }, /reinvestShare/],
    ['repaymentYears changed (the vintage row has 6 columns)', { repaymentYears: 6 }, /repaymentLag\+repaymentYears must stay 6/],
  ] as const)('fund, %s', async (_what, edits, message) => {
    const { results, message: msg } = await recalc(withInputs(fundPlan(fund), edits));
    expect([...results.values()].every((v) => typeof v === 'object' && v !== null && 'error' in v && v.error === '#N/A')).toBe(true);
    expect(String(msg)).toMatch(message);
  });
});

/** exceljs reads the validations back from the file; one per value cell. */
async function validations(plan: WorkbookPlan) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await planToXlsx(plan)) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(plan.sheetNames.inputs)!;
  const byKey = new Map<string, ExcelJS.DataValidation[]>();
  ws.eachRow((row) => {
    const key = row.getCell(KEY_COL + 1).value;
    if (typeof key !== 'string' || key === 'Parameter') return;
    const list: ExcelJS.DataValidation[] = [];
    for (let c = KEY_COL + 2; c <= KEY_COL + 1 + 30; c++) {
      const cell = row.getCell(c);
      if (cell.value === null && c > KEY_COL + 2) break;
      list.push(cell.dataValidation);
    }
    byKey.set(key, list);
  });
  return byKey;
}

describe('every input cell carries data validation from its rule', () => {
  test.each([
    ['case', casePlan(holbaek, { lang: 'da' }), caseParamMeta],
    ['fund', fundPlan(fund), fundParamMeta],
    ['contract', contractPlan(contract), contractParamMeta],
  ] as [string, WorkbookPlan, readonly ParamMeta[]][])('%s: one validation per value cell, with the rule, the unit and a stop alert', async (_kind, plan, meta) => {
    const byKey = await validations(plan);
    expect([...byKey.keys()].sort()).toEqual(meta.map((m) => m.key).sort());
    for (const m of meta) {
      for (const v of byKey.get(m.key)!) {
        expect(v).toBeDefined();
        expect(v.showErrorMessage).toBe(true);
        expect(v.errorStyle).toBe('stop');
        expect(v.showInputMessage).toBe(true);
        expect(v.prompt).toContain(m.unit[plan.lang]);
        expect(v.error).toContain(m.key);
      }
    }
  });

  test('the rule becomes the validation: whole numbers, decimals between bounds, custom formulas for exclusive bounds', async () => {
    const v = await validations(casePlan(holbaek));
    const one = (k: string) => v.get(k)![0];
    expect(one('horizon')).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 50] });
    expect(one('successRate')).toMatchObject({ type: 'decimal', operator: 'between', formulae: [0, 1] });
    expect(one('costTotal')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], allowBlank: true });
    // participants > 0 and dropoutRate < 1 are exclusive: Excel has no such operator, so a formula says it.
    const row = (k: string) => casePlan(holbaek).sheets[1].rows.findIndex((r) => r[KEY_COL]?.value === k) + 1;
    expect(one('participants')).toMatchObject({ type: 'custom', formulae: [`AND(ISNUMBER(F${row('participants')}),F${row('participants')}>0)`] });
    expect(one('dropoutRate')).toMatchObject({ type: 'custom', formulae: [`AND(ISNUMBER(F${row('dropoutRate')}),F${row('dropoutRate')}>=0,F${row('dropoutRate')}<1)`] });
    // gains may be any number, but not text.
    expect(one('gainStat')).toMatchObject({ type: 'custom', formulae: [`ISNUMBER(F${row('gainStat')})`] });
    // Each cell of a row of values has its own.
    expect(v.get('costProfile')!.map((x) => x.formulae)).toEqual([[0], [0]]);
  });
});

describe('the workbook stands alone', () => {
  test.each(['en', 'da'] as const)('no cell of the %s workbooks points to a file the reader lacks', async (lang) => {
    for (const plan of [casePlan(holbaek, { lang, preset: 'holbaek-ips' }), fundPlan(fund, { lang, preset: 'dsi-fund-25m' }), contractPlan(contract, { lang, preset: 'holbaek-ips-contract' })]) {
      const texts = plan.sheets.flatMap((s) => s.rows.flatMap((r) => r.map((c) => (typeof c?.value === 'string' ? c.value : c?.formula ?? ''))));
      expect(texts.filter((t) => /\.md\b|MODEL|FUNCTIONS|shared\/|https?:|\bsee the (docs|README)/.test(t))).toEqual([]);
    }
  });

  test('the About sheet says what is computed, the caveat, the version and date, and how to recalculate', () => {
    const about = casePlan(holbaek, { lang: 'da', preset: 'holbaek-ips', scenarioName: 'Lav succes 35', date: '2026-12-01' }).sheets[0];
    const text = about.rows.map((r) => String(r[0]?.value ?? '')).join('\n');
    expect(about.name).toBe('Om');
    expect(text).toContain('Scenarie: Lav succes 35');
    expect(text).toContain('S = participants x (1 - dropoutRate) x (successRate - baselineRate)');
    expect(text).toContain('kalibreret');
    expect(text).toMatch(/Eksporteret 2026-12-01 .* version \d+\.\d+\.\d+/);
    expect(text).toContain('Genberegn');
  });
});
