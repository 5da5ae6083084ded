/** dsi contract: the outcome contract (docs/model.md section 4) with investor results and derived prices. */
import { localMessage, render, contractModel, analyseContract, CONTRACT_ACTORS, findPreset, mergeInput, validate, isDomainError, presetValues, assertFiniteResult } from '../../model';
import type { ContractResult, ContractParams, ContractAnalysis, Derived, InputLayer, ModelDef, ActorResult } from '../../model';
import type { CliIO, Command, Context, Lang, OptionSpec, ParsedOptions } from '../types';
import { MODEL_INPUT_OPTIONS, setLayer, readJsonFile, objectLayer } from '../inputs';
import { jsonOne } from '../json';
import { dkk, num, table } from '../format';
import { parameterHelp } from '../paramhelp';
import { caveatNote } from '../presetText';
import { JSON_OPTION } from './shared';
import { single } from '../args';
import { UsageError } from '../errors';

/** Input layers of the analytics commands: --preset, then one --params object, then each --set. */
export function analyticsLayers(model: ModelDef<any, any>, opts: ParsedOptions, io: CliIO): { layers: InputLayer[]; source: string } {
  const preset = single(opts, 'preset');
  const file = single(opts, 'params');
  const layers: InputLayer[] = [];
  if (preset !== undefined) {
    presetValues(model, preset);
    layers.push({ preset });
  }
  if (file !== undefined) {
    const data = readJsonFile(io, file);
    if (Array.isArray(data)) throw new UsageError(`this command takes one scenario; the --params file '${file}' holds an array`, `kommandoen tager ét scenarie; --params-filen '${file}' indeholder et array`);
    try {
      layers.push(objectLayer(data));
    } catch (e) {
      if (isDomainError(e)) throw new UsageError(`the --params file '${file}': ${e.message}`, `--params-filen '${file}': ${localMessage(e, 'da')}`);
      throw e;
    }
  }
  const sets = opts.values.set ?? [];
  for (const s of sets) layers.push(setLayer(model, s));
  const source = [preset !== undefined ? `preset ${findPreset(preset)?.name ?? preset}` : '', file !== undefined ? `parameters from ${file}` : '', ...sets.map((s) => `--set ${s}`)]
    .filter(Boolean)
    .join(', ');
  return { layers, source };
}

export function lastPreset(layers: InputLayer[]) {
  const name = [...layers].reverse().find((l) => l.preset !== undefined)?.preset;
  return name !== undefined ? findPreset(name) : undefined;
}

function derivedJson(d: Derived): number | null {
  return d.value;
}

export function contractJson(r: ContractResult, a: ContractAnalysis) {
  const actor = (x: ActorResult) => ({ gains: x.gains, costs: x.costs, net: x.net, cumulative: x.cumulative, breakEvenYear: x.breakEvenYear, presentValue: x.presentValue, benefitCostRatio: x.benefitCostRatio });
  const actors = Object.fromEntries((['kommune', 'region', 'stat', 'total'] as const).map((k) => [k, actor(r.actors[k])]));
  const without = Object.fromEntries((['kommune', 'region', 'stat', 'total'] as const).map((k) => [k, actor(r.withoutContract[k])]));
  return {
    netSuccesses: r.netSuccesses,
    years: r.years,
    effect: r.effect,
    costTotal: r.costTotal,
    payments: r.payments,
    paymentsTotal: r.paymentsTotal,
    capReached: r.capReached,
    investor: { ...r.investor },
    actors,
    withoutContract: without,
    maxAffordablePrice: derivedJson(a.maxAffordablePrice),
    investorBreakEvenPrice: derivedJson(a.investorBreakEvenPrice),
    switchingRate: Object.fromEntries(CONTRACT_ACTORS.map((k) => [k, derivedJson(a.switchingRate[k])])),
  };
}

function derivedText(d: Derived, show: (x: number) => string, lang: Lang): string {
  if (d.value !== null) return show(d.value);
  return lang === 'da' ? `findes ikke: ${d.reasonParts ? render(d.reasonParts, 'da') : d.reason}` : `does not exist: ${d.reason}`;
}

