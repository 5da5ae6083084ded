/**
 * Export a scenario as a plain workbook that computes the model with native spreadsheet formulas
 * (About, Inputs, Model, Results sheets and a chart). Browser-safe: no DOM, no Office, no file system.
 */
import type { CaseParams, FundParams, ContractParams, ModelKind } from '../model';
import { casePlan } from './case';
import { fundPlan } from './fund';
import { contractPlan } from './contract';
import { planToXlsx } from './xlsx';
import type { XlsxOptions } from './xlsx';
import type { WorkbookPlan } from './plan';
import type { PlanOptions } from './results';

export type { WorkbookPlan, PlanSheet, PlanCell, PlanName, ChartSpec, Lang } from './plan';
export type { PlanOptions } from './results';
export { casePlan } from './case';
export { fundPlan } from './fund';
export { contractPlan } from './contract';
export { outcomeFundPlan } from './outcomeFund';
export type { ReferenceContract } from './outcomeFund';
export { planToXlsx, planToWorkbook } from './xlsx';
export type { XlsxOptions } from './xlsx';

export type ExportParams = CaseParams | FundParams | ContractParams;

/** The plan of a workbook for validated parameters of any model. */
export function planFor(kind: ModelKind, params: ExportParams, options: PlanOptions = {}): WorkbookPlan {
  if (kind === 'case') return casePlan(params as CaseParams, options);
  if (kind === 'contract') return contractPlan(params as ContractParams, options);
  return fundPlan(params as FundParams, options);
}

/** The .xlsx bytes for validated parameters. */
export function exportXlsx(kind: ModelKind, params: ExportParams, options: XlsxOptions & PlanOptions = {}): Promise<Uint8Array> {
  return planToXlsx(planFor(kind, params, options), options);
}
