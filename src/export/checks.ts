/**
 * The workbook checks its own inputs. Excel's data validation (validation.ts) stops a value typed
 * into a cell, but not one pasted over it or computed, so every rule is also a formula: one check
 * row per rule on the Inputs sheet (1 = holds, shown as OK; 0 = broken), the name `inputsOk` (all
 * rules hold) and `inputMessage` (names the first broken rule). The Results and the Model sheet's key
 * figures read `inputsOk` and show #N/A while a rule is broken, never a number from broken inputs.
 */
import { ruleText } from '../model';
import type { ParamMeta } from '../model';
import { say } from './plan';
import type { Label, Lang, PlanName } from './plan';
import type { InputsSheet } from './inputs';

/** A rule as a sentence and as a formula that is TRUE when the rule holds. */
export interface RuleCheck {
  rule: Label;
  holds: string;
}

/** Sums must be 1 within the model's own tolerance. */
export const SUM_TOLERANCE = '0.000000001'; // HyperFormula reads no exponent notation

/** Fields without a default that may be left empty (costTotal or costPerParticipant, paymentCap). */
export function mayBeEmpty(meta: ParamMeta): boolean {
  return !meta.required && meta.default === undefined;
}

/** The single-cell rule of a field, over its defined name (one cell, or a row for a vector). */
export function fieldCheck(meta: ParamMeta, isRow: boolean): RuleCheck {
  const k = meta.key;
  const parts: string[] = [];
  const lo = meta.minExclusive ? '>' : '>=';
  const hi = meta.maxExclusive ? '<' : '<=';
  if (isRow) {
    parts.push(`COUNT(${k})=COLUMNS(${k})`);
    if (meta.min !== undefined) parts.push(`MIN(${k})${lo}${meta.min}`);
    if (meta.max !== undefined) parts.push(`MAX(${k})${hi}${meta.max}`);
  } else {
    parts.push(`ISNUMBER(${k})`);
    if (meta.min !== undefined) parts.push(`${k}${lo}${meta.min}`);
    if (meta.max !== undefined) parts.push(`${k}${hi}${meta.max}`);
    if (meta.kind === 'integer') parts.push(`INT(${k})=${k}`);
  }
  const all = parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
  const empty = mayBeEmpty(meta) && !isRow;
  const sentence = (lang: Lang) => {
    const rule = ruleText(meta, lang);
    if (isRow) return lang === 'da' ? `hver værdi i ${k} ${rule}` : `each value of ${k} ${rule}`;
    return `${k} ${rule}${empty ? (lang === 'da' ? ' (eller tom)' : ' (or empty)') : ''}`;
  };
  return { rule: { en: sentence('en'), da: sentence('da') }, holds: empty ? `OR(ISBLANK(${k}),${all})` : all };
}

/** A sum of cells that must be 1 (cost shares, cost profile, payer shares). */
export function sumCheck(keys: string[] | string, what: Label): RuleCheck {
  const sum = Array.isArray(keys) ? keys.join('+') : `SUM(${keys})`;
  const shown = Array.isArray(keys) ? keys.join(' + ') : keys;
  return {
    rule: { en: `${shown} must sum to 1 (${say(what, 'en')})`, da: `${shown} skal summere til 1 (${say(what, 'da')})` },
    holds: `ABS(${sum}-1)<=${SUM_TOLERANCE}`,
  };
}

/** A value the Model sheet's columns were built for (horizon, the vintage length): export again to change it. */
export function structureCheck(formula: string, value: number, what: Label): RuleCheck {
  return {
    rule: {
      en: `${formula} must stay ${value}: ${say(what, 'en')} (export the workbook again to change it)`,
      da: `${formula} skal forblive ${value}: ${say(what, 'da')} (eksportér projektmappen igen for at ændre det)`,
    },
    holds: `${formula}=${value}`,
  };
}

const TEXT = {
  heading: { en: 'Input checks: every rule of the model, checked by formula (OK = the rule holds)', da: 'Kontrol af input: hver regel i modellen, kontrolleret med formler (OK = reglen er overholdt)' },
  all: { en: 'All rules hold', da: 'Alle regler er overholdt' },
  ok: { en: 'All input rules hold.', da: 'Alle regler for input er overholdt.' },
  broken: { en: 'BROKEN RULE: ', da: 'BRUDT REGEL: ' },
  until: { en: ' - results show #N/A until it is fixed.', da: ' - resultaterne viser #N/A, indtil den er rettet.' },
  status: { en: '"OK";"OK";[Red]"BROKEN"', da: '"OK";"OK";[Red]"BRUDT"' },
} satisfies Record<string, { en: string; da: string }>;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Writes the check rows below the Inputs table and adds the names inputChecks, inputsOk, inputMessage. */
export function writeChecks(inputs: InputsSheet, checks: readonly RuleCheck[], lang: Lang, names: PlanName[]): void {
  const b = inputs.builder;
  b.blank();
  b.row([{ value: TEXT.heading[lang], bold: true }]);
  const status = TEXT.status[lang];
  const first = b.nextRow;
  for (const c of checks) b.row([{ formula: `IFERROR(IF(${c.holds},1,0),0)`, numFmt: status, align: 'center' }, { value: say(c.rule, lang) }]);
  const last = b.nextRow - 1;
  names.push({ name: 'inputChecks', ref: b.colRef(0, first, last) }, { name: 'inputRules', ref: b.colRef(1, first, last) });
  const okRow = b.row([{ formula: 'IF(MIN(inputChecks)=1,1,0)', numFmt: status, bold: true, align: 'center' }, { value: TEXT.all[lang], bold: true }]);
  names.push({ name: 'inputsOk', ref: b.ref(okRow, 0) });
  const msgRow = b.row([
    { formula: `IF(inputsOk=1,${quote(TEXT.ok[lang])},${quote(TEXT.broken[lang])}&INDEX(inputRules,MATCH(0,inputChecks,0))&${quote(TEXT.until[lang])})`, bold: true },
  ]);
  names.push({ name: 'inputMessage', ref: b.ref(msgRow, 0) });
}

/** A formula shown only while every input rule holds, else #N/A. */
export function whileValid(formula: string): string {
  return `IF(inputsOk=1,${formula},NA())`;
}
