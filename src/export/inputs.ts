/**
 * The Inputs sheet: the model's parameter table (`key | value | value ...` in columns E onwards, so
 * the range E1:.. is also a parameter table the DSI functions accept), with a label, unit, rule and
 * source beside each key, all taken from the field registry, one defined name per parameter, and
 * Excel data validation on every value cell (validation.ts).
 */
import { ruleText, findPreset } from '../model';
import type { ParamMeta } from '../model';
import { SheetBuilder, addr } from './plan';
import type { Lang, PlanCell, PlanName } from './plan';
import { cellValidation } from './validation';
import { fieldCheck } from './checks';
import type { RuleCheck } from './checks';

/** 0-based column of the parameter key; values start in the next column. */
export const KEY_COL = 4;

export interface InputsSheet {
  builder: SheetBuilder;
  names: PlanName[];
  /** Row (0-based) of each parameter. */
  rowOf: Record<string, number>;
  /** The single-cell rule of every parameter, as a check formula. */
  checks: RuleCheck[];
}

const HEADER: Record<Lang, string[]> = {
  en: ['Label', 'Unit', 'Rule', 'Source', 'Parameter', 'Value'],
  da: ['Betegnelse', 'Enhed', 'Regel', 'Kilde', 'Parameter', 'Værdi'],
};

/** Where the scenario's values came from: the preset it starts from, if any. */
export interface InputSource {
  preset?: string;
  /** Values that come from elsewhere (the fund's repayment shares: from the reference contract). */
  fixed?: Record<string, string>;
}

/** Keys the calibration caveat speaks of: fitted to the report's results, not taken from it. */
const CALIBRATED = new Set(['costProfile', 'effectRamp', 'persistence', 'gainKommune', 'gainRegion', 'gainStat', 'repaymentMultiple']);

/** The contract's terms are the preset's own choice, not the report's figures. */
const CONTRACT_TERMS = /^(outcomePrice|paymentStart|paymentYears|paymentCap|payerShare)/;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The source of one value: the preset (and whether it is calibrated), a default, or this scenario. */
export function sourceOf(meta: ParamMeta, value: unknown, source: InputSource, lang: Lang): string {
  const da = lang === 'da';
  const preset = source.preset !== undefined ? findPreset(source.preset) : undefined;
  const presetValue = preset ? (preset.values as Record<string, unknown>)[meta.key] : undefined;
  if (value === undefined) return '';
  const fixed = source.fixed?.[meta.key];
  if (fixed !== undefined) return da ? `fra kontrakten ${fixed}` : `from the contract ${fixed}`;
  if (preset && presetValue !== undefined && same(presetValue, value)) {
    if (CALIBRATED.has(meta.key) && preset.caveat !== undefined) return da ? `${preset.name}: kalibreret (se arket Om)` : `${preset.name}: calibrated (see About)`;
    if (CONTRACT_TERMS.test(meta.key)) return da ? `${preset.name}: forudindstillingens valg` : `${preset.name}: the preset's choice`;
    return da ? `${preset.name}: rapporten` : `${preset.name}: the report`;
  }
  if (meta.default !== undefined && same(meta.default, value) && (!preset || presetValue === undefined)) return da ? 'modellens standardværdi' : "the model's default";
  return da ? 'sat i dette scenarie' : 'set in this scenario';
}

/** Shares and rates as percentages, amounts with thousands separators, years and counts plain. */
export function inputFormat(meta: ParamMeta, values: readonly number[]): string | undefined {
  const unit = meta.unit.en;
  if (meta.kind === 'integer') return '0';
  if (unit.startsWith('share') || unit.includes('rate')) return '0.0##%';
  if (unit.startsWith('DKK') && !unit.startsWith('DKK repaid')) return values.every(Number.isInteger) ? '#,##0' : '#,##0.00';
  return undefined;
}

export function buildInputs(sheetName: string, lang: Lang, params: readonly ParamMeta[], values: Record<string, unknown>, source: InputSource = {}): InputsSheet {
  const b = new SheetBuilder(sheetName, [24, 18, 30, 20, 20, 13, 13, 13, 13]);
  b.row(HEADER[lang].map((value) => ({ value, bold: true })));
  const names: PlanName[] = [];
  const rowOf: Record<string, number> = {};
  const checks: RuleCheck[] = [];
  for (const meta of params) {
    const v = values[meta.key];
    const list: number[] = v === undefined ? [] : Array.isArray(v) ? (v as number[]) : [v as number];
    const rule = ruleText(meta, lang) + (meta.note ? `; ${meta.note[lang]}` : '');
    const r = b.nextRow;
    const numFmt = inputFormat(meta, list);
    const cells: PlanCell[] = (list.length ? list : [undefined]).map((x, i) => ({ value: x, numFmt, validation: cellValidation(meta, addr(r, KEY_COL + 1 + i), lang) }));
    b.row([{ value: meta.label[lang] }, { value: meta.unit[lang] }, { value: rule }, { value: sourceOf(meta, v, source, lang) }, { value: meta.key }, ...cells]);
    rowOf[meta.key] = r;
    const isRow = list.length > 1 || meta.kind === 'vector';
    names.push({ name: meta.key, ref: isRow ? b.rowRef(r, KEY_COL + 1, KEY_COL + Math.max(1, list.length)) : b.ref(r, KEY_COL + 1) });
    checks.push(fieldCheck(meta, isRow));
  }
  // Label, unit, rule, source, key: as wide as their texts, longer ones wrapped.
  [[0, 12, 34], [1, 8, 28], [2, 12, 50], [3, 10, 40], [4, 10, 22]].forEach(([col, min, max]) => b.fitColumn(col, min, max));
  return { builder: b, names, rowOf, checks };
}
