/** What the text output shows beside a preset: the report check and the preset's caveat. */
import type { Preset } from '../model';
import { table, wrap } from './format';
import type { Lang } from './types';

/** "Check against the report": result | report | model, from the preset's published figures. */
export function reportCheck(preset: Preset, result: unknown, lang: Lang): string {
  if (preset.published.length === 0) return '';
  const rows = preset.published.map((f) => [f.label[lang], typeof f.report === 'string' ? f.report : f.report[lang], (f.model as (r: unknown, l: Lang) => string)(result, lang)]);
  const title = lang === 'da' ? `Kontrol mod rapporten (${preset.name})` : `Check against the report (${preset.name})`;
  const header = lang === 'da' ? ['Resultat', 'Rapport', 'Model'] : ['Result', 'Report', 'Model'];
  return `${title}\n` + table(header, rows, ['left', 'left', 'left']);
}

/** The preset's caveat, said wherever the preset is shown. */
export function caveatNote(preset: Preset, changed: boolean, lang: Lang): string {
  if (!preset.caveat) return '';
  const lead =
    lang === 'da'
      ? changed ? `Bemærk (forudindstillingen ${preset.name}, ændret): ` : 'Bemærk: '
      : changed ? `Note (preset ${preset.name}, changed here): ` : 'Note: ';
  return wrap(lead + preset.caveat[lang], 100, '  ', '');
}
