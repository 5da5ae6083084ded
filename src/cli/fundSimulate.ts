/**
 * `dsi simulate --model fund [--contract NAME|FILE.json]` (docs/fund.md): the fund's
 * Monte Carlo with the board's probabilities; with a reference contract each vintage draws its own
 * success rate from the successRate distribution.
 */
import { fundModel, outcomeFundInputModel, parseDistributionJson, defaultFundDistributions, mergeInput, validate, simulateFund } from '../model';
import type { FundSimResult, ContractParams, Distribution } from '../model';
import type { Context, Lang, ParsedOptions } from './types';
import { readJsonFile } from './inputs';
import { jsonOne } from './json';
import { num, wrap } from './format';
import { single } from './args';
import { analyticsLayers, lastPreset } from './commands/contract';
import { referenceContract } from './outcomeFund';
import { UsageError } from './errors';

export function fundSimulationText(r: FundSimResult, lang: Lang): string {
  const da = lang === 'da';
  const pct = (x: number) => `${num(x * 100, 1, lang)} %`;
  const rows: [string, number][] = da
    ? [[`P(underskud til drift inden for ${r.horizon} år)`, r.probabilities.shortfall], ['P(fondens værdi >= tilført kapital)', r.probabilities.capitalPreserved]]
    : [[`P(a shortfall within ${r.horizon} years)`, r.probabilities.shortfall], ['P(fund value >= capital put in)', r.probabilities.capitalPreserved]];
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, x]) => `${k.padEnd(w)}  ${pct(x)}`);
  if (r.perVintage) lines.push(da ? 'Hver årgang trækker sin egen succesrate (partnerskaber fra samme år deler trækket).' : 'Each vintage draws its own success rate (partnerships of one year share the draw).');
  return '\n' + lines.join('\n') + '\n';
}

export function runFundSimulation(
  opts: ParsedOptions,
  ctx: Context,
  settings: { draws: number; seed: number },
  text: (r: FundSimResult, defaults: boolean) => string,
): void {
  const spec = single(opts, 'contract');
  let contract: ContractParams | undefined;
  let label = '';
  if (spec !== undefined) {
    const ref = referenceContract(spec, ctx.io);
    contract = ref.params;
    label = ref.label;
  }
  const model = contract ? outcomeFundInputModel : fundModel;
  const { layers, source } = analyticsLayers(model, opts, ctx.io);
  const file = single(opts, 'dist');
  let dists: Distribution[];
  if (file !== undefined) dists = parseDistributionJson(model, readJsonFile(ctx.io, file));
  else dists = defaultFundDistributions(validate(model, mergeInput(model, layers)) as Record<string, unknown>, contract !== undefined);
  const r = simulateFund(layers, dists, { ...settings, contract });
  if (opts.flags.has('json')) {
    const { model: kind, draws, seed, horizon, distributions, deterministic, stats, probabilities, perVintage } = r;
    ctx.out(jsonOne({ model: kind, draws, seed, horizon, distributions, deterministic, stats, breakEven: {}, probabilities, perVintage, ...(contract ? { contract: label } : {}) }));
    return;
  }
  const p = lastPreset(layers);
  const da = ctx.lang === 'da';
  let s = `Monte Carlo (fund): ${source || (da ? 'standardværdier' : 'defaults')}${contract ? (da ? `; tilbagebetalinger fra kontrakten (${label})` : `; repayments from the contract (${label})`) : ''}\n`;
  if (p?.caveat) s += wrap(p.caveat[ctx.lang], 100, '  ') + '\n';
  if (file === undefined && contract) s += wrap(da ? 'Med en referencekontrakt bruges repaymentMultiple ikke og trækkes ikke.' : 'With a reference contract repaymentMultiple is not used and not drawn.', 100, '  ') + '\n';
  ctx.out(s + text(r, file === undefined) + fundSimulationText(r, ctx.lang));
}

/** --contract belongs to the fund model's simulation only. */
export function checkContractOption(opts: ParsedOptions, kind: string): void {
  if (opts.values.contract !== undefined && kind !== 'fund') {
    throw new UsageError(
      `--contract is for --model fund (the fund repaid by a reference contract), not ${kind}`,
      `--contract er til --model fund (fonden, der tilbagebetales af en referencekontrakt), ikke ${kind}`,
    );
  }
}
