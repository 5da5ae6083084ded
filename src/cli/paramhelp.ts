/**
 * Parameter documentation generated from the model's metadata (the zod schema's registry):
 * key, unit, rule (the model's own ruleText), default, description, note.
 */
import { ruleText } from '../model';
import type { ModelDef, ParamMeta } from '../model';
import { num, wrap } from './format';
import type { Lang } from './types';

/** A parameter value as a user would type it after --set (vectors comma separated). */
export function showParamValue(v: unknown, lang: Lang = 'en'): string {
  if (Array.isArray(v)) return v.map((x) => showParamValue(x, lang)).join(lang === 'da' ? '; ' : ', ');
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) >= 10000) return num(v, 0, lang);
    const s = String(Number(v.toPrecision(12)));
    return lang === 'da' ? s.replace('.', ',') : s;
  }
  return String(v);
}

/** The rule without its leading "must be" / "skal være", for compact listing. */
export function ruleShort(meta: ParamMeta, lang: Lang): string {
  const full = ruleText(meta, lang);
  const short = full.replace(/^(must be|skal være) /, '');
  const each = lang === 'da' ? 'hver værdi ' : 'each value ';
  if (meta.kind === 'vector') return each + short;
  if (meta.kind === 'rates') return lang === 'da' ? `${short} (eller én pr. år)` : `${short} (or one per year)`;
  return short;
}

export function defaultText(model: ModelDef<any, any>, meta: ParamMeta, lang: Lang): string {
  if (meta.default !== undefined) return (lang === 'da' ? 'standard ' : 'default ') + showParamValue(meta.default, lang);
  if (meta.required) return lang === 'da' ? 'skal angives' : 'required';
  const group = model.exclusive.find((g) => g.includes(meta.key));
  if (group) return lang === 'da' ? `angiv én af ${group.join(', ')}` : `give one of ${group.join(', ')}`;
  return lang === 'da' ? 'valgfri' : 'optional';
}

/** Every parameter of a model: key, unit, rule, default on one line, description (and note) below. */
export function parameterHelp(model: ModelDef<any, any>, lang: Lang): string {
  const width = Math.max(...model.params.map((m) => m.key.length));
  const title =
    lang === 'da'
      ? `Parametre i ${model.label}-modellen (nøgler skelner ikke mellem store og små bogstaver):`
      : `Parameters of the ${model.label} model (keys are not case sensitive):`;
  let s = title + '\n';
  for (const m of model.params) {
    const head = `  ${m.key.padEnd(width)}  ${m.unit[lang]}; ${ruleShort(m, lang)}; ${defaultText(model, m, lang)}`;
    s += head + '\n';
    const desc = m.note ? `${m.description[lang]} (${m.note[lang]})` : m.description[lang];
    s += wrap(desc, 100, ' '.repeat(width + 4));
  }
  return s;
}
