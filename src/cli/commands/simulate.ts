/** dsi simulate: Monte Carlo of the case, the contract or the fund (docs/model.md section 6). */
import {
  SIM_MODELS,
  simulate,
  parseDistributionJson,
  defaultDistributions,
  mergeInput,
  validate,
  findPreset,
  DEFAULT_DISTRIBUTION_REASONING,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  invalid,
} from '../../model';
import type { SimKind, SimResult, Distribution, InputLayer } from '../../model';
import type { CliIO, Command, Context, Lang, OptionSpec, ParsedOptions } from '../types';
import { MODEL_INPUT_OPTIONS, parseNumber, readJsonFile } from '../inputs';
import { jsonOne } from '../json';
import { num, table, wrap } from '../format';
import { JSON_OPTION } from './shared';
import { single } from '../args';
import { UsageError } from '../errors';
import { analyticsLayers, MODEL_OPTION, lastPreset } from './contract';
import { CONTRACT_OPTION } from '../outcomeFund';
import { runFundSimulation, checkContractOption } from '../fundSimulate';

/** The model of an analytics command: --model, else the kind of the preset, else case. */
export function chooseModel(opts: ParsedOptions): SimKind {
  const m = single(opts, 'model');
  if (m !== undefined) {
    const k = m.trim().toLowerCase();
    if (k !== 'case' && k !== 'contract' && k !== 'fund') throw new UsageError(`--model must be case, contract or fund (got '${m}')`, `--model skal være case, contract eller fund (fik '${m}')`);
    return k;
  }
  const p = single(opts, 'preset');
  const preset = p !== undefined ? findPreset(p) : undefined;
  return preset ? preset.kind : 'case';
}

export function wholeNumber(name: string, raw: string | undefined, dflt: number): number {
  if (raw === undefined) return dflt;
  const x = parseNumber(name, raw);
  if (!Number.isInteger(x)) throw invalid('cliWholeNumber', { name, raw }, name, raw);
  return x;
}

export function simulationInput(kind: SimKind, opts: ParsedOptions, io: CliIO): { layers: InputLayer[]; source: string; dists: Distribution[]; defaults: boolean } {
  const model = SIM_MODELS[kind];
  const { layers, source } = analyticsLayers(model, opts, io);
  const file = single(opts, 'dist');
  if (file !== undefined) return { layers, source, dists: parseDistributionJson(model, readJsonFile(io, file)), defaults: false };
  const params = validate(model, mergeInput(model, layers)) as Record<string, unknown>;
  return { layers, source, dists: defaultDistributions(kind, model, params), defaults: true };
}

export function simulationJson(r: SimResult) {
  return { model: r.model, draws: r.draws, seed: r.seed, horizon: r.horizon, distributions: r.distributions, deterministic: r.deterministic, stats: r.stats, breakEven: r.breakEven };
}

function fmtStat(name: string, x: number, lang: Lang): string {
  if (!Number.isFinite(x)) return '-';
  if (name.endsWith('.irr')) return `${num(x * 100, 2, lang)} %`;
  if (name.endsWith('.multiple')) return num(x, 3, lang);
  return num(x, name === 'employed' || name === 'cumulativePeople' ? 1 : 0, lang);
}

