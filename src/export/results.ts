/**
 * The Results sheet (`metric | value | label`: the machine path into the CLI's JSON in column A, the
 * value in B, a readable label in C; the input check's message in D1) and the assembly of a plan:
 * About, Inputs (with its checks), Model, Results.
 */
import { SheetBuilder, SHEET_NAMES } from './plan';
import type { ChartSpec, Lang, PlanName, PlanSheet, SheetNames, WorkbookPlan } from './plan';
import type { Metric, ModelRows } from './rows';
import { aboutSheet } from './about';
import type { AboutKind } from './aboutText';
import { writeChecks, whileValid } from './checks';
import type { RuleCheck } from './checks';
import type { InputsSheet } from './inputs';

/** What the caller knows beyond the parameters: language, scenario name, preset, date. */
export interface PlanOptions {
  lang?: Lang;
  /** The scenario's name (the pane's saved scenario, or the CLI's description of its inputs). */
  scenarioName?: string;
  /** The preset the values start from (sources and caveat on the About sheet). */
  preset?: string;
  /** Date of export, YYYY-MM-DD (default: today). */
  date?: string;
}

export interface Resolved {
  lang: Lang;
  sheetNames: SheetNames;
  options: PlanOptions;
}

export function resolve(options: PlanOptions): Resolved {
  const lang = options.lang ?? 'en';
  return { lang, sheetNames: SHEET_NAMES[lang], options };
}

export function resultsSheet(name: string, lang: Lang, metrics: readonly Metric[]): PlanSheet {
  const b = new SheetBuilder(name, [34, 16, 50, 44]);
  b.row([
    { value: 'metric', bold: true },
    { value: 'value', bold: true },
    { value: lang === 'da' ? 'Beskrivelse' : 'Label', bold: true },
    { formula: 'inputMessage', bold: true, wrap: true },
  ]);
  for (const m of metrics) b.row([{ value: m.path }, { formula: whileValid(m.formula), numFmt: m.numFmt }, { value: m.label, align: 'left' }]);
  b.fitColumn(0, 20, 40);
  b.fitColumn(2, 20, 56);
  b.sheet.widths[3] = 44;
  b.height(0, 45); // the message of a broken rule takes up to three lines
  b.sheet.print = { orientation: 'portrait', fitToHeight: 0, repeatRows: '1:1' };
  return b.sheet;
}

/** The first row of a Model sheet: the input check's message, so a broken rule is seen where the #N/A are. */
export function statusRow(rows: ModelRows): void {
  rows.sheet.row([{ formula: 'inputMessage', bold: true }]);
  rows.blank();
}

export interface PlanParts {
  kind: WorkbookPlan['kind'];
  about: AboutKind;
  resolved: Resolved;
  inputs: InputsSheet;
  /** The rules across cells (sums, structure), checked after the single-cell rules. */
  rules: RuleCheck[];
  model: ModelRows;
  names: PlanName[];
  metrics: readonly Metric[];
  chart?: ChartSpec;
  contractSource?: string;
}

export function assemble(parts: PlanParts): WorkbookPlan {
  const { kind, resolved, inputs, model, names, metrics, chart } = parts;
  const { lang, sheetNames, options } = resolved;
  writeChecks(inputs, [...inputs.checks, ...parts.rules], lang, names);
  inputs.builder.sheet.print = { orientation: 'landscape', fitToHeight: 1, repeatRows: '1:1' };
  const about = aboutSheet({
    kind: parts.about,
    lang,
    sheetNames,
    scenarioName: options.scenarioName,
    preset: options.preset,
    contractSource: parts.contractSource,
    date: options.date ?? new Date().toISOString().slice(0, 10),
  });
  model.sheet.fitColumn(0, 30, 80);
  model.sheet.sheet.print = { orientation: 'portrait', fitToHeight: 0, repeatCols: 'A:A', breaksBefore: chart ? [chart.anchor.row] : [] };
  return {
    kind,
    lang,
    sheetNames,
    sheets: [about, inputs.builder.sheet, model.sheet.sheet, resultsSheet(sheetNames.results, lang, metrics)],
    names: [...names],
    metrics: metrics.map((m) => m.path),
    chart,
  };
}
