/** Node entry of the export: writes the workbook to a file. */
import { writeFileSync } from 'fs';
import type { CaseParams, FundParams, ModelKind } from '../model';
import { exportXlsx } from './index';
import type { XlsxOptions } from './xlsx';

export * from './index';

export async function writeXlsxFile(path: string, kind: ModelKind, params: CaseParams | FundParams, options?: XlsxOptions): Promise<void> {
  writeFileSync(path, await exportXlsx(kind, params, options));
}
