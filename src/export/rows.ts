/**
 * The row API of the Model sheets. A Model sheet has the labels in column A and one column per year
 * (B .. for years 1..H); each row is one concept:
 *   - `scalar(label, formula, name, numFmt)`: one value in column B, with a defined name;
 *   - `yearly(label, (c, col) => formula, numFmt, name?)`: one formula per year column, where `c` is
 *     the column letter and `col` its 0-based index; `name` names the whole row (B..);
 *   - `heading(label)`, `blank()`, and `yearNumbers()` (the row t = 1..H every yearly formula uses).
 * Labels are `{ en, da }` (or one string when both read the same). Every writer returns the row's
 * 0-based index; `at(row)(c)` is the relative address of that row in column `c`, for the rows below.
 * Results are listed with `Metrics` (metric path, label, value cell).
 */
import { SheetBuilder, addr, colLetter, say } from './plan';
import type { Label, Lang, PlanName, PlanCell } from './plan';

export class ModelRows {
  readonly first = 1;
  readonly last: number;
  /** 0-based indices of the year columns. */
  readonly cols: number[];
  private tRow = -1;

  constructor(
    readonly sheet: SheetBuilder,
    readonly names: PlanName[],
    readonly horizon: number,
    readonly lang: Lang,
  ) {
    this.last = horizon;
    this.cols = Array.from({ length: horizon }, (_, i) => this.first + i);
  }

  get nextRow(): number {
    return this.sheet.nextRow;
  }

  name(n: string, ref: string): void {
    this.names.push({ name: n, ref });
  }

  /** A labelled value in column B with a defined name. */
  scalar(label: Label, formula: string, n: string, numFmt?: string): number {
    const r = this.sheet.row([{ value: say(label, this.lang) }, { formula, numFmt }]);
    this.name(n, this.sheet.ref(r, this.first));
    return r;
  }

  /** A labelled row with one formula per year; `f(c, col)` gets the column letter and index. */
  yearly(label: Label, f: (c: string, col: number) => string, numFmt?: string, n?: string): number {
    const r = this.sheet.row([{ value: say(label, this.lang) }, ...this.cols.map((col) => ({ formula: f(colLetter(col), col), numFmt }))]);
    if (n) this.name(n, this.sheet.rowRef(r, this.first, this.last));
    return r;
  }

  heading(label: Label): number {
    return this.sheet.row([{ value: say(label, this.lang), bold: true }]);
  }

  blank(): number {
    return this.sheet.blank();
  }

  /** A row of constants or formulas written as given (the vintage block of the fund). */
  cells(label: Label, cells: PlanCell[], bold = false): number {
    return this.sheet.row([{ value: say(label, this.lang), bold }, ...cells]);
  }

  /** The year number row t = 1..H (named yearNumber); returns t(c), its cell in column c. */
  yearNumbers(): (c: string) => string {
    const r = this.nextRow;
    const label: Label = { en: 'Year number t', da: 'Årnummer t' };
    this.sheet.row([
      { value: say(label, this.lang), bold: true },
      ...this.cols.map((col, i) => (i === 0 ? { value: 1, bold: true } : { formula: `${addr(r, col - 1)}+1`, bold: true })),
    ]);
    this.name('yearNumber', this.sheet.rowRef(r, this.first, this.last));
    this.tRow = r;
    return this.t;
  }

  /** 0-based row of the year numbers (after yearNumbers()). */
  get yearNumberRow(): number {
    if (this.tRow < 0) throw new Error('yearNumbers() must come first');
    return this.tRow;
  }

  /** The year number of column c (after yearNumbers()). */
  readonly t = (c: string): string => {
    if (this.tRow < 0) throw new Error('yearNumbers() must come before the yearly rows that use t');
    return `${c}$${this.tRow + 1}`;
  };

  /** The relative address of `row` in column c, e.g. at(r)('C') = 'C12'. */
  at(row: number): (c: string) => string {
    return (c) => `${c}${row + 1}`;
  }

  /** The address of `row` in column c with the row fixed, e.g. fixed(r)('C') = 'C$12'. */
  fixed(row: number): (c: string) => string {
    return (c) => `${c}$${row + 1}`;
  }

  /** A sheet-qualified reference to a cell, for the Results sheet. */
  ref(row: number, col: number): string {
    return `${this.sheet.sheet.name}!${addr(row, col)}`;
  }
}

/** One line of the Results sheet: a path into the CLI's JSON (1-based years), its label, its cell. */
export interface Metric {
  path: string;
  label: string;
  formula: string;
  numFmt?: string;
}

/** The Results sheet's lines, in the order of the CLI's JSON. */
export class Metrics {
  readonly list: Metric[] = [];

  constructor(private readonly rows: ModelRows) {}

  /** The value in column B of a scalar row. */
  scalar(path: string, label: Label, row: number, numFmt?: string): void {
    this.list.push({ path, label: say(label, this.rows.lang), formula: this.rows.ref(row, this.rows.first), numFmt });
  }

  /** One metric per year of a yearly row: path.1 .. path.H. */
  yearly(path: string, label: Label, row: number, numFmt?: string): void {
    const year = this.rows.lang === 'da' ? 'år' : 'year';
    this.rows.cols.forEach((col, i) =>
      this.list.push({ path: `${path}.${i + 1}`, label: `${say(label, this.rows.lang)}, ${year} ${i + 1}`, formula: this.rows.ref(row, col), numFmt }),
    );
  }

  /** A metric computed by its own formula (not a Model cell). */
  formula(path: string, label: Label, formula: string, numFmt?: string): void {
    this.list.push({ path, label: say(label, this.rows.lang), formula, numFmt });
  }
}
