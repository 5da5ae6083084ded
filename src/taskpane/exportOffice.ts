/**
 * The export's Excel side: inserting a WorkbookPlan's sheets and defined names into the open
 * workbook, and freezing DSI.* formulas as values with a note of the formulas (the inputs) they came
 * from. The grid logic is pure and tested (test/export/pane.test.ts); the Office calls are thin.
 */
import type { WorkbookPlan } from '../export/plan';
import { addr } from '../export/plan';
import type { ExcelApi } from './sheet';

type Grid = (string | number | boolean)[][];

/** One rectangular write per sheet: formulas as '=...', constants as themselves, blanks as ''. */
export function planGrids(plan: WorkbookPlan): { sheet: string; address: string; formulas: Grid; numFmts: string[][] }[] {
  return plan.sheets.map((s) => {
    const width = Math.max(1, ...s.rows.map((r) => r.length));
    const height = Math.max(1, s.rows.length);
    const formulas: Grid = [];
    const numFmts: string[][] = [];
    for (let r = 0; r < height; r++) {
      const row = s.rows[r] ?? [];
      formulas.push(Array.from({ length: width }, (_, c) => {
        const cell = row[c];
        if (!cell) return '';
        if (cell.formula !== undefined) return `=${cell.formula}`;
        // Text that starts like a formula must stay text.
        if (typeof cell.value === 'string' && /^[=+\-@]/.test(cell.value)) return `'${cell.value}`;
        return cell.value ?? '';
      }));
      numFmts.push(Array.from({ length: width }, (_, c) => row[c]?.numFmt ?? 'General'));
    }
    return { sheet: s.name, address: `A1:${addr(height - 1, width - 1)}`, formulas, numFmts };
  });
}

/** Sheets and names of the plan that the workbook already has (inserting would clash). */
export function clashes(plan: WorkbookPlan, sheetNames: readonly string[], names: readonly string[], lang: 'en' | 'da' = 'en'): string[] {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const sheets = lower(sheetNames);
  const defined = lower(names);
  return [
    ...plan.sheets.filter((s) => sheets.has(s.name.toLowerCase())).map((s) => `${lang === 'da' ? 'arket' : 'sheet'} '${s.name}'`),
    ...plan.names.filter((n) => defined.has(n.name.toLowerCase())).map((n) => `${lang === 'da' ? 'navnet' : 'name'} '${n.name}'`),
  ];
}

/** Inserts the plan's sheets (formulas, formats) and defined names; refuses if any would clash. */
export async function insertPlan(excel: ExcelApi, plan: WorkbookPlan, lang: 'en' | 'da' = 'en'): Promise<string[]> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name');
    await context.sync();
    const clash = clashes(plan, sheets.items.map((s) => s.name), names.items.map((n) => n.name), lang);
    if (clash.length) {
      const list = clash.slice(0, 4).join(', ');
      const more = clash.length - 4;
      throw new Error(
        lang === 'da'
          ? `denne projektmappe har allerede ${list}${more > 0 ? ` og ${more} mere` : ''}; fjern dem, eller eksportér en fil i stedet`
          : `this workbook already has ${list}${more > 0 ? ` and ${more} more` : ''}; remove them or export a file instead`,
      );
    }
    // Names first, so the formulas that use them resolve when they are written.
    for (const s of plan.sheets) sheets.add(s.name);
    for (const n of plan.names) names.add(n.name, `=${n.ref}`);
    for (const g of planGrids(plan)) {
      const range = sheets.getItem(g.sheet).getRange(g.address);
      range.numberFormat = g.numFmts;
      range.formulas = g.formulas;
    }
    for (const s of plan.sheets) s.widths.forEach((w, i) => (sheets.getItem(s.name).getRange(`${addr(0, i)}:${addr(0, i)}`).format.columnWidth = w * 7));
    sheets.getItem(plan.sheets[plan.sheets.length - 1].name).activate();
    await context.sync();
    return plan.sheets.map((s) => s.name);
  });
}

export interface Frozen {
  /** What to write back: the values of DSI cells (and of cells spilled from them), other formulas kept. */
  formulas: Grid;
  /** One note row per frozen formula: cell, original formula, value. */
  notes: [string, string, string | number | boolean][];
}

