/** dsi params --preset NAME: the preset's parameters, as a table or as a JSON object for --params. */
import { findPreset, PRESETS, MODELS, closest, invalid, lineRows } from '../../model';
import type { Command } from '../types';
import { UsageError } from '../errors';
import { single } from '../args';
import { table } from '../format';
import { jsonOne } from '../json';
import { showParamValue } from '../paramhelp';
import { caveatNote } from '../presetText';
import { JSON_OPTION } from './shared';

export const paramsCommand: Command = {
  name: 'params',
  summary: {
    en: "show a preset's parameters (the JSON form can be edited and passed back with --params)",
    da: 'vis en forudindstillings parametre (JSON-formen kan redigeres og gives tilbage med --params)',
  },
  usage: ['params --preset NAME [--json]'],
  options: [
    { name: 'preset', value: 'NAME', help: { en: 'the preset to show (see dsi presets)', da: 'forudindstillingen der skal vises (se dsi presets)' } },
    { ...JSON_OPTION, help: { en: 'print the parameters as one JSON object {"key": value, ...}', da: 'udskriv parametrene som ét JSON-objekt {"nøgle": værdi, ...}' } },
  ],
  run(opts, ctx) {
    const name = single(opts, 'preset');
    const names = PRESETS.map((p) => p.name).join(', ');
    if (name === undefined) throw new UsageError(`dsi params needs --preset NAME (presets: ${names})`, `dsi params kræver --preset NAVN (forudindstillinger: ${names})`);
    const preset = findPreset(name);
    if (!preset) {
      const guess = closest(name.trim(), PRESETS.map((p) => p.name));
      throw invalid('unknownPreset', { name: name.trim(), guess, names }, 'preset', name);
    }
    const model = MODELS[preset.kind];
    const values = preset.values as Record<string, unknown>;
    const metas = model.params.filter((m) => values[m.key] !== undefined);
    // Budget-line inputs (consequences, prices, priceYear, priceIndex) come after the parameters.
    const structured = (model.structured ?? []).filter((x) => values[x.key] !== undefined);
    if (opts.flags.has('json')) {
      const obj: Record<string, unknown> = {};
      for (const m of metas) obj[m.key] = values[m.key];
      for (const x of structured) obj[x.key] = values[x.key];
      ctx.out(jsonOne(obj));
      return;
    }
    const da = ctx.lang === 'da';
    const header = da ? ['Parameter', 'Værdi', 'Enhed', 'Betydning'] : ['Parameter', 'Value', 'Unit', 'Meaning'];
    const rows = metas.map((m) => [m.key, showParamValue(values[m.key], ctx.lang), m.unit[ctx.lang], m.label[ctx.lang]]);
    let s = `${preset.name} (${preset.kind}): ${preset.description[ctx.lang]}\n\n`;
    s += table(header, rows, ['left', 'right', 'left', 'left']);
    for (const row of lineRows(values)) s += `${row.map((c) => showParamValue(c, ctx.lang)).join(' | ')}\n`;
    s += '\n' + caveatNote(preset, false, ctx.lang);
    ctx.out(s);
  },
};
