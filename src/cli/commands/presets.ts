/** dsi presets: the presets with their model kind and a one-line description. */
import { PRESETS } from '../../model';
import type { Command } from '../types';
import { table } from '../format';
import { jsonOne } from '../json';
import { JSON_OPTION } from './shared';

export const presetsCommand: Command = {
  name: 'presets',
  summary: { en: 'list the presets (name, model, description)', da: 'vis forudindstillingerne (navn, model, beskrivelse)' },
  usage: ['presets [--json]'],
  options: [{ ...JSON_OPTION, help: { en: 'print a JSON array of {name, kind, description}', da: 'udskriv et JSON-array af {name, kind, description}' } }],
  run(opts, ctx) {
    if (opts.flags.has('json')) {
      ctx.out(jsonOne(PRESETS.map((p) => ({ name: p.name, kind: p.kind, description: p.description[ctx.lang] }))));
      return;
    }
    const header = ctx.lang === 'da' ? ['Navn', 'Model', 'Beskrivelse'] : ['Name', 'Model', 'Description'];
    ctx.out(table(header, PRESETS.map((p) => [p.name, p.kind, p.description[ctx.lang]]), ['left', 'left', 'left']));
  },
};
