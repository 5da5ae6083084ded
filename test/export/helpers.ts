/**
 * Shared by the export tests and the bench: read an exported .xlsx back, load it into HyperFormula,
 * read the Results sheet of a file written by another program, the engine's expected metrics
 * (flattened from the CLI's JSON), the comparison with tolerances, and seeded random scenarios.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HyperFormula } from 'hyperformula';
import type { RawCellContent } from 'hyperformula';
import { caseModel, fundModel, contractModel, validate, evaluateCase, evaluateFund, evaluateContract, evaluateOutcomeFund, analyseContract } from '../../src/model';
import type { CaseParams, FundParams, ContractParams } from '../../src/model';
import { caseJson, fundJson } from '../../src/cli/json';
import { contractJson } from '../../src/cli/commands/contract';
import type { WorkbookPlan } from '../../src/export';
import { KEY_COL } from '../../src/export/inputs';

export type Metric = number | boolean | null;

/** The contract's derived prices and switching rates need a root finder: the workbook leaves them out. */
export const CONTRACT_DERIVED = /^(maxAffordablePrice|investorBreakEvenPrice|switchingRate\.)/;

/** Every scalar and yearly value of the CLI's JSON as `path -> value`, arrays 1-based. */
export function flatten(value: unknown, prefix = '', out = new Map<string, Metric>()): Map<string, Metric> {
  if (Array.isArray(value)) value.forEach((v, i) => flatten(v, `${prefix}.${i + 1}`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  else out.set(prefix, value as Metric);
  return out;
}

export function expectedCase(p: CaseParams): Map<string, Metric> {
  return flatten(caseJson(evaluateCase(p)));
}
export function expectedFund(p: FundParams): Map<string, Metric> {
  return flatten(fundJson(evaluateFund(p)));
}
export function expectedContract(p: ContractParams): Map<string, Metric> {
  const all = flatten(contractJson(evaluateContract(p), analyseContract(p)));
  for (const k of [...all.keys()]) if (CONTRACT_DERIVED.test(k)) all.delete(k);
  return all;
}
/** The fund with repayment shares from a reference contract (dsi fund --contract, without its `contract` echo). */
export function expectedOutcomeFund(p: FundParams, shares: readonly number[]): Map<string, Metric> {
  return flatten(fundJson(evaluateOutcomeFund(p, shares)));
}

/** DKK metrics get the absolute tolerance 1e-6 DKK; counts, shares, rates and years only 1e-12. */
export function isDkk(path: string): boolean {
  return /^actors\.\w+\.(gains|costs|net|cumulative|presentValue)\b/.test(path) || /^(invested|repayments)\.|^(totalInvested|keptCash|outstanding)$/.test(path);
}

export const REL_TOL = 1e-9;
export const ABS_TOL_DKK = 1e-6;
export const ABS_TOL_OTHER = 1e-12;

/** What a spreadsheet cell held: a number, or an error code such as '#N/A', or something else. */
export type SheetValue = number | { error: string } | string | boolean | null | undefined;

/** Mismatches between the engine's metrics and a spreadsheet's Results; null must be #N/A. */
export function compareMetrics(expected: Map<string, Metric>, actual: Map<string, SheetValue>): string[] {
  const bad: string[] = [];
  for (const [path, e] of expected) {
    if (!actual.has(path)) {
      bad.push(`${path}: missing from Results`);
      continue;
    }
    const a = actual.get(path);
    if (e === null) {
      if (!(a && typeof a === 'object' && a.error === '#N/A')) bad.push(`${path}: engine has none, sheet has ${JSON.stringify(a)}`);
      continue;
    }
    if (typeof e === 'boolean') {
      if (a !== e) bad.push(`${path}: engine ${e}, sheet ${JSON.stringify(a)}`);
      continue;
    }
    if (typeof a !== 'number') {
      bad.push(`${path}: engine ${e}, sheet ${JSON.stringify(a)}`);
      continue;
    }
    const diff = Math.abs(a - e);
    const abs = isDkk(path) ? ABS_TOL_DKK : ABS_TOL_OTHER;
    if (!(diff <= abs || diff <= REL_TOL * Math.abs(e))) bad.push(`${path}: engine ${e}, sheet ${a} (difference ${diff})`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) bad.push(`${path}: in Results but not in the CLI's JSON`);
  return bad;
}

export interface ReadBack {
  sheets: Record<string, RawCellContent[][]>;
  names: { name: string; ref: string }[];
}

/** The sheets (constants and '=formulas') and defined names of an .xlsx, as exceljs reads them. */
export async function readWorkbook(bytes: Uint8Array): Promise<ReadBack> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets: Record<string, RawCellContent[][]> = {};
  wb.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value as unknown;
        let x: RawCellContent = null;
        if (v !== null && typeof v === 'object' && 'formula' in (v as object)) x = `=${(v as { formula: string }).formula}`;
        else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') x = v;
        else if (v !== null && v !== undefined) throw new Error(`unexpected cell ${ws.name}!${cell.address}: ${JSON.stringify(v)}`);
        cells[c - 1] = x;
      });
      rows[r - 1] = Array.from(cells, (x) => (x === undefined ? null : x));
    });
    sheets[ws.name] = Array.from(rows, (x) => x ?? []);
  });
  const names = (wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => {
    if (n.ranges.length !== 1) throw new Error(`defined name ${n.name} has ${n.ranges.length} ranges`);
    return { name: n.name, ref: n.ranges[0] };
  });
  return { sheets, names };
}

