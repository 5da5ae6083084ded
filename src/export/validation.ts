/**
 * Excel data validation of an input cell, from the field's rule in the registry: whole numbers for
 * integer fields, decimals otherwise, between / at least / at most the bounds. Excel's validation
 * has no exclusive comparison (participants > 0, dropoutRate < 1), so a field with an exclusive
 * bound, or no bound at all, gets a custom formula validation instead (e.g. AND(ISNUMBER(E2),E2>0)),
 * which states the rule exactly; no epsilon is added to any bound. The input message gives the rule
 * and the unit; the alert stops the entry. Validation does not stop pasted values: checks.ts does.
 */
import { ruleText } from '../model';
import type { ParamMeta } from '../model';
import type { CellValidation, Lang } from './plan';
import { mayBeEmpty } from './checks';

/** Excel limits: title 32 characters, message 255 (prompt) and 225 (error). */
function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

function customFormula(meta: ParamMeta, cell: string): string {
  const parts = [`ISNUMBER(${cell})`];
  if (meta.min !== undefined) parts.push(`${cell}${meta.minExclusive ? '>' : '>='}${meta.min}`);
  if (meta.max !== undefined) parts.push(`${cell}${meta.maxExclusive ? '<' : '<='}${meta.max}`);
  if (meta.kind === 'integer') parts.push(`INT(${cell})=${cell}`);
  return parts.length === 1 ? parts[0] : `AND(${parts.join(',')})`;
}

/** The validation of one value cell of `meta` at address `cell` (relative, e.g. E5). */
export function cellValidation(meta: ParamMeta, cell: string, lang: Lang): CellValidation {
  const da = lang === 'da';
  const rule = ruleText(meta, lang);
  const note = meta.note ? `; ${meta.note[lang]}` : '';
  const texts = {
    allowBlank: mayBeEmpty(meta),
    promptTitle: clip(meta.key, 32),
    prompt: clip(`${meta.label[lang]} (${meta.unit[lang]}): ${rule}${note}.${mayBeEmpty(meta) ? (da ? ' Kan være tom.' : ' May be left empty.') : ''}`, 255),
    errorTitle: clip(da ? 'Værdien er ikke tilladt' : 'Value not allowed', 32),
    error: clip(`${meta.key} ${rule}${note}.`, 225),
  };
  const exclusive = meta.minExclusive || meta.maxExclusive;
  const { min, max } = meta;
  if (exclusive || (min === undefined && max === undefined)) return { type: 'custom', formulae: [customFormula(meta, cell)], ...texts };
  const type = meta.kind === 'integer' ? 'whole' : 'decimal';
  if (min !== undefined && max !== undefined) return { type, operator: 'between', formulae: [min, max], ...texts };
  if (min !== undefined) return { type, operator: 'greaterThanOrEqual', formulae: [min], ...texts };
  return { type, operator: 'lessThanOrEqual', formulae: [max as number], ...texts };
}
