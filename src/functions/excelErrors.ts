/** How the custom functions turn a failure into an Excel error: the model's message in Excel's
 *  display language (Danish Excel shows Danish), #VALUE! for bad input and #N/A for a missing result. */
import './runtimeGuard';
import { toExcelError } from './adapters';
import type { ExcelErrorFactory } from './adapters';

/** Excel's display language: in the shared runtime office.js is loaded, and Office.context says it
 *  once Office is ready; until then (or outside Excel) English. */
export function excelLanguage(): 'en' | 'da' {
  try {
    const tag = (globalThis as any).Office?.context?.displayLanguage;
    return typeof tag === 'string' && /^da\b/i.test(tag) ? 'da' : 'en';
  } catch {
    return 'en';
  }
}

export const excelErrors: ExcelErrorFactory<CustomFunctions.Error> = {
  invalidValue: (m) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, m),
  notAvailable: (m) => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, m),
  lang: excelLanguage,
};

/** Runs an adapter; any failure becomes an Excel error with the model's message. */
export function excel<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw toExcelError(e, excelErrors);
  }
}
