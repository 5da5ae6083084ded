/**
 * Export a scenario as a plain workbook that computes the model with native spreadsheet formulas
 * (Inputs, Model, Results sheets and a chart). Browser-safe: no DOM, no Office, no file system;
 * src/export/node.ts adds writing to a file.
 */
import { caseModel, fundModel, validate, mergeInput } from '../model';
import type { CaseParams, FundParams, InputLayer, ModelKind } from '../model';
import { casePlan } from './case';
import { fundPlan } from './fund';
import { planToXlsx } from './xlsx';
import type { XlsxOptions } from './xlsx';
import type { WorkbookPlan } from './plan';
import type { PlanOptions } from './results';

export type { WorkbookPlan, PlanSheet, PlanCell, PlanName, ChartSpec } from './plan';
export { casePlan } from './case';
export type { PlanOptions } from './results';
export { fundPlan } from './fund';
export { planToXlsx, planToWorkbook } from './xlsx';
export type { XlsxOptions } from './xlsx';

/** The plan of a workbook for validated parameters of either model. */
export function planFor(kind: ModelKind, params: CaseParams | FundParams, options: PlanOptions = {}): WorkbookPlan {
  return kind === 'case' ? casePlan(params as CaseParams, options) : fundPlan(params as FundParams, options);
}

/** Validates the layers (same rules and messages as everywhere else) and plans the workbook. */
export function planFromLayers(kind: ModelKind, layers: readonly InputLayer[]): WorkbookPlan {
  if (kind === 'case') return casePlan(validate(caseModel, mergeInput(caseModel, layers)));
  return fundPlan(validate(fundModel, mergeInput(fundModel, layers)));
}

/** The .xlsx bytes for validated parameters. */
export function exportXlsx(kind: ModelKind, params: CaseParams | FundParams, options: XlsxOptions & PlanOptions = {}): Promise<Uint8Array> {
  return planToXlsx(planFor(kind, params, options), options);
}
