/**
 * The Results sheet (`metric | value | label`: the machine path into the CLI's JSON in column A, the
 * value in B, a readable label in C) and the assembly of a plan's sheets.
 */
import { SheetBuilder } from './plan';
import type { ChartSpec, Lang, PlanName, PlanSheet, SheetNames, WorkbookPlan } from './plan';
import type { Metric } from './rows';

export function resultsSheet(name: string, lang: Lang, metrics: readonly Metric[]): PlanSheet {
  const b = new SheetBuilder(name, [40, 18, 56]);
  b.row([{ value: 'metric', bold: true }, { value: 'value', bold: true }, { value: lang === 'da' ? 'Beskrivelse' : 'Label', bold: true }]);
  for (const m of metrics) b.row([{ value: m.path }, { formula: m.formula, numFmt: m.numFmt }, { value: m.label }]);
  return b.sheet;
}

export interface PlanParts {
  kind: WorkbookPlan['kind'];
  lang: Lang;
  sheetNames: SheetNames;
  inputs: PlanSheet;
  model: PlanSheet;
  names: PlanName[];
  metrics: readonly Metric[];
  chart?: ChartSpec;
}

export function assemble(parts: PlanParts): WorkbookPlan {
  const { kind, lang, sheetNames, inputs, model, names, metrics, chart } = parts;
  return {
    kind,
    lang,
    sheetNames,
    sheets: [inputs, model, resultsSheet(sheetNames.results, lang, metrics)],
    names,
    metrics: metrics.map((m) => m.path),
    chart,
  };
}
