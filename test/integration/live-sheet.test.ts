/**
 * The task pane's "insert live formulas" plan, evaluated by the BUILT custom functions: the sheet the
 * pane writes into Excel must compute the model's figures, and editing a cell of the inserted
 * parameter table must change them. Formulas are evaluated here the way Excel passes arguments
 * (ranges as matrices, empty cells as "", strings and numbers as themselves).
 */
import { liveModelPlan, Plan } from '../../src/taskpane/sheet';
import { presetValues, caseModel, fundModel, run } from '../../src/model';
import { loadAddIn, AddIn } from '../functions/harness';

let addIn: AddIn;
beforeAll(() => {
  addIn = loadAddIn();
});

type Grid = Map<string, unknown>;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function parseCell(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return [colIndex(m[1]), Number(m[2])];
}
function cellName(col: number, row: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}
function cellsOf(address: string): string[][] {
  const [a, b = a] = address.split(':');
  const [c0, r0] = parseCell(a);
  const [c1, r1] = parseCell(b);
  const rows: string[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: string[] = [];
    for (let c = c0; c <= c1; c++) row.push(cellName(c, r));
    rows.push(row);
  }
  return rows;
}

function valuesGrid(plan: Plan): { grid: Grid; formulas: Map<string, string> } {
  const grid: Grid = new Map();
  const formulas = new Map<string, string>();
  for (const w of plan.writes) {
    const cells = cellsOf(w.address);
    cells.forEach((row, i) =>
      row.forEach((name, j) => {
        if (w.values) grid.set(name, w.values[i][j]);
        if (w.formulas) formulas.set(name, w.formulas[i][j]);
      }),
    );
  }
  return { grid, formulas };
}

/** Splits "a,b,c" at top-level commas (string literals may not contain quotes here). */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inString = false;
  for (const ch of s) {
    if (ch === '"') inString = !inString;
    if (ch === ',' && !inString) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

function argValue(arg: string, grid: Grid): unknown {
  if (/^".*"$/.test(arg)) return arg.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(arg)) return Number(arg);
  const cell = (name: string) => (grid.has(name) ? grid.get(name) : '');
  if (arg.includes(':')) return cellsOf(arg.replace(/\$/g, '')).map((row) => row.map(cell));
  return cell(arg.replace(/\$/g, ''));
}

/** Evaluates one =DSI.NAME(...) formula through the built bundle, as Excel would call it. */
function evaluateFormula(formula: string, grid: Grid): unknown {
  const m = /^=DSI\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!m) throw new Error(`not a DSI formula: ${formula}`);
  const [, id, inner] = m;
  const args = splitArgs(inner).map((a) => argValue(a, grid));
  const meta = addIn.metadata.functions.find((f) => f.id === id);
  if (!meta) throw new Error(`${id} is not in functions.json`);
  const fixed = meta.parameters.filter((p) => !p.repeating).length;
  const outcome = addIn.xl(id, args.slice(0, fixed), args.slice(fixed));
  if ('error' in outcome) throw new Error(`${formula}: ${outcome.error.code} ${outcome.error.message}`);
  const v = outcome.value;
  return Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;
}

function formulaAt(formulas: Map<string, string>, pattern: RegExp): string {
  const found = [...formulas.values()].find((f) => pattern.test(f));
  if (!found) throw new Error(`no formula matching ${pattern}`);
  return found;
}

function keyRow(grid: Grid, key: string): number {
  for (const [name, v] of grid) if (/^A\d+$/.test(name) && v === key) return Number(name.slice(1));
  throw new Error(`${key} is not in the inserted table`);
}

describe.each(['en', 'da'] as const)('live case sheet (%s) computed by the built functions', (lang) => {
  const params = presetValues(caseModel, 'holbaek-ips');
  const { grid, formulas } = valuesGrid(liveModelPlan('case', params, lang, 'Holbæk'));

  test('every formula evaluates; the only errors are #N/A ratios of actors that bear no cost', () => {
    expect(formulas.size).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const f of formulas.values()) {
      try {
        evaluateFormula(f, grid);
      } catch (e) {
        errors.push((e as Error).message);
      }
    }
    // In the Holbæk case the municipality bears the whole cost (MODEL.md), so region and state have
    // no benefit-cost ratio: #N/A, never a number.
    expect(errors.sort()).toEqual([
      '=DSI.BCR($A$1:$E$19,"region"): #N/A region bears no cost, so it has no benefit-cost ratio',
      '=DSI.BCR($A$1:$E$19,"stat"): #N/A stat bears no cost, so it has no benefit-cost ratio',
    ]);
  });

  test('the figures are MODEL.md\'s: S = 25.92, municipality break-even 4, total 8.15m', () => {
    // MODEL.md: S = 180 x 0.9 x 0.16 = 25.92; total net over 6 years 8,154,105.636 (1e-6 DKK).
    expect(evaluateFormula(formulaAt(formulas, /NETSUCCESSES/), grid)).toBeCloseTo(25.92, 9);
    expect(evaluateFormula(formulaAt(formulas, /BREAKEVEN\(.*"kommune"\)/), grid)).toBe(4);
    expect(evaluateFormula(formulaAt(formulas, /NETVALUE\(.*"total"\)/), grid)).toBeCloseTo(8_154_105.636, 6);
  });

  test('editing successRate in the inserted table to 0.48 moves break-even to year 3 (MODEL.md high scenario)', () => {
    const edited = new Map(grid);
    edited.set(`B${keyRow(grid, 'successRate')}`, 0.48);
    expect(evaluateFormula(formulaAt(formulas, /BREAKEVEN\(.*"kommune"\)/), edited)).toBe(3);
    const expected = run(caseModel, [{ preset: 'holbaek-ips', values: { successRate: 0.48 } }]).result.actors.total.presentValue;
    expect(evaluateFormula(formulaAt(formulas, /NETVALUE\(.*"total"\)/), edited)).toBeCloseTo(expected, 6);
  });
});

test('live fund sheet: totalInvested is MODEL.md\'s 70,382,642.1075 DKK (1e-6)', () => {
  const { grid, formulas } = valuesGrid(liveModelPlan('fund', presetValues(fundModel, 'dsi-fund-25m'), 'en', 'DSI'));
  expect(evaluateFormula(formulaAt(formulas, /REINVEST\(.*"totalInvested"\)/), grid)).toBeCloseTo(70_382_642.1075, 6);
  const table = evaluateFormula(formulaAt(formulas, /REINVEST\([^,]*\)$/), grid) as unknown[][];
  // Header row, then 2024..2029; the last cumulative-people cell is 1,836.07 (MODEL.md: 1,836).
  expect(table).toHaveLength(7);
  expect(Math.round(table[6][table[0].indexOf('Cumulative people')] as number)).toBe(1836);
});