const DSI_CALL = /(^|[^A-Za-z0-9_.])DSI\.[A-Za-z]+\s*\(/i;

/**
 * Freezes a selection: every cell whose formula calls DSI.* becomes its current value; cells that
 * hold no formula of their own (constants, and values spilled by a DSI formula) are written back
 * as their values; other formulas are kept. `top`/`left` are the selection's 0-based origin.
 */
export function freezeGrid(formulas: Grid, values: Grid, top: number, left: number): Frozen {
  const out: Grid = [];
  const notes: Frozen['notes'] = [];
  formulas.forEach((row, r) => {
    out.push(row.map((f, c) => {
      const v = values[r][c];
      if (typeof f === 'string' && f.startsWith('=')) {
        if (!DSI_CALL.test(f)) return f;
        notes.push([addr(top + r, left + c), `'${f}`, v]);
        return v;
      }
      return v;
    }));
  });
  return { formulas: out, notes };
}

/** Freezes the selected range and writes a sheet "DSI frozen ..." noting each original formula. */
export async function freezeSelection(excel: ExcelApi, lang: 'en' | 'da' = 'en'): Promise<{ count: number; noteSheet?: string }> {
  const da = lang === 'da';
  const noteSheetBase = da ? 'DSI låst' : 'DSI frozen';
  return excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(['formulas', 'values', 'rowIndex', 'columnIndex', 'address']);
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    await context.sync();
    const frozen = freezeGrid(range.formulas as Grid, range.values as Grid, range.rowIndex, range.columnIndex);
    if (frozen.notes.length === 0) return { count: 0 };
    range.formulas = frozen.formulas;
    const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    let name = noteSheetBase;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${noteSheetBase} (${k})`;
    const ws = sheets.add(name);
    const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
    const header: Grid = da
      ? [
        [`Værdier låst ${when} fra ${range.address}: hver formel nedenfor (med den parametertabel eller forudindstilling, den nævner) er input til værdien ved siden af.`, '', ''],
        ['Celle', 'Formel (brugte input)', 'Låst værdi'],
      ]
      : [
        [`Values frozen on ${when} from ${range.address}: each formula below (with the parameter table or preset it names) is the input of the value beside it.`, '', ''],
        ['Cell', 'Formula (inputs used)', 'Frozen value'],
      ];
    const rows: Grid = [...header, ...frozen.notes];
    ws.getRange(`A1:C${rows.length}`).values = rows;
    await context.sync();
    return { count: frozen.notes.length, noteSheet: name };
  });
}

/** Bytes as base64 (what Excel.createWorkbook takes), in chunks so large files do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Where an exported workbook can go: a new workbook in Excel when the host can, else a download. */
export interface WorkbookTarget {
  /** Excel.createWorkbook, when the host supports ExcelApi 1.8. */
  createWorkbook?: (base64: string) => Promise<unknown>;
  download(bytes: Uint8Array, file: string): void;
}

export type Delivery = { how: 'opened' } | { how: 'downloaded'; reason: 'browser' | 'no-api' | 'failed'; message?: string };

/** Opens the workbook in Excel if possible; otherwise (or if Excel refuses) offers the download. */
export async function deliverWorkbook(bytes: Uint8Array, file: string, target: WorkbookTarget, inExcel: boolean): Promise<Delivery> {
  if (target.createWorkbook) {
    try {
      await target.createWorkbook(toBase64(bytes));
      return { how: 'opened' };
    } catch (e) {
      target.download(bytes, file);
      return { how: 'downloaded', reason: 'failed', message: (e as Error).message };
    }
  }
  target.download(bytes, file);
  return { how: 'downloaded', reason: inExcel ? 'no-api' : 'browser' };
}

/** Excel.createWorkbook when this Excel has it (ExcelApi 1.8: Excel 2019, Microsoft 365, the web). */
export function excelCreateWorkbook(): WorkbookTarget['createWorkbook'] {
  if (typeof Office === 'undefined' || typeof Excel === 'undefined') return undefined;
  const supported = Office.context?.requirements?.isSetSupported?.('ExcelApi', '1.8');
  return supported && typeof Excel.createWorkbook === 'function' ? (base64) => Excel.createWorkbook(base64) : undefined;
}
