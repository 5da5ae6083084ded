/**
 * Everything that writes to Excel. Each action takes the `Excel` API object (so tests pass an
 * office-addin-mock object) and writes a plan: exact addresses with values or formulas. Formulas use
 * the DSI.* functions (docs/functions.md) and reference the inserted parameter table, so editing a cell of
 * the table recalculates them.
 */
import { MODELS, ACTORS_AND_TOTAL, ModelKind, CaseResult, FundResult } from '../model';
import { tr, Lang } from './i18n';

export interface ExcelApi {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export type Cell = string | number | boolean;
export interface Write {
  address: string;
  values?: Cell[][];
  formulas?: string[][];
}
export interface ChartSpec {
  source: string;
  type: 'Line' | 'ColumnClustered';
  title: string;
  /** Top-left and bottom-right cells of the chart's place on the sheet. */
  at: [string, string];
}
export interface Plan {
  sheetBase: string;
  writes: Write[];
  chart?: ChartSpec;
}

export function colName(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const cell = (col: number, row: number) => `${colName(col)}${row}`;
const area = (c0: number, r0: number, c1: number, r1: number) => (c0 === c1 && r0 === r1 ? cell(c0, r0) : `${cell(c0, r0)}:${cell(c1, r1)}`);

/** A legal, unused worksheet name: Excel forbids []:*?/\ , a leading/trailing apostrophe and > 31 chars. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  let clean = base.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  if (clean === '' || /^history$/i.test(clean)) clean = 'DSI';
  const taken = new Set(existing.map((x) => x.toLowerCase()));
  for (let k = 1; ; k++) {
    const suffix = k === 1 ? '' : ` (${k})`;
    const name = clean.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Values typed into a cell as text: a leading = + - @ would make Excel read a formula. */
export function safeText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

export interface ParamTable {
  rows: Cell[][];
  /** 1-based sheet row of each key. */
  rowOf: Map<string, number>;
  /** Columns of the table (key column included), i.e. the width of the referenced range. */
  width: number;
  address: string;
}

/**
 * The parameter table at A1: header, then `key | value | value ...` for every parameter of the
 * model, with the effective (validated) value. Two spare columns let a vector grow in the sheet.
 * Optional parameters that are not given (costPerParticipant beside costTotal) get an empty row,
 * which the parser reads as "not given".
 */
export function parameterTable(kind: ModelKind, params: Record<string, unknown>, lang: Lang): ParamTable {
  const metas = MODELS[kind].params;
  let longest = 1;
  for (const m of metas) {
    const v = params[m.key];
    if (Array.isArray(v)) longest = Math.max(longest, v.length);
  }
  const valueCols = longest + 2;
  const width = 1 + valueCols;
  const pad = (xs: Cell[]) => [...xs, ...new Array<Cell>(width - xs.length).fill('')];
  const rows: Cell[][] = [pad([tr(lang, 'paramHeader'), tr(lang, 'valueHeader')])];
  const rowOf = new Map<string, number>();
  for (const m of metas) {
    const v = params[m.key];
    const vals: Cell[] = v === undefined ? [] : Array.isArray(v) ? (v as number[]) : [v as number];
    rows.push(pad([m.key, ...vals]));
    rowOf.set(m.key, rows.length);
  }
  return { rows, rowOf, width, address: `A1:${cell(width - 1, rows.length)}` };
}

function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** Parameter table, its descriptions beside it, and live DSI.* formulas below it. */
export function liveModelPlan(kind: ModelKind, params: Record<string, unknown>, lang: Lang, scenarioName: string): Plan {
  const table = parameterTable(kind, params, lang);
  const T = absolute(table.address);
  const last = table.rows.length;
  const labelCol = table.width + 1;
  const metas = MODELS[kind].params;
  const writes: Write[] = [
    { address: table.address, values: table.rows },
    {
      address: area(labelCol, 1, labelCol, last),
      values: [[tr(lang, 'descriptionHeader')], ...metas.map((m) => [`${m.label[lang]} (${m.unit[lang]})`])],
    },
  ];
  let r = last + 2;
  if (kind === 'case') {
    const b = (k: string) => `B${table.rowOf.get(k)}`;
    writes.push({ address: area(0, r, 0, r), values: [[tr(lang, 'netSuccesses')]] });
    writes.push({ address: area(1, r, 1, r), formulas: [[`=DSI.NETSUCCESSES(${b('participants')},${b('successRate')},${b('baselineRate')},${b('dropoutRate')})`]] });
    r += 2;
    writes.push({ address: area(0, r, 3, r), values: [[tr(lang, 'actor'), tr(lang, 'breakEven'), tr(lang, 'netValueShort'), tr(lang, 'bcr')]] });
    writes.push({ address: area(0, r + 1, 0, r + 4), values: ACTORS_AND_TOTAL.map((a) => [a]) });
    writes.push({
      address: area(1, r + 1, 3, r + 4),
      formulas: ACTORS_AND_TOTAL.map((a) => [`=DSI.BREAKEVEN(${T},"${a}")`, `=DSI.NETVALUE(${T},"${a}")`, `=DSI.BCR(${T},"${a}")`]),
    });
    r += 6;
    writes.push({ address: area(0, r, 0, r), values: [[tr(lang, 'cashflows')]] });
    writes.push({ address: area(0, r + 1, 0, r + 1), formulas: [[`=DSI.CASHFLOWS(${T})`]] });
  } else {
    const outputs: [string, Parameters<typeof tr>[1]][] = [
      ['totalInvested', 'totalInvested'], ['people', 'cumulativePeople'], ['employed', 'employed'],
      ['partnerships', 'partnerships'], ['outstanding', 'outstanding'], ['irr', 'vintageIrr'],
    ];
    writes.push({ address: area(0, r, 0, r + outputs.length - 1), values: outputs.map(([, k]) => [tr(lang, k)]) });
    writes.push({ address: area(1, r, 1, r + outputs.length - 1), formulas: outputs.map(([o]) => [`=DSI.REINVEST(${T},"${o}")`]) });
    r += outputs.length + 1;
    writes.push({ address: area(0, r, 0, r), values: [[tr(lang, 'fundTable')]] });
    writes.push({ address: area(0, r + 1, 0, r + 1), formulas: [[`=DSI.REINVEST(${T})`]] });
  }
  return { sheetBase: `DSI ${scenarioName}`, writes };
}

export type Evaluated = { kind: 'case'; result: CaseResult } | { kind: 'fund'; result: FundResult };

/** The results as plain numbers, and a year-by-year table a native chart can read (blank top-left
 *  cell, so Excel takes the first column as categories). */
export function valuesPlan(ev: Evaluated, lang: Lang, scenarioName: string): Plan {
  const writes: Write[] = [{ address: 'A1', values: [[safeText(`${tr(lang, 'resultsFor')} ${scenarioName}`)]] }];
  let chart: ChartSpec;
  if (ev.kind === 'case') {
    const r = ev.result;
    const H = r.years.length;
    writes.push({ address: 'A3:B3', values: [[tr(lang, 'netSuccesses'), r.netSuccesses]] });
    writes.push({ address: 'A5:D5', values: [[tr(lang, 'actor'), tr(lang, 'breakEven'), tr(lang, 'netValue', { H }), tr(lang, 'bcr')]] });
    writes.push({
      address: 'A6:D9',
      values: ACTORS_AND_TOTAL.map((a) => {
        const x = r.actors[a];
        return [a, x.breakEvenYear ?? tr(lang, 'notWithin', { H }), x.presentValue, x.benefitCostRatio ?? tr(lang, 'noCost')];
      }),
    });
    writes.push({ address: 'A11', values: [[tr(lang, 'cumulativeByYear')]] });
    const table: Cell[][] = [['', ...ACTORS_AND_TOTAL]];
    for (let t = 0; t < H; t++) table.push([r.years[t], ...ACTORS_AND_TOTAL.map((a) => r.actors[a].cumulative[t])]);
    const source = `A12:E${12 + H}`;
    writes.push({ address: source, values: table });
    chart = { source, type: 'Line', title: tr(lang, 'chartCumulative').replace(/ \(.*\)$/, ''), at: ['G3', 'O20'] };
  } else {
    const r = ev.result;
    const H = r.years.length;
    const kpis: [Parameters<typeof tr>[1], Cell][] = [
      ['totalInvested', r.totalInvested], ['peopleInitial', r.peopleHelped[0]], ['cumulativePeople', r.cumulativePeople[H - 1]],
      ['employed', r.employed], ['partnerships', r.partnerships], ['outstanding', r.outstanding], ['keptCash', r.keptCash],
      ['vintageIrr', r.vintageIrr ?? tr(lang, 'none')],
    ];
    writes.push({ address: `A3:B${2 + kpis.length}`, values: kpis.map(([k, v]) => [tr(lang, k), v]) });
    const top = 4 + kpis.length;
    writes.push({ address: `A${top}`, values: [[tr(lang, 'fundTable')]] });
    const table: Cell[][] = [['', tr(lang, 'cumulativePeople'), tr(lang, 'peopleHelped'), tr(lang, 'invested'), tr(lang, 'repayments')]];
    for (let t = 0; t < H; t++) table.push([r.years[t], r.cumulativePeople[t], r.peopleHelped[t], r.invested[t], r.repayments[t]]);
    writes.push({ address: `A${top + 1}:E${top + 1 + H}`, values: table });
    chart = { source: `A${top + 1}:B${top + 1 + H}`, type: 'ColumnClustered', title: tr(lang, 'chartPeople'), at: ['G3', 'O20'] };
  }
  return { sheetBase: `DSI ${scenarioName}`, writes, chart };
}

/** Writes a plan on a new worksheet (and its chart when asked); returns the sheet's name. */
export async function writePlan(excel: ExcelApi, plan: Plan, withChart = false): Promise<string> {
  return excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items');
    await context.sync();
    const name = uniqueSheetName(plan.sheetBase, sheets.items.map((x) => x.name));
    const ws = sheets.add(name);
    for (const w of plan.writes) {
      const range = ws.getRange(w.address);
      if (w.formulas) range.formulas = w.formulas;
      else range.values = w.values as any[][];
    }
    if (withChart && plan.chart) {
      const c = plan.chart;
      const chart = ws.charts.add(c.type as Excel.ChartType, ws.getRange(c.source), 'Columns' as Excel.ChartSeriesBy);
      chart.title.text = c.title;
      chart.setPosition(c.at[0], c.at[1]);
    }
    ws.activate();
    await context.sync();
    return name;
  });
}