export function contractText(r: ContractResult, a: ContractAnalysis, lang: Lang): string {
  const da = lang === 'da';
  const pct = (x: number) => `${num(x * 100, 2, lang)} %`;
  let s = `${da ? 'Nettosucceser' : 'Net successes'} S = ${num(r.netSuccesses, 2, lang)}; ${da ? 'udgift' : 'cost'} C = ${dkk(r.costTotal, lang)} ${da ? 'kr.' : 'DKK'}\n\n`;
  const header = da ? ['År', 'Betaling', 'Investor netto', 'Kommune netto', 'Region netto', 'Stat netto'] : ['Year', 'Payment', 'Investor net', 'Kommune net', 'Region net', 'Stat net'];
  const rows = r.years.map((y, t) => [String(y), dkk(r.payments[t], lang), dkk(r.investor.flows[t], lang), dkk(r.actors.kommune.net[t], lang), dkk(r.actors.region.net[t], lang), dkk(r.actors.stat.net[t], lang)]);
  s += table(header, rows, ['left', 'right', 'right', 'right', 'right', 'right']);
  s += `  ${da ? 'Betalinger i alt' : 'Payments in total'}: ${dkk(r.paymentsTotal, lang)}${r.capReached ? (da ? ' (loftet er nået)' : ' (the cap is reached)') : ''}\n\n`;
  const inv = r.investor;
  s += `${da ? 'Investor' : 'Investor'}: ${da ? 'faktor' : 'multiple'} ${inv.multiple === null ? '-' : num(inv.multiple, 3, lang)}, IRR ${inv.irr === null ? (da ? 'findes ikke' : 'does not exist') : pct(inv.irr)}, ${da ? 'nutidsværdi' : 'present value'} ${dkk(inv.presentValue, lang)}, break-even ${inv.breakEvenYear === null ? (da ? 'ikke inden for horisonten' : 'not within the horizon') : `${da ? 'år' : 'year'} ${inv.breakEvenYear}`}\n\n`;
  const h2 = da ? ['Aktør', 'Nutidsværdi med kontrakt', 'Break-even', 'Uden kontrakt'] : ['Actor', 'PV under the contract', 'Break-even', 'PV without contract'];
  const rows2 = (['kommune', 'region', 'stat', 'total'] as const).map((k) => [
    k,
    dkk(r.actors[k].presentValue, lang),
    r.actors[k].breakEvenYear === null ? (da ? 'ikke inden for horisonten' : 'not within the horizon') : `${da ? 'år' : 'year'} ${r.actors[k].breakEvenYear}`,
    dkk(r.withoutContract[k].presentValue, lang),
  ]);
  s += table(h2, rows2, ['left', 'right', 'left', 'right']);
  s += `\n${da ? 'Højeste pris kommunen har råd til' : 'Maximum affordable price (kommune)'}: ${derivedText(a.maxAffordablePrice, (x) => dkk(x, lang), lang)}\n`;
  s += `${da ? 'Investors break-even-pris (faktor 1)' : 'Investor break-even price (multiple 1)'}: ${derivedText(a.investorBreakEvenPrice, (x) => dkk(x, lang), lang)}\n`;
  s += `${da ? 'Skifte-succesrate (nutidsværdi 0)' : 'Switching success rate (present value 0)'}:\n`;
  for (const k of CONTRACT_ACTORS) s += `  ${k}: ${derivedText(a.switchingRate[k], (x) => num(x, 4, lang), lang)}\n`;
  return s;
}

export const MODEL_OPTION: OptionSpec = {
  name: 'model',
  value: 'case|contract|fund',
  help: { en: 'which model to run (default: the preset\'s kind, else case)', da: 'hvilken model (standard: forudindstillingens type, ellers case)' },
};

export const contractCommand: Command = {
  name: 'contract',
  summary: {
    en: 'outcome contract: payments, investor multiple and IRR, each public actor, maximum and break-even prices',
    da: 'resultatkontrakt: betalinger, investorfaktor og IRR, hver offentlig aktør, højeste pris og break-even-pris',
  },
  usage: ['contract [--preset NAME] [--params FILE.json] [--set key=value]... [--json]'],
  options: [...MODEL_INPUT_OPTIONS, JSON_OPTION],
  helpDetails: (ctx: Context) => parameterHelp(contractModel, ctx.lang),
  run(opts, ctx) {
    const { layers, source } = analyticsLayers(contractModel, opts, ctx.io);
    const params = validate(contractModel, mergeInput(contractModel, layers)) as ContractParams;
    const r = contractModel.evaluate(params);
    const a = analyseContract(params);
    const json = contractJson(r, a);
    assertFiniteResult(json);
    if (opts.flags.has('json')) {
      ctx.out(jsonOne(json));
      return;
    }
    const p = lastPreset(layers);
    let s = `${ctx.lang === 'da' ? 'Kontraktmodel' : 'Contract model'}: ${source || (ctx.lang === 'da' ? 'standardværdier' : 'defaults')}\n`;
    if (p) s += `  ${p.name}: ${p.description[ctx.lang]}\n`;
    s += '\n' + contractText(r, a, ctx.lang);
    if (p) s += "\n" + caveatNote(p, layers.length > 1, ctx.lang);
    ctx.out(s);
  },
};
