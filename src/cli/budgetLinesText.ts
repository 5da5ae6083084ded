/**
 * The readable output of budget lines (docs/budget-lines.md): the lines behind the unit gains, the unit
 * gains per year, and for a preset built on budget lines its reasons and the preset it is compared with.
 */
import { caseModel, run, findPreset } from '../model';
import type { CaseResult, Preset, Text } from '../model';
import { dkk, num, table, wrap } from './format';
import type { Lang } from './types';

const ACTORS = ['kommune', 'region', 'stat'] as const;

function linesTable(r: CaseResult, lang: Lang): string {
  const da = lang === 'da';
  const header = da
    ? ['Linje', 'Enheder', 'Uger før', 'Pris kommune', 'Pris region', 'Pris stat', 'Prisår', 'Fremskrivning', 'Status']
    : ['Line', 'Units', 'Weeks before', 'Price kommune', 'Price region', 'Price stat', 'Price year', 'Uprating', 'Status'];
  const rows = (r.budgetLines?.lines ?? []).map((x) => [
    x.line.id + (x.line.staircase ? (da ? ' (trappe)' : ' (staircase)') : ''),
    num(x.consequence.units, 2, lang),
    x.line.staircase ? String(x.consequence.weeksAtStart ?? 0) : '-',
    num(x.line.kommune, 2, lang),
    num(x.line.region, 2, lang),
    num(x.line.stat, 2, lang),
    String(x.line.priceYear),
    num(x.factor, 4, lang),
    x.line.status ?? '-',
  ]);
  return table(header, rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']);
}

function unitGainTable(r: CaseResult, lang: Lang): string {
  const da = lang === 'da';
  const staircase = (r.budgetLines?.lines ?? []).filter((x) => x.stateShare !== null);
  const header = [da ? 'År' : 'Year', 'kommune', 'region', 'stat', ...staircase.map((x) => `${da ? 'statsandel' : 'state share'} ${x.line.id}`)];
  const g = r.gainsPerSuccess;
  const rows = r.years.map((y, t) => [
    String(y),
    ...ACTORS.map((a) => dkk(g[a][t], lang)),
    ...staircase.map((x) => num((x.stateShare as number[])[t], 4, lang)),
  ]);
  return table(header, rows, ['left', ...header.slice(1).map(() => 'right' as const)]);
}

/** The budget-line section of `dsi case`: empty when the case gives the three gains directly. */
export function budgetLinesText(r: CaseResult, lang: Lang): string {
  if (!r.budgetLines) return '';
  const da = lang === 'da';
  let s = `\n${da ? 'Budgetlinjer bag enhedsgevinsterne' : 'Budget lines behind the unit gains'}\n`;
  s += linesTable(r, lang);
  s += `\n${da ? 'Enhedsgevinster, kr. pr. nettosucces pr. år ved fuld effekt' : 'Unit gains, DKK per net success per year at full effect'}\n`;
  s += unitGainTable(r, lang);
  s += wrap(
    da
      ? 'Trappelinjer: kommunen betaler ydelsen brutto, staten refunderer 80 % i uge 1-4 af forløbet, 40 % i uge 5-26, 30 % i uge 27-52 og 20 % derefter. Reglen om, at et forløb starter forfra efter 52 ugers selvforsørgelse, er ikke modelleret.'
      : 'Staircase lines: the municipality pays the benefit gross; the state reimburses 80 % in weeks 1-4 of the spell, 40 % in weeks 5-26, 30 % in weeks 27-52 and 20 % after. The rule that a spell restarts after 52 weeks of self-support is not modelled.',
    100,
    '  ',
  );
  return s;
}

/** Warnings about the result (price years), for standard error. */
export function caseWarnings(r: CaseResult): Text[] {
  return r.budgetLines?.warnings ?? [];
}

const mio = (x: number, lang: Lang) => `${num(x / 1e6, 2, lang)}${lang === 'da' ? ' mio.' : 'm'}`;

function breakEven(r: CaseResult, a: 'kommune' | 'total', lang: Lang): string {
  const y = r.actors[a].breakEvenYear;
  if (y === null) return lang === 'da' ? 'ikke inden for horisonten' : 'not within the horizon';
  return `${lang === 'da' ? 'år' : 'year'} ${y}`;
}

/** Side by side with the preset this one is compared with: unit gains, present values, break-even. */
export function presetComparisonText(preset: Preset, r: CaseResult, lang: Lang): string {
  const da = lang === 'da';
  let s = '';
  if (preset.lineReasons) {
    s += `\n${da ? 'Begrundelse for enhederne' : 'Why these units'}\n`;
    for (const [id, why] of Object.entries(preset.lineReasons)) s += wrap(`${id}: ${why[lang]}`, 100, '    ', '  ');
  }
  const other = preset.compareWith !== undefined ? findPreset(preset.compareWith) : undefined;
  if (!other) return s;
  const o = run(caseModel, [{ preset: other.name }]).result;
  const last = r.years.length - 1;
  const gains = (x: CaseResult, a: (typeof ACTORS)[number]) => `${dkk(x.gainsPerSuccess[a][0], lang)} / ${dkk(x.gainsPerSuccess[a][Math.min(1, last)], lang)}`;
  const rows: string[][] = [
    ...ACTORS.map((a) => [`${da ? 'enhedsgevinst' : 'unit gain'} ${a}, ${da ? 'år' : 'year'} 1 / 2`, gains(o, a), gains(r, a)]),
    ...(['kommune', 'region', 'stat', 'total'] as const).map((a) => [`${da ? 'nutidsværdi' : 'present value'} ${a}`, mio(o.actors[a].presentValue, lang), mio(r.actors[a].presentValue, lang)]),
    ...(['kommune', 'total'] as const).map((a) => [`break-even ${a}`, breakEven(o, a, lang), breakEven(r, a, lang)]),
  ];
  s += `\n${da ? `Sammenlignet med ${other.name}` : `Compared with ${other.name}`}\n`;
  s += table([da ? 'Tal' : 'Figure', other.name, preset.name], rows, ['left', 'right', 'right']);
  s += wrap(
    da
      ? `Forskellen er et resultat: ${other.name} bruger gevinster, der er kalibreret til rapportens resultater; ${preset.name} udleder dem af budgetlinjer med kilder og antagelser.`
      : `The difference is a finding: ${other.name} uses gains calibrated to the report's results; ${preset.name} derives them from budget lines with sources and stated assumptions.`,
    100,
    '  ',
  );
  return s;
}
