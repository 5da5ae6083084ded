/** dsi case: the case model (docs/model.md section 1) for a preset, a JSON file, --set overrides or a batch. */
import { caseModel } from '../../model';
import type { CaseResult, ActorOrTotal, Text } from '../../model';
import type { Command, Context, Lang } from '../types';
import { MODEL_INPUT_OPTIONS } from '../inputs';
import { caseJson, CASE_ACTORS } from '../json';
import { dkk, num, table, wrap } from '../format';
import { parameterHelp } from '../paramhelp';
import { JSON_OPTION, BATCH_OPTIONS, runModelCommand } from './shared';
import { budgetLinesText, caseWarnings, presetComparisonText } from '../budgetLinesText';

const ACTOR_NAMES: Record<ActorOrTotal, Text> = {
  kommune: { en: 'Municipality (kommune)', da: 'Kommune' },
  region: { en: 'Region (region)', da: 'Region' },
  stat: { en: 'State (stat)', da: 'Stat' },
  total: { en: 'Total (all three)', da: 'I alt (alle tre)' },
};

export function breakEvenText(r: CaseResult, a: ActorOrTotal, lang: Lang): string {
  const y = r.actors[a].breakEvenYear;
  const H = r.years.length;
  if (y === null) return lang === 'da' ? `ikke inden for horisonten på ${H} år` : `not within the ${H}-year horizon`;
  return `${lang === 'da' ? 'år' : 'year'} ${y} (${r.years[y - 1]})`;
}

export function caseText(r: CaseResult, lang: Lang): string {
  const da = lang === 'da';
  let s = '';
  s += `${da ? 'Nettosucceser' : 'Net successes'} S = N x (1 - d) x (p1 - p0) = ${num(r.netSuccesses, 2, lang)}\n`;
  s += wrap(
    (da ? 'Effekt pr. år (andel af fuld effekt): ' : 'Effect by year (share of full effect): ') +
      r.years.map((y, t) => `${y} ${num(r.effect[t], 3, lang)}`).join(', '),
    100,
    '  ',
    '',
  );
  const header = da ? ['År', 'Gevinster', 'Udgifter', 'Netto', 'Akkumuleret'] : ['Year', 'Gains', 'Costs', 'Net', 'Cumulative'];
  for (const a of CASE_ACTORS) {
    const x = r.actors[a];
    const rows = r.years.map((y, t) => [String(y), dkk(x.gains[t], lang), dkk(x.costs[t], lang), dkk(x.net[t], lang), dkk(x.cumulative[t], lang)]);
    s += `\n${ACTOR_NAMES[a][lang]}, ${da ? 'kr.' : 'DKK'}\n`;
    s += table(header, rows, ['left', 'right', 'right', 'right', 'right']);
  }
  const sumHeader = da
    ? ['Aktør', 'Break-even', 'Nutidsværdi (kr.)', 'Gevinst/udgift']
    : ['Actor', 'Break-even', 'Present value (DKK)', 'Benefit-cost ratio'];
  const sumRows = CASE_ACTORS.map((a) => {
    const x = r.actors[a];
    return [
      a,
      breakEvenText(r, a, lang),
      dkk(x.presentValue, lang),
      x.benefitCostRatio === null ? (da ? 'ingen (ingen udgifter)' : 'none (no costs)') : num(x.benefitCostRatio, 2, lang),
    ];
  });
  s += budgetLinesText(r, lang);
  s += `\n${da ? 'Opsummering' : 'Summary'}\n`;
  s += table(sumHeader, sumRows, ['left', 'left', 'right', 'right']);
  s += wrap(
    da
      ? 'Akkumuleret og nutidsværdi er diskonteret med discountRate; break-even er det første år, hvorfra det akkumulerede netto forbliver >= 0.'
      : 'Cumulative and present value are discounted at discountRate; break-even is the first year from which the cumulative net stays >= 0.',
    100,
    '  ',
  );
  return s;
}

export const caseCommand: Command = {
  name: 'case',
  summary: {
    en: 'gains, costs, break-even and present value per public actor for one intervention',
    da: 'gevinster, udgifter, break-even og nutidsværdi pr. offentlig aktør for én indsats',
  },
  usage: ['case [--preset NAME] [--params FILE.json] [--set key=value]... [--json]'],
  options: [...MODEL_INPUT_OPTIONS, JSON_OPTION, ...BATCH_OPTIONS],
  helpDetails: (ctx: Context) => parameterHelp(caseModel, ctx.lang),
  run(opts, ctx) {
    runModelCommand(caseModel, caseJson, caseText, opts, ctx, { warnings: caseWarnings, presetText: presetComparisonText });
  },
};
