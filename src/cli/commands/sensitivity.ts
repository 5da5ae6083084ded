/** dsi sensitivity: one-way tornado or a two-way grid (docs/model.md section 6). */
import { SIM_MODELS, tornado, grid, lookupKey, OUTPUTS, render } from '../../model';
import type { Tornado, Grid } from '../../model';
import type { Command, Context, Lang } from '../types';
import { MODEL_INPUT_OPTIONS, parseNumber } from '../inputs';
import { jsonOne } from '../json';
import { num, table } from '../format';
import { JSON_OPTION } from './shared';
import { single } from '../args';
import { UsageError } from '../errors';
import { analyticsLayers, MODEL_OPTION } from './contract';
import { chooseModel } from './simulate';

function show(x: number | null, lang: Lang): string {
  if (x === null) return '-';
  return Math.abs(x) >= 100 ? num(x, 0, lang) : num(x, 4, lang);
}

export function tornadoText(t: Tornado, lang: Lang): string {
  const da = lang === 'da';
  let s = `${da ? 'Output' : 'Output'}: ${t.output} = ${show(t.baseOutput, lang)}\n`;
  const header = da ? ['Parameter', 'Lav', 'Høj', 'Output ved lav', 'Output ved høj', 'Udsving'] : ['Parameter', 'Low', 'High', 'Output at low', 'Output at high', 'Swing'];
  s += table(header, t.rows.map((r) => [r.key + (r.note ? ' *' : ''), show(r.low, lang), show(r.high, lang), show(r.outputLow, lang), show(r.outputHigh, lang), show(r.swing, lang)]), ['left', 'right', 'right', 'right', 'right', 'right']);
  for (const r of t.rows) if (r.noteParts) s += `  * ${r.key}: ${render(r.noteParts, lang)}\n`;
  if (t.skipped.length) s += `  ${da ? 'Udeladt' : 'Left out'}: ${t.skipped.map((x) => `${x.key} (${render(x.reasonParts, lang)})`).join(', ')}\n`;
  return s;
}

export function gridText(g: Grid, lang: Lang): string {
  const header = [`${g.keyX} \\ ${g.keyY}`, ...g.ys.map((y) => show(y, lang))];
  return `Output: ${g.output}\n` + table(header, g.xs.map((x, i) => [show(x, lang), ...g.values[i].map((v) => show(v, lang))]), ['left', ...g.ys.map(() => 'right' as const)]);
}

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: { en: 'one-way tornado (sorted by swing) or a two-way grid of one output', da: 'envejs-tornado (sorteret efter udsving) eller et tovejs-gitter af ét output' },
  usage: [
    'sensitivity [--model case|contract|fund] [--preset NAME] [--params FILE.json] [--set key=value]... [--output NAME] [--fraction F] [--json]',
    'sensitivity ... --grid key=v1,v2,... --grid key=v1,v2,... [--output NAME] [--json]',
  ],
  options: [
    MODEL_OPTION,
    ...MODEL_INPUT_OPTIONS,
    { name: 'output', value: 'NAME', help: { en: `the output: case ${OUTPUTS.case.map((o) => o.name).join('|')}; contract also investor|multiple|irr; fund ${OUTPUTS.fund.map((o) => o.name).join('|')}`, da: `output: case ${OUTPUTS.case.map((o) => o.name).join('|')}; contract også investor|multiple|irr; fund ${OUTPUTS.fund.map((o) => o.name).join('|')}` } },
    { name: 'fraction', value: 'F', help: { en: 'move each parameter down and up by this share (default 0.1)', da: 'flyt hver parameter ned og op med denne andel (standard 0,1)' } },
    { name: 'grid', value: 'key=v1,v2,...', repeat: true, help: { en: 'two-way grid: give exactly two (rows, then columns)', da: 'tovejs-gitter: angiv præcis to (rækker, så kolonner)' } },
    JSON_OPTION,
  ],
  run(opts, ctx: Context) {
    const kind = chooseModel(opts);
    const model = SIM_MODELS[kind];
    const { layers } = analyticsLayers(model, opts, ctx.io);
    const output = single(opts, 'output');
    const grids = opts.values.grid ?? [];
    if (grids.length > 0) {
      if (grids.length !== 2) throw new UsageError(`--grid must be given exactly twice (got ${grids.length})`, `--grid skal angives præcis to gange (fik ${grids.length})`);
      const [gx, gy] = grids.map((g) => {
        const eq = g.indexOf('=');
        if (eq < 0) throw new UsageError(`--grid needs key=v1,v2,... (got '${g}')`, `--grid kræver nøgle=v1,v2,... (fik '${g}')`);
        const key = lookupKey(model, g.slice(0, eq).trim()).key;
        return { key, values: g.slice(eq + 1).split(',').map((v, i) => parseNumber(`${key} grid value ${i + 1}`, v)) };
      });
      const g = grid(kind, layers, output, gx.key, gx.values, gy.key, gy.values);
      ctx.out(opts.flags.has('json') ? jsonOne(g) : gridText(g, ctx.lang));
      return;
    }
    const f = single(opts, 'fraction');
    const t = tornado(kind, layers, output, f !== undefined ? { fraction: parseNumber('fraction', f) } : {});
    ctx.out(opts.flags.has('json') ? jsonOne(t) : tornadoText(t, ctx.lang));
  },
};