/** A HyperFormula instance holding the workbook, with a named expression per defined name. */
export function hyperFormulaOf(book: ReadBack): HyperFormula {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  for (const name of Object.keys(book.sheets)) hf.addSheet(name);
  for (const n of book.names) hf.addNamedExpression(n.name, `=${n.ref}`);
  for (const [name, rows] of Object.entries(book.sheets)) hf.setSheetContent(hf.getSheetId(name)!, rows);
  return hf;
}

function hfValue(v: unknown): SheetValue {
  if (v !== null && typeof v === 'object' && 'type' in (v as object)) {
    const e = v as { type: string; value?: string };
    return { error: e.value ?? `#${e.type}` };
  }
  return v as SheetValue;
}

/** The Results sheet's name in either language. */
export const RESULTS_SHEETS = ['Results', 'Resultater'];

/** The Results sheet of a HyperFormula instance: metric -> value. */
export function hfResults(hf: HyperFormula): Map<string, SheetValue> {
  const sheet = RESULTS_SHEETS.map((n) => hf.getSheetId(n)).find((id) => id !== undefined)!;
  const rows = hf.getSheetValues(sheet);
  const out = new Map<string, SheetValue>();
  for (let r = 1; r < rows.length; r++) {
    const metric = rows[r][0];
    if (typeof metric === 'string' && metric !== '') out.set(metric, hfValue(rows[r][1]));
  }
  return out;
}

/** Reads the cached values of a sheet straight from the xlsx XML (the values the writing program computed): metric -> value. */
export async function cachedSheet(bytes: Uint8Array, sheetName: string): Promise<Map<string, SheetValue>> {
  const cells = await cachedCells(bytes, sheetName);
  // metric | value by row
  const out = new Map<string, SheetValue>();
  for (const [address, value] of cells) {
    const [, col, row] = /([A-Z]+)(\d+)/.exec(address)!;
    if (col !== 'A' || row === '1' || typeof value !== 'string') continue;
    out.set(value, cells.get(`B${row}`));
  }
  return out;
}

