/**
 * The Inputs sheet: the model's parameter table (`key | value | value ...` in columns D onwards, so
 * the range D1:.. is also a parameter table the DSI functions accept), with a label, unit and rule
 * beside each key, all taken from the field registry, and one defined name per parameter.
 */
import { ruleText } from '../model';
import type { ParamMeta } from '../model';
import { SheetBuilder, say } from './plan';
import type { Label, Lang, PlanName } from './plan';

/** 0-based column of the parameter key; values start in the next column. */
export const KEY_COL = 3;

export interface InputsSheet {
  builder: SheetBuilder;
  names: PlanName[];
  /** Row (0-based) of each parameter. */
  rowOf: Record<string, number>;
}

const HEADER: Record<Lang, string[]> = {
  en: ['Label', 'Unit', 'Rule', 'Parameter', 'Value'],
  da: ['Betegnelse', 'Enhed', 'Regel', 'Parameter', 'Værdi'],
};

export function buildInputs(sheetName: string, lang: Lang, params: readonly ParamMeta[], values: Record<string, unknown>, notes: Label[]): InputsSheet {
  const b = new SheetBuilder(sheetName, [30, 26, 44, 20, 14, 14, 14, 14]);
  b.row(HEADER[lang].map((value) => ({ value, bold: true })));
  const names: PlanName[] = [];
  const rowOf: Record<string, number> = {};
  for (const meta of params) {
    const v = values[meta.key];
    const list: number[] = v === undefined ? [] : Array.isArray(v) ? (v as number[]) : [v as number];
    const rule = ruleText(meta, lang) + (meta.note ? `; ${meta.note[lang]}` : '');
    const r = b.row([{ value: meta.label[lang] }, { value: meta.unit[lang] }, { value: rule }, { value: meta.key }, ...list.map((x) => ({ value: x }))]);
    rowOf[meta.key] = r;
    const last = KEY_COL + Math.max(1, list.length);
    names.push({ name: meta.key, ref: list.length > 1 ? b.rowRef(r, KEY_COL + 1, last) : b.ref(r, KEY_COL + 1) });
  }
  b.blank();
  for (const n of notes) b.row([{ value: say(n, lang) }]);
  return { builder: b, names, rowOf };
}
