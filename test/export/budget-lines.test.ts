/**
 * Budget lines in the exported workbook (MODEL.md section 8): the staircase as a table on the Inputs
 * sheet, the unit gains as native formulas on the Model sheet, recalculated by HyperFormula and by
 * LibreOffice, against the engine and the section's hand check; and the Inputs stay a parameter table.
 */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run, caseModel, contractModel, validate, mergeInput, parseParameterTable } from '../../src/model';
import type { CaseParams, ContractParams } from '../../src/model';
import { exportXlsx } from '../../src/export';
import { KEY_COL } from '../../src/export/inputs';
import { readWorkbook, hyperFormulaOf, hfResults, expectedCase, expectedContract, compareMetrics, cachedSheet, rng } from './helpers';
import { sofficeVersion, recalcAll } from './libreoffice';

jest.setTimeout(180_000);

const HAND_LINE = { id: 'hand-check', kommune: 4000, region: 0, stat: 0, priceYear: 2024, staircase: true, source: 'section 8 hand check' };
const hand = (): CaseParams =>
  run(caseModel, [{ values: { participants: 10, costTotal: 0, successRate: 1, horizon: 3, prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 10, weeksAtStart: 0 }] } }]).params;
const lines = (): CaseParams => run(caseModel, [{ preset: 'holbaek-ips-lines' }]).params;

/** Random budget-line cases: a staircase line and an ordinary line of another price year, uprated. */
function randomLines(r: () => number): CaseParams {
  const visit = { id: 'visit', kommune: Math.round(r() * 2000) - 500, region: Math.round(r() * 900), stat: 0, priceYear: 2020, source: 'random' };
  return run(caseModel, [{ preset: 'holbaek-ips-lines' }, {
    values: {
      horizon: 2 + Math.floor(r() * 6),
      prices: [{ ...HAND_LINE, kommune: 1000 + Math.round(r() * 5000) }, visit],
      consequences: [{ id: 'hand-check', units: Math.round(r() * 5200) / 100, weeksAtStart: Math.floor(r() * 80) }, { id: 'visit', units: Math.round(r() * 100) / 10 - 2 }, { id: 'laegebesoeg', units: 2 }],
      priceYear: r() < 0.5 ? 2023 : 2021,
      priceIndex: { 2024: 120 }, // test data: the default index stops at 2023
    },
  }]).params;
}

async function check(p: CaseParams) {
  const book = await readWorkbook(await exportXlsx('case', p));
  const hf = hyperFormulaOf(book);
  return { book, hf, results: hfResults(hf), bad: compareMetrics(expectedCase(p), hfResults(hf)) };
}