/** Every cached cell value of a sheet, by A1 address. */
export async function cachedCells(bytes: Uint8Array, sheetName: string): Promise<Map<string, SheetValue>> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string) => {
    const f = zip.file(p);
    if (!f) throw new Error(`missing part ${p}`);
    return f.async('string');
  };
  const wbXml = await read('xl/workbook.xml');
  const sm = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(wbXml);
  if (!sm) throw new Error(`no sheet ${sheetName}`);
  const rels = await read('xl/_rels/workbook.xml.rels');
  const relRe = /<Relationship ([^>]*)\/?>/g;
  let target: string | undefined;
  for (let m; (m = relRe.exec(rels)); ) {
    if (new RegExp(`Id="${sm[1]}"`).test(m[1])) target = /Target="([^"]+)"/.exec(m[1])![1];
  }
  if (!target) throw new Error(`no relationship ${sm[1]}`);
  const sheetXml = await read(`xl/${target.replace(/^\/?xl\//, '')}`);
  const shared: string[] = [];
  const ss = zip.file('xl/sharedStrings.xml');
  if (ss) {
    const x = await ss.async('string');
    for (const si of x.match(/<si>[\s\S]*?<\/si>/g) ?? []) {
      shared.push((si.match(/<t[^>]*>([^<]*)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''));
    }
  }
  const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const cells = new Map<string, SheetValue>();
  const cellRe = /<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  for (let m; (m = cellRe.exec(sheetXml)); ) {
    const t = /t="(\w+)"/.exec(m[2])?.[1];
    const body = m[3] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    let value: SheetValue;
    if (t === 's') value = shared[Number(v)];
    else if (t === 'inlineStr') value = unesc(is ?? '');
    else if (t === 'str') value = v === undefined ? undefined : unesc(v);
    else if (t === 'e') value = { error: v ?? '' };
    else if (t === 'b') value = v === '1';
    else value = v === undefined ? undefined : Number(v);
    cells.set(m[1], value);
  }
  return cells;
}

/** Writes `value` as the cached result of every formula in the Results sheet (to show a program recalculates). */
export async function poisonResultsCache(bytes: Uint8Array, value: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const id = /<sheet [^>]*name="(?:Results|Resultater)"[^>]*r:id="([^"]+)"/.exec(wbXml)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  const path = `xl/${target.replace(/^\/?xl\//, '')}`;
  const xml = await zip.file(path)!.async('string');
  const poisoned = xml.replace(/<\/f><\/c>/g, `</f><v>${value}</v></c>`);
  if (poisoned === xml) throw new Error('no formula cells without a cached value in Results');
  zip.file(path, poisoned);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Mulberry32: a small seeded generator, so the random scenarios are the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normalised(r: () => number, n: number, zeroChance = 0.2): number[] {
  let w: number[] = Array.from({ length: n }, () => (r() < zeroChance ? 0 : r()));
  if (!w.some((x) => x > 0)) w[Math.floor(r() * n)] = 1;
  const s = w.reduce((a, b) => a + b, 0);
  w = w.map((x) => x / s);
  return w;
}

/** A valid case scenario (checked by the model's own validation). */
export function randomCase(r: () => number): CaseParams {
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const horizon = r() < 0.15 ? int(16, 30) : int(1, 12);
  const shares = r() < 0.3 ? [1, 0, 0] : normalised(r, 3);
  const input: Record<string, unknown> = {
    participants: r() < 0.5 ? int(1, 1000) : u(0.5, 1000),
    costProfile: normalised(r, int(1, Math.min(horizon, 4))),
    costShareKommune: shares[0],
    costShareRegion: shares[1],
    costShareStat: shares[2],
    dropoutRate: r() < 0.2 ? 0 : u(0, 0.6),
    successRate: u(0, 1),
    baselineRate: r() < 0.2 ? 0 : u(0, 0.6),
    effectRamp: Array.from({ length: int(1, 4) }, () => (r() < 0.1 ? 0 : u(0, 1.2))),
    persistence: r() < 0.2 ? 1 : u(0, 1),
    gainKommune: u(-20_000, 150_000),
    gainRegion: u(-5_000, 40_000),
    gainStat: u(0, 80_000),
    horizon,
    startYear: int(1990, 2100),
  };
  if (r() < 0.5) input.costTotal = r() < 0.1 ? 0 : u(0, 20_000_000);
  else input.costPerParticipant = u(0, 100_000);
  const d = r();
  input.discountRate = d < 0.3 ? 0 : d < 0.65 ? u(0, 0.1) : Array.from({ length: int(1, 6) }, () => u(0, 0.08));
  return validate(caseModel, input);
}