export function simulationText(r: SimResult, lang: Lang, defaults: boolean): string {
  const da = lang === 'da';
  let s = `${da ? 'Træk' : 'Draws'} ${num(r.draws, 0, lang)}, seed ${r.seed}\n`;
  s += (da ? 'Fordelinger' : 'Distributions') + (defaults ? (da ? ' (standard)' : ' (defaults)') : '') + ':\n';
  s += table(['key', 'distribution', 'a', 'b', 'c'], r.distributions.map((d) => [d.key, d.kind, ...[0, 1, 2].map((i) => (d.args[i] === undefined ? '' : String(Number(d.args[i].toPrecision(8)))))]), ['left', 'left', 'right', 'right', 'right'], '  ');
  if (defaults) s += wrap(DEFAULT_DISTRIBUTION_REASONING[lang], 100, '  ') + '\n';
  const header = [da ? 'Størrelse' : 'Figure', da ? 'Middel' : 'Mean', 'SD', 'P5', 'P10', 'P50', 'P90', 'P95'];
  const rows = Object.entries(r.stats).map(([k, st]) => [k + (st.count < r.draws ? ` (${num(st.count, 0, lang)} ${da ? 'træk' : 'draws'})` : ''), ...[st.mean, st.sd, st.p5, st.p10, st.p50, st.p90, st.p95].map((x) => fmtStat(k, x, lang))]);
  s += '\n' + table(header, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
  if (Object.keys(r.breakEven).length) {
    const h2 = [da ? 'Aktør' : 'Actor', da ? `P(break-even inden for ${r.horizon} år)` : `P(break-even within ${r.horizon} years)`, ...Array.from({ length: r.horizon }, (_, t) => `<= ${da ? 'år' : 'yr'} ${t + 1}`)];
    const rows2 = Object.entries(r.breakEven).map(([k, b]) => [k, num(b.probability, 4, lang), ...b.cumulative.map((x) => num(x, 3, lang))]);
    s += '\n' + table(h2, rows2, ['left', 'right', ...b2(r.horizon)]);
  }
  return s;
}

function b2(n: number): ('right')[] {
  return Array.from({ length: n }, () => 'right' as const);
}

export const DIST_OPTION: OptionSpec = {
  name: 'dist',
  value: 'FILE.json',
  help: {
    en: 'distributions: rows [["successRate", "beta", 0.4, 0.06], ...] or {"successRate": ["beta", 0.4, 0.06]}; default: the documented defaults',
    da: 'fordelinger: rækker [["successRate", "beta", 0.4, 0.06], ...] eller {"successRate": ["beta", 0.4, 0.06]}; standard: de dokumenterede standardfordelinger',
  },
};

export const simulateCommand: Command = {
  name: 'simulate',
  summary: {
    en: 'Monte Carlo: percentiles of each actor\'s present value and the probability of break-even',
    da: 'Monte Carlo: percentiler af hver aktørs nutidsværdi og sandsynligheden for break-even',
  },
  usage: ['simulate [--model case|contract|fund] [--preset NAME] [--params FILE.json] [--set key=value]... [--dist FILE.json] [--draws N] [--seed S] [--contract NAME|FILE.json] [--json]'],
  options: [
    MODEL_OPTION,
    ...MODEL_INPUT_OPTIONS,
    DIST_OPTION,
    { name: 'draws', value: 'N', help: { en: `number of draws, 1..1,000,000 (default ${DEFAULT_DRAWS})`, da: `antal træk, 1..1.000.000 (standard ${DEFAULT_DRAWS})` } },
    { name: 'seed', value: 'S', help: { en: `seed of the generator, 0..4294967295 (default ${DEFAULT_SEED})`, da: `generatorens seed, 0..4294967295 (standard ${DEFAULT_SEED})` } },
    CONTRACT_OPTION,
    JSON_OPTION,
  ],
  helpDetails: (ctx: Context) => wrap((ctx.lang === 'da' ? 'Standardfordelinger: ' : 'Default distributions: ') + DEFAULT_DISTRIBUTION_REASONING[ctx.lang], 100),
  run(opts, ctx) {
    const kind = chooseModel(opts);
    checkContractOption(opts, kind);
    const draws = wholeNumber('draws', single(opts, 'draws'), DEFAULT_DRAWS);
    const seed = wholeNumber('seed', single(opts, 'seed'), DEFAULT_SEED);
    if (kind === 'fund') return runFundSimulation(opts, ctx, { draws, seed }, (r, defaults) => simulationText(r, ctx.lang, defaults));
    const { layers, source, dists, defaults } = simulationInput(kind, opts, ctx.io);
    const r = simulate(kind, layers, dists, { draws, seed });
    if (opts.flags.has('json')) {
      ctx.out(jsonOne(simulationJson(r)));
      return;
    }
    const p = lastPreset(layers);
    let s = `Monte Carlo (${kind}): ${source || (ctx.lang === 'da' ? 'standardværdier' : 'defaults')}\n`;
    if (p?.caveat) s += wrap(p.caveat[ctx.lang], 100, '  ') + '\n';
    ctx.out(s + simulationText(r, ctx.lang, defaults));
  },
};