describe('HyperFormula', () => {
  test('the hand check: unit gains 17,600 / 32,000 (kommune) and 22,400 / 8,000 (stat)', async () => {
    const { results, bad } = await check(hand());
    expect(bad).toEqual([]);
    expect(results.get('gainsPerSuccess.kommune.1')).toBeCloseTo(17_600, 6);
    expect(results.get('gainsPerSuccess.stat.1')).toBeCloseTo(22_400, 6);
    expect(results.get('gainsPerSuccess.kommune.2')).toBeCloseTo(32_000, 6);
    expect(results.get('gainsPerSuccess.stat.2')).toBeCloseTo(8_000, 6);
  });

  test('holbaek-ips-lines: every metric agrees with the engine', async () => {
    const { bad } = await check(lines());
    expect(bad).toEqual([]);
  });

  test('20 random budget-line cases with uprating: every metric agrees', async () => {
    const r = rng(1414);
    const failures: string[] = [];
    for (let i = 0; i < 20; i++) {
      const p = randomLines(r);
      const { bad } = await check(p);
      if (bad.length) failures.push(`case ${i}: ${bad.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });

  test('the staircase is a table on the Inputs sheet, and the formulas read it', async () => {
    const { book, hf } = await check(hand());
    const at = book.sheets.Inputs.findIndex((row) => row[0] === 'First week');
    expect(book.sheets.Inputs.slice(at + 1, at + 5).map((row) => row.slice(0, 3))).toEqual([[1, 4, 0.8], [5, 26, 0.4], [27, 52, 0.3], [53, 'onwards', 0.2]]);
    // Doubling the first step's share to 1.0 changes year 1 only: s_1 = (4 x 1 + 6 x 0.4) / 10 = 0.64.
    hf.setCellContents({ sheet: hf.getSheetId('Inputs')!, row: at + 1, col: 2 }, 1);
    expect(hfResults(hf).get('gainsPerSuccess.stat.1')).toBeCloseTo(25_600, 6);
    expect(hfResults(hf).get('gainsPerSuccess.stat.2')).toBeCloseTo(8_000, 6);
  });

  test('editing units, weeksAtStart and priceYear in the spreadsheet gives the engine result', async () => {
    const base = lines();
    const { hf, book } = await check(base);
    const inputs = hf.getSheetId('Inputs')!;
    const rowOf = (kind: string, id?: string) => book.sheets.Inputs.findIndex((row) => row[KEY_COL] === kind && (id === undefined || row[KEY_COL + 1] === id));
    hf.setCellContents({ sheet: inputs, row: rowOf('consequence', 'sygedagpenge-uge'), col: KEY_COL + 2 }, 30);
    hf.setCellContents({ sheet: inputs, row: rowOf('consequence', 'sygedagpenge-uge'), col: KEY_COL + 3 }, 20);
    hf.setCellContents({ sheet: inputs, row: rowOf('priceIndex'), col: KEY_COL + 1 }, 2024); // the index's first year (2015) becomes 2024
    hf.setCellContents({ sheet: inputs, row: rowOf('priceIndex'), col: KEY_COL + 2 }, 120);
    hf.setCellContents({ sheet: inputs, row: rowOf('priceYear'), col: KEY_COL + 1 }, 2023);
    const consequences = (base.consequences ?? []).map((c) => (c.id === 'sygedagpenge-uge' ? { ...c, units: 30, weeksAtStart: 20 } : c));
    const index = { ...Object.fromEntries(Object.entries({ 2016: 100.3, 2017: 101.4, 2018: 102.2, 2019: 103.0, 2020: 103.4, 2021: 105.4, 2022: 113.5, 2023: 117.2 })), 2024: 120 };
    const edited = validate(caseModel, { ...base, consequences, priceYear: 2023, priceIndex: index });
    // The engine with the same index (2015 dropped, 2024 added): uprating 117.2 / 120 for the 2024 lines.
    expect(compareMetrics(expectedCase({ ...edited, priceIndex: undefined } as CaseParams), hfResults(hf)).length).toBeGreaterThan(0);
    expect(compareMetrics(expectedCase(edited), hfResults(hf))).toEqual([]);
  });

  test('a staircase consequence above 52 weeks breaks a rule: the Results show #N/A', async () => {
    const { hf, book } = await check(hand());
    const row = book.sheets.Inputs.findIndex((r) => r[KEY_COL] === 'consequence');
    hf.setCellContents({ sheet: hf.getSheetId('Inputs')!, row, col: KEY_COL + 2 }, 60);
    expect(hfResults(hf).get('gainsPerSuccess.kommune.1')).toEqual({ error: '#N/A' });
  });

  test('an outcome contract whose unit gains come from budget lines: every metric agrees', async () => {
    const consequences = run(caseModel, [{ preset: 'holbaek-ips-lines' }]).params.consequences;
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract' }, { values: { consequences } }]).params as ContractParams;
    const hf = hyperFormulaOf(await readWorkbook(await exportXlsx('contract', p)));
    expect(compareMetrics(expectedContract(p), hfResults(hf))).toEqual([]);
  });

  test('the Inputs columns E.. are a parameter table that reads back to the same case', async () => {
    const p = lines();
    const { book } = await check(p);
    const rows = book.sheets.Inputs.map((row) => row.slice(KEY_COL)).filter((row) => typeof row[0] === 'string' && row[0] !== '');
    const back = validate(caseModel, mergeInput(caseModel, [parseParameterTable(caseModel, rows as unknown[][])]));
    expect(caseModel.evaluate(back).gainsPerSuccess).toEqual(caseModel.evaluate(p).gainsPerSuccess);
  });
});

describe('LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsi-lines-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('recalculates the hand check, holbaek-ips-lines and 5 random cases to the engine\'s numbers', async () => {
    expect(sofficeVersion()).toMatch(/LibreOffice/);
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    const r = rng(99);
    const cases: [string, CaseParams][] = [['hand', hand()], ['lines', lines()], ...Array.from({ length: 5 }, (_, i) => [`random-${i}`, randomLines(r)] as [string, CaseParams])];
    const files: string[] = [];
    for (const [name, p] of cases) {
      const f = join(dir, 'in', `${name}.xlsx`);
      writeFileSync(f, await exportXlsx('case', p));
      files.push(f);
    }
    recalcAll(files, join(dir, 'out'));
    const failures: string[] = [];
    for (const [name, p] of cases) {
      const res = await cachedSheet(new Uint8Array(readFileSync(join(dir, 'out', `${name}.xlsx`))), 'Results');
      const bad = compareMetrics(expectedCase(p), res);
      if (bad.length) failures.push(`${name}: ${bad.slice(0, 3).join('; ')}`);
      if (name === 'hand') {
        expect(res.get('gainsPerSuccess.kommune.1')).toBeCloseTo(17_600, 6);
        expect(res.get('gainsPerSuccess.stat.2')).toBeCloseTo(8_000, 6);
      }
    }
    expect(failures).toEqual([]);
  });
});
