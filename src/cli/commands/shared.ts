/** Pieces the model commands share. */
import type { OptionSpec, Lang } from '../types';
import type { SingleRun } from '../inputs';
import { wrap } from '../format';

export const JSON_OPTION: OptionSpec = {
  name: 'json',
  help: {
    en: 'print the result as JSON (the format of FUNCTIONS.md); a batch always prints a JSON array',
    da: 'udskriv resultatet som JSON (formatet i FUNCTIONS.md); en batch udskriver altid et JSON-array',
  },
};

const MODEL_NAMES: Record<string, { en: string; da: string }> = {
  case: { en: 'Case model', da: 'Casemodel' },
  fund: { en: 'Fund model', da: 'Fondsmodel' },
};

/** First lines of a text result: which model, from which input, and the preset's description. */
export function modelHeading(kind: string, run: SingleRun<unknown>, lang: Lang): string {
  const name = MODEL_NAMES[kind]?.[lang] ?? kind;
  let s = `${name}: ${run.source || (lang === 'da' ? 'standardværdier' : 'defaults')}`;
  const p = run.basePreset;
  if (p && !run.source.includes(`preset ${p.name}`)) s += lang === 'da' ? ` (bygger på ${p.name})` : ` (based on preset ${p.name})`;
  let out = wrap(s, 100, '  ', '');
  if (p) {
    const changed = run.unchangedPreset ? '' : lang === 'da' ? ' (ændret her)' : ' (changed here)';
    out += wrap(`${p.name}${changed}: ${p.description[lang]}`, 100, '  ', '');
  }
  return out;
}
