/**
 * `dsi fund --contract NAME|FILE.json` (docs/model.md section 5): the fund whose repayments come from a
 * reference contract's payments instead of the fixed multiple. The fund's own parameters come from
 * --preset / --params / --set exactly as for `dsi fund`; the contract from a preset name or a JSON
 * object of contract parameters (which may name a "preset" to start from).
 */
import { fundModel, outcomeFundInputModel, contractModel, run, repaymentShares, evaluateOutcomeFund, findPreset, PRESETS, lookupKey, isDomainError, showValue, showValueIn, localMessage } from '../model';
import type { FundParams, FundResult, ContractParams, ContractResult, InputLayer } from '../model';
import type { CliIO, Context, OptionSpec, ParsedOptions } from './types';
import { runFromOptions, objectLayer } from './inputs';
import { fundJson, jsonMany, jsonOne } from './json';
import { num } from './format';
import { caveatNote } from './presetText';
import { modelHeading } from './commands/shared';
import { single } from './args';
import { UsageError } from './errors';

export const CONTRACT_OPTION: OptionSpec = {
  name: 'contract',
  value: 'NAME|FILE.json',
  help: {
    en: 'repayments from a reference outcome contract (a contract preset, or a JSON object of contract parameters) instead of repaymentMultiple, repaymentYears and repaymentLag (docs/model.md section 5)',
    da: 'tilbagebetalinger fra en referencekontrakt (en kontrakt-forudindstilling eller et JSON-objekt med kontraktparametre) i stedet for repaymentMultiple, repaymentYears og repaymentLag (docs/model.md afsnit 5)',
  },
};

/** The fund keys the contract's payments replace. */
export const REPLACED_KEYS = ['repaymentMultiple', 'repaymentYears', 'repaymentLag'] as const;

/** Validates the fund's inputs without evaluating: runFromOptions with a model that returns its parameters. */

function contractLayer(spec: string, io: CliIO): { layer: InputLayer; label: string } {
  const name = spec.trim();
  if (findPreset(name)) return { layer: { preset: name }, label: `preset ${findPreset(name)!.name}` };
  let text: string;
  try {
    text = io.readFile(spec);
  } catch (e) {
    const contracts = PRESETS.filter((p) => p.kind === 'contract').map((p) => p.name).join(', ');
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
    const whyDa = code === 'ENOENT' ? 'filen findes ikke' : code === 'EISDIR' ? 'det er en mappe' : (e as Error).message;
    throw new UsageError(
      `--contract must be a contract preset (${contracts}) or a JSON file of contract parameters; '${spec}' is neither (${why})`,
      `--contract skal være en kontraktforudindstilling (${contracts}) eller en JSON-fil med kontraktparametre; '${spec}' er ingen af delene (${whyDa})`,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the --contract file '${spec}' is not valid JSON: ${(e as Error).message}`, `--contract-filen '${spec}' er ikke gyldig JSON: ${(e as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UsageError(
      `the --contract file '${spec}' must hold one JSON object of contract parameters (got ${showValue(data)})`,
      `--contract-filen '${spec}' skal indeholde ét JSON-objekt med kontraktparametre (fik ${showValueIn(data, 'da')})`,
    );
  }
  return { layer: objectLayer(data), label: `contract from ${spec}` };
}

export function referenceContract(spec: string, io: CliIO): { contract: ContractResult; params: ContractParams; shares: number[]; label: string } {
  const { layer, label } = contractLayer(spec, io);
  let contract: ContractResult;
  let params: ContractParams;
  try {
    ({ result: contract, params } = run(contractModel, [layer]));
    return { contract, params, shares: repaymentShares(contract), label };
  } catch (e) {
    if (isDomainError(e)) throw new UsageError(`--contract ${spec}: ${e.message}`, `--contract ${spec}: ${localMessage(e, 'da')}`);
    throw e;
  }
}

/** A value set by hand for a key the contract replaces would be ignored: refuse it instead. */
export function refuseReplacedSets(opts: ParsedOptions): void {
  for (const s of opts.values.set ?? []) {
    const eq = s.indexOf('=');
    if (eq < 0) continue;
    const key = lookupKey(fundModel, s.slice(0, eq)).key;
    if ((REPLACED_KEYS as readonly string[]).includes(key)) {
      throw new UsageError(
        `--set ${s}: with --contract the repayments come from the contract's payments, so ${key} is not used; leave it out`,
        `--set ${s}: med --contract kommer tilbagebetalingerne fra kontraktens betalinger, så ${key} bruges ikke; udelad den`,
      );
    }
  }
}

/** The extra field of the JSON output: where the repayments came from. */
export function contractInfo(label: string, c: ContractResult, shares: number[]) {
  return { source: label, repaymentShares: shares, multiple: c.investor.multiple, paymentsTotal: c.paymentsTotal, costTotal: c.costTotal };
}

export function runOutcomeFund(opts: ParsedOptions, ctx: Context, text: (r: FundResult) => string): void {
  const spec = single(opts, 'contract') as string;
  refuseReplacedSets(opts);
  const { contract, shares, label } = referenceContract(spec, ctx.io);
  const out = runFromOptions(outcomeFundInputModel, opts, ctx.io);
  const evaluate = (p: FundParams) => evaluateOutcomeFund(p, shares);
  const info = contractInfo(label, contract, shares);
  if (out.batch) {
    ctx.out(jsonMany(out.results.map((p) => ({ ...fundJson(evaluate(p)), contract: info }))));
    return;
  }
  const result = evaluate(out.result);
  if (opts.flags.has('json')) {
    ctx.out(jsonOne({ ...fundJson(result), contract: info }));
    return;
  }
  const da = ctx.lang === 'da';
  let s = modelHeading('fund', { ...out, unchangedPreset: false }, ctx.lang) + '\n';
  const q = shares.map((x, k) => `${k + 1}: ${num(x, 4, ctx.lang)}`).join(', ');
  s += da
    ? `Tilbagebetalinger fra kontrakten (${label}): andel af en årgang i år k = ${q}; repaymentMultiple, repaymentYears og repaymentLag bruges ikke.\n\n`
    : `Repayments from the contract (${label}): share of a vintage repaid in its year k = ${q}; repaymentMultiple, repaymentYears and repaymentLag are not used.\n\n`;
  s += text(result);
  if (out.basePreset) s += '\n' + caveatNote(out.basePreset, true, ctx.lang);
  ctx.out(s);
}
