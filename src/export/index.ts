/**
 * Export a scenario as a plain workbook that computes the model with native spreadsheet formulas
 * (Inputs, Model, Results sheets and a chart). Browser-safe: no DOM, no Office, no file system.
 */
import type { CaseParams, FundParams, ModelKind } from '../model';
import { casePlan } from './case';
import { fundPlan } from './fund';
import { planToXlsx } from './xlsx';
import type { XlsxOptions } from './xlsx';
import type { WorkbookPlan } from './plan';

export type { WorkbookPlan, PlanSheet, PlanCell, PlanName, ChartSpec } from './plan';
export { casePlan } from './case';
export { fundPlan } from './fund';
export { planToXlsx, planToWorkbook } from './xlsx';
export type { XlsxOptions } from './xlsx';

/** The plan of a workbook for validated parameters of either model. */
export function planFor(kind: ModelKind, params: CaseParams | FundParams): WorkbookPlan {
  return kind === 'case' ? casePlan(params as CaseParams) : fundPlan(params as FundParams);
}

/** The .xlsx bytes for validated parameters. */
export function exportXlsx(kind: ModelKind, params: CaseParams | FundParams, options?: XlsxOptions): Promise<Uint8Array> {
  return planToXlsx(planFor(kind, params), options);
}
