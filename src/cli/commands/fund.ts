/** dsi fund: the revolving fund model (docs/model.md section 2). */
import { fundModel } from '../../model';
import type { FundResult } from '../../model';
import type { Command, Context, Lang } from '../types';
import { MODEL_INPUT_OPTIONS } from '../inputs';
import { fundJson } from '../json';
import { dkk, num, table } from '../format';
import { parameterHelp } from '../paramhelp';
import { JSON_OPTION, BATCH_OPTIONS, runModelCommand } from './shared';
import { CONTRACT_OPTION, runOutcomeFund } from '../outcomeFund';
import { UsageError } from '../errors';

export function fundText(r: FundResult, lang: Lang): string {
  const da = lang === 'da';
  const header = da
    ? ['År', 'Investeret (kr.)', 'Tilbagebetalinger (kr.)', 'Personer', 'Personer akkumuleret']
    : ['Year', 'Invested (DKK)', 'Repayments (DKK)', 'People', 'Cumulative people'];
  const rows = r.years.map((y, t) => [
    String(y),
    dkk(r.invested[t], lang),
    dkk(r.repayments[t], lang),
    num(r.peopleHelped[t], 1, lang),
    num(r.cumulativePeople[t], 1, lang),
  ]);
  let s = table(header, rows, ['left', 'right', 'right', 'right', 'right']);
  s += boardTable(r, lang);
  const irr = r.vintageIrr === null ? (da ? 'findes ikke' : 'does not exist') : `${num(r.vintageIrr * 100, 2, lang)} %`;
  const scalars: [string, string][] = da
    ? [
        ['Samlet investeret', `${dkk(r.totalInvested, lang)} kr.`],
        ['I job (successRate x akkumulerede personer)', num(r.employed, 1, lang)],
        ['Partnerskaber (investeret / averageInvestment)', num(r.partnerships, 1, lang)],
        ['Beholdt kontant (ikke geninvesteret)', `${dkk(r.keptCash, lang)} kr.`],
        ['Udestående afdrag efter horisonten', `${dkk(r.outstanding, lang)} kr.`],
        ['Intern rente for én årgang', irr],
        ['Kapital tilført (startkapital + tilførsler)', `${dkk(r.capitalIn, lang)} kr.`],
        ['Fondens værdi ved horisonten (kasse + afdrag, der modtages senere)', `${dkk(r.fundValue, lang)} kr.`],
        ['Første år med underskud til drift', r.firstShortfallYear === null ? 'intet' : String(r.years[r.firstShortfallYear - 1])],
      ]
    : [
        ['Total invested', `DKK ${dkk(r.totalInvested, lang)}`],
        ['Employed (successRate x cumulative people)', num(r.employed, 1, lang)],
        ['Partnerships (invested / averageInvestment)', num(r.partnerships, 1, lang)],
        ['Kept cash (not reinvested)', `DKK ${dkk(r.keptCash, lang)}`],
        ['Outstanding instalments after the horizon', `DKK ${dkk(r.outstanding, lang)}`],
        ['Vintage IRR (investor, one vintage)', irr],
        ['Capital put in (initial + injections)', `DKK ${dkk(r.capitalIn, lang)}`],
        ['Fund value at the horizon (cash + instalments still to come)', `DKK ${dkk(r.fundValue, lang)}`],
        ['First year short of cash for running costs', r.firstShortfallYear === null ? 'none' : String(r.years[r.firstShortfallYear - 1])],
      ];
  const w = Math.max(...scalars.map(([k]) => k.length));
  s += '\n' + scalars.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n') + '\n';
  return s;
}

/** The board's columns (docs/fund.md), shown when any of them is not zero. */
function boardTable(r: FundResult, lang: Lang): string {
  const cols = [r.uninvested, r.lost, r.guaranteePaid, r.shortfall];
  if (cols.every((c) => c.every((x) => x === 0))) return '';
  const header = lang === 'da'
    ? ['År', 'Uinvesteret kasse (kr.)', 'Tabte afdrag (kr.)', 'Betalt af garant (kr.)', 'Underskud (kr.)']
    : ['Year', 'Uninvested cash (DKK)', 'Lost instalments (DKK)', 'Paid by guarantor (DKK)', 'Shortfall (DKK)'];
  const rows = r.years.map((y, t) => [String(y), ...cols.map((c) => dkk(c[t], lang))]);
  return '\n' + table(header, rows, ['left', 'right', 'right', 'right', 'right']);
}

export const fundCommand: Command = {
  name: 'fund',
  summary: {
    en: 'a revolving fund that reinvests its repayments: invested, repaid and people helped per year',
    da: 'en revolverende fond, der geninvesterer sine tilbagebetalinger: investeret, tilbagebetalt og hjulpne pr. år',
  },
  usage: ['fund [--preset NAME] [--params FILE.json] [--set key=value]... [--contract NAME|FILE.json] [--json]'],
  options: [...MODEL_INPUT_OPTIONS, CONTRACT_OPTION, JSON_OPTION, ...BATCH_OPTIONS],
  helpDetails: (ctx: Context) => parameterHelp(fundModel, ctx.lang),
  run(opts, ctx) {
    if (opts.values.contract !== undefined) {
      const batchFlag = ['csv', 'keep-going'].find((f) => opts.flags.has(f));
      if (batchFlag) throw new UsageError(`--${batchFlag} is not available with --contract yet; run the batch without --contract`, `--${batchFlag} findes endnu ikke sammen med --contract; kør batchen uden --contract`);
      return runOutcomeFund(opts, ctx, (r) => fundText(r, ctx.lang));
    }
    runModelCommand(fundModel, fundJson, fundText, opts, ctx);
  },
};
