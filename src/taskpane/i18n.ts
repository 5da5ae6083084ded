/**
 * UI strings in English and Danish, one file per area under i18n/ (a new area: add a file with an
 * `en` table and a `da: Record<keyof typeof en, string>` table, and spread both below). Parameter
 * labels, units, help and rules are NOT here: they come from the model's field registry so they can
 * never drift from the model.
 */
import * as analytics from './i18n/analytics';
import * as model from './i18n/model';
import * as scenarios from './i18n/scenarios';
import * as excel from './i18n/excel';
import * as layout from './i18n/layout';
import * as fund from './i18n/fund';
import * as budgetLines from './i18n/budgetLines';

export type Lang = 'en' | 'da';

const en = { ...model.en, ...scenarios.en, ...analytics.en, ...excel.en, ...layout.en, ...fund.en, ...budgetLines.en };
export type Key = keyof typeof en;
const da: Record<Key, string> = { ...model.da, ...scenarios.da, ...analytics.da, ...excel.da, ...layout.da, ...fund.da, ...budgetLines.da };

/** Both tables (read by the browser test that no English string shows in the Danish pane). */
export const TABLES: Record<Lang, Record<Key, string>> = { en, da };

export function tr(lang: Lang, key: Key, vars?: Record<string, string | number>): string {
  let s = TABLES[lang][key];
  if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** 'da' for any Danish locale tag (da, da-DK), else English. */
export function langFromTag(tag: string | undefined | null): Lang {
  return typeof tag === 'string' && /^da\b/i.test(tag.trim()) ? 'da' : 'en';
}