/** A valid fund scenario; repayment multiples 0 (no IRR) or 0.3..3. */
export function randomFund(r: () => number): FundParams {
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  return validate(fundModel, {
    initialCapital: u(1e5, 1e8),
    horizon: r() < 0.15 ? int(16, 40) : int(1, 12),
    startYear: int(1990, 2100),
    repaymentMultiple: r() < 0.1 ? 0 : u(0.3, 3),
    repaymentYears: int(1, 10),
    repaymentLag: int(1, 5),
    reinvestShare: r() < 0.3 ? 1 : u(0, 1),
    costPerParticipant: u(5_000, 200_000),
    successRate: u(0, 1),
    averageInvestment: u(5e5, 1e7),
  });
}

/** A valid contract scenario: a random case with random terms (a cap in about half of them). */
export function randomContract(r: () => number): ContractParams {
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const c = randomCase(r);
  const shares = r() < 0.4 ? [1, 0, 0] : normalised(r, 3);
  const cost = c.costTotal ?? (c.costPerParticipant as number) * c.participants;
  const input: Record<string, unknown> = {
    ...c,
    outcomePrice: u(0, 200_000),
    paymentStart: 1 + Math.floor(r() * c.horizon),
    paymentYears: 1 + Math.floor(r() * 8),
    payerShareKommune: shares[0],
    payerShareRegion: shares[1],
    payerShareStat: shares[2],
  };
  if (r() < 0.5) input.paymentCap = u(0, 1.5) * cost;
  return validate(contractModel, input);
}

/**
 * The plan with new values in its Inputs cells, as if typed or pasted over them in the workbook
 * (validation does not stop a pasted value): key -> one value or a row of values.
 */
export function withInputs(plan: WorkbookPlan, edits: Record<string, string | number | (string | number)[]>): WorkbookPlan {
  const inputs = plan.sheets.find((s) => s.name === plan.sheetNames.inputs)!;
  const rows = inputs.rows.map((r) => r.map((c) => (c ? { ...c } : c)));
  for (const [key, v] of Object.entries(edits)) {
    const r = rows.findIndex((row) => row[KEY_COL]?.value === key);
    if (r < 0) throw new Error(`no input ${key}`);
    (Array.isArray(v) ? v : [v]).forEach((x, i) => {
      rows[r][KEY_COL + 1 + i] = { ...(rows[r][KEY_COL + 1 + i] ?? {}), value: x };
    });
  }
  return { ...plan, sheets: plan.sheets.map((s) => (s === inputs ? { ...inputs, rows } : s)) };
}

/** The cases of broken inputs every export must catch: the edit, and a word the message must contain. */
export const BROKEN_CASE: [what: string, edits: Record<string, string | number | (string | number)[]>, message: RegExp][] = [
  ['successRate typed as 40 instead of 0.4', { successRate: 40 }, /successRate/],
  ['successRate as text "40 %"', { successRate: '40 %' }, /successRate/],
  ['cost shares that sum to 0.5', { costShareKommune: 0.5 }, /costShareKommune \+ costShareRegion \+ costShareStat/],
  ['a cost profile that sums to 1.1', { costProfile: [0.6, 0.5] }, /costProfile/],
  ['a dropout rate of exactly 1 (the bound is exclusive)', { dropoutRate: 1 }, /dropoutRate/],
  ['both costTotal and costPerParticipant', { costPerParticipant: 38_000 }, /costTotal or costPerParticipant/],
  ['another horizon than the columns', { horizon: 7 }, /horizon/],
  ['a horizon of 6.5', { horizon: 6.5 }, /horizon/],
];
