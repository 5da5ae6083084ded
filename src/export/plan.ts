/**
 * A workbook described as plain data: sheets of cells (a constant or a formula), defined names,
 * the Results metrics and a chart. The same plan is written as an .xlsx file (xlsx.ts) and, in
 * Excel, inserted into the open workbook by the task pane, so both carry identical formulas.
 * Pure: no DOM, no Office, no file system.
 */

export type Constant = number | string | boolean;
export type Lang = 'en' | 'da';
/** A label in both languages, or one string that is the same in both (a formula, a key). */
export type Label = string | { en: string; da: string };

export function say(label: Label, lang: Lang): string {
  return typeof label === 'string' ? label : label[lang];
}

/** Excel data validation of an input cell, built from the field's rule. */
export interface CellValidation {
  type: 'decimal' | 'whole' | 'custom';
  /** For decimal / whole: the comparison; custom has none. */
  operator?: 'between' | 'greaterThanOrEqual' | 'lessThanOrEqual';
  /** Bounds (decimal / whole) or one formula without '=' (custom). */
  formulae: (number | string)[];
  allowBlank: boolean;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface PlanCell {
  /** A constant (Inputs values, labels, year numbers). */
  value?: Constant;
  /** A formula without the leading '='. */
  formula?: string;
  /** Number format, e.g. '#,##0'. */
  numFmt?: string;
  bold?: boolean;
  /** Wrap the text in the cell (long notes on the About sheet). */
  wrap?: boolean;
  /** left is indented one step, to keep a text clear of the number to its left. */
  align?: 'left' | 'center' | 'right';
  /** Vertical alignment at the top (set for the cells of rows made tall by a wrapped label). */
  top?: boolean;
  validation?: CellValidation;
}

/** How a sheet prints: always one page wide; the rows may run over several pages. */
export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Pages tall at most (0: as many as needed). */
  fitToHeight: number;
  /** Columns repeated on every page, e.g. 'A:A'. */
  repeatCols?: string;
  /** Rows repeated on every page, e.g. '1:1'. */
  repeatRows?: string;
  /** 0-based rows before which a new page starts (e.g. above the chart). */
  breaksBefore?: number[];
}

export interface PlanSheet {
  name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1. */
  rows: (PlanCell | undefined)[][];
  /** Width of each column in characters (index 0 = column A). */
  widths: number[];
  /** Row heights in points by 0-based row (rows of wrapped text); absent rows keep the default. */
  heights?: Record<number, number>;
  print?: PrintSetup;
}

export interface PlanName {
  name: string;
  /** Absolute reference, e.g. Inputs!$E$2 or Model!$B$10:$G$10. */
  ref: string;
}

export interface ChartSeries {
  name: string;
  /** Absolute range of the values, e.g. Model!$B$20:$G$20. */
  values: string;
}

export interface ChartSpec {
  /** Sheet the chart is drawn on. */
  sheet: string;
  title: string;
  /** Absolute range of the category labels (calendar years). */
  categories: string;
  series: ChartSeries[];
  yAxisTitle: string;
  /** Top-left cell (0-based row and column) and size in columns / rows. */
  anchor: { row: number; col: number; cols: number; rows: number };
}

export interface WorkbookPlan {
  kind: 'case' | 'fund' | 'contract';
  lang: Lang;
  sheets: PlanSheet[];
  names: PlanName[];
  /** Metric paths of the CLI's JSON, in the order of the Results sheet (row 2 onwards). */
  metrics: string[];
  /** The sheet names, which follow the workbook's language. */
  sheetNames: SheetNames;
  chart?: ChartSpec;
}

/** Column letters of a 0-based column index: 0 -> A, 26 -> AA. */
export function colLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The width of a text in Excel's column units (the width of a digit of the default font): letters
 * of Calibri are on average about 0.85 of a digit, bold about 10 % wider. Measured against
 * LibreOffice's PDF output of the exported sheets (docs/export.md).
 */
export function textWidth(s: string, bold = false): number {
  return s.length * (bold ? 0.95 : 0.85);
}

/** A1 address of a 0-based (row, column); `abs` gives $A$1. */
export function addr(row: number, col: number, abs = false): string {
  return abs ? `$${colLetter(col)}$${row + 1}` : `${colLetter(col)}${row + 1}`;
}

/** Builds a sheet row by row. */
export class SheetBuilder {
  readonly sheet: PlanSheet;

  constructor(name: string, widths: number[] = []) {
    this.sheet = { name, rows: [], widths };
  }

  get nextRow(): number {
    return this.sheet.rows.length;
  }

  set(row: number, col: number, cell: PlanCell): void {
    const rows = this.sheet.rows;
    while (rows.length <= row) rows.push([]);
    rows[row][col] = cell;
  }

  /** Appends a row; returns its 0-based index. */
  row(cells: (PlanCell | undefined)[]): number {
    const r = this.nextRow;
    this.sheet.rows.push([...cells]);
    return r;
  }

  /**
   * Sets column `col` as wide as its longest text (at least `min`, at most `max` characters) and
   * wraps the texts longer than that onto as many lines as they need, with the row height to match,
   * so no label is cut on screen or on paper.
   */
  fitColumn(col: number, min: number, max: number): void {
    let longest = 0;
    for (const row of this.sheet.rows) {
      const v = row[col]?.value;
      if (typeof v === 'string') longest = Math.max(longest, textWidth(v, !!row[col]?.bold));
    }
    const width = Math.min(max, Math.max(min, Math.ceil(longest) + 1));
    this.sheet.widths[col] = width;
    this.sheet.rows.forEach((row, r) => {
      const cell = row[col];
      if (!cell || typeof cell.value !== 'string') return;
      const lines = Math.ceil(textWidth(cell.value, !!cell.bold) / (width - 1));
      if (lines <= 1) return;
      cell.wrap = true;
      this.height(r, Math.max(this.sheet.heights?.[r] ?? 0, 15 * lines));
    });
  }

  height(row: number, points: number): void {
    (this.sheet.heights ??= {})[row] = points;
  }

  blank(): number {
    return this.row([]);
  }

  /** Absolute reference to a cell of this sheet, for defined names and other sheets. */
  ref(row: number, col: number): string {
    return `${this.sheet.name}!${addr(row, col, true)}`;
  }

  /** Absolute reference to part of a column of this sheet. */
  colRef(col: number, firstRow: number, lastRow: number): string {
    return `${this.sheet.name}!${addr(firstRow, col, true)}:${addr(lastRow, col, true)}`;
  }

  /** Absolute reference to part of a row of this sheet. */
  rowRef(row: number, firstCol: number, lastCol: number): string {
    return `${this.sheet.name}!${addr(row, firstCol, true)}:${addr(row, lastCol, true)}`;
  }
}

export interface SheetNames {
  about: string;
  inputs: string;
  model: string;
  results: string;
}

export const SHEET_NAMES: Record<Lang, SheetNames> = {
  en: { about: 'About', inputs: 'Inputs', model: 'Model', results: 'Results' },
  da: { about: 'Om', inputs: 'Input', model: 'Model', results: 'Resultater' },
};

export const FMT = {
  dkk: '#,##0;-#,##0',
  /** Shares of one (cost profile, effect, rates of people) shown as percentages. */
  share: '0.0%',
  people: '#,##0.0',
  /** Net successes: two decimals, as the report's 25.92. */
  successes: '#,##0.00',
  ratio: '0.000',
  rate: '0.00%',
  factor: '0.000000',
  year: '0',
} as const;
