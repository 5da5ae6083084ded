/**
 * The case model as native spreadsheet formulas (docs/export.md): one column per year, one concept
 * per row, every formula built from the Inputs sheet's defined names and the rows above it.
 * casePlan = Inputs + caseBasics + caseYears + one actorBlock per actor + the Results lines; the
 * contract plan (contract.ts) reuses the same pieces.
 */
import { caseParamMeta, ACTORS_AND_TOTAL } from '../model';
import type { CaseParams, ActorOrTotal, ParamMeta } from '../model';
import { buildInputs } from './inputs';
import { SheetBuilder, addr, FMT } from './plan';
import type { Label, Lang, PlanName, WorkbookPlan, ChartSpec, SheetNames } from './plan';
import { ModelRows, Metrics } from './rows';
import { assemble, resolve, statusRow } from './results';
import type { PlanOptions } from './results';
import { sumCheck, structureCheck, whileValid } from './checks';
import { budgetLineModel } from './budgetLines';
import type { RuleCheck } from './checks';

export const ACTOR_LABEL: Record<ActorOrTotal, { en: string; da: string }> = {
  kommune: { en: 'Municipality (kommune)', da: 'Kommune' },
  region: { en: 'Region (region)', da: 'Region' },
  stat: { en: 'State (stat)', da: 'Stat' },
  total: { en: 'Total (all three)', da: 'I alt (alle tre)' },
};
export const ACTOR_SUFFIX: Record<ActorOrTotal, string> = { kommune: 'Kommune', region: 'Region', stat: 'Stat', total: 'Total' };

/** The Model sheet's builder and the shared list of defined names. */
export function modelSheet(names: SheetNames, width: number, horizon: number, lang: Lang, definedNames: PlanName[]): ModelRows {
  const m = new SheetBuilder(names.model, [64, ...new Array(Math.max(width, 1)).fill(12)]);
  return new ModelRows(m, definedNames, horizon, lang);
}

/** S, C, m and k: the scalars every yearly row of the case uses. */
export function caseBasics(rows: ModelRows): number {
  const s = rows.scalar(
    { en: 'Net successes S = participants x (1 - dropoutRate) x (successRate - baselineRate)', da: 'Nettosucceser S = participants x (1 - dropoutRate) x (successRate - baselineRate)' },
    whileValid('participants*(1-dropoutRate)*(successRate-baselineRate)'),
    'netSuccesses',
    FMT.successes,
  );
  rows.scalar(
    { en: 'Total cost C (DKK) = costTotal, or costPerParticipant x participants', da: 'Samlet udgift C (kr.) = costTotal, eller costPerParticipant x participants' },
    whileValid('IF(ISNUMBER(costTotal),costTotal,costPerParticipant*participants)'),
    'totalCost',
    FMT.dkk,
  );
  rows.scalar({ en: 'Years in the effect ramp, m', da: 'År i effektopbygningen, m' }, 'COLUMNS(effectRamp)', 'rampYears');
  rows.scalar({ en: 'Years in the cost profile, k', da: 'År i udgiftsprofilen, k' }, 'COLUMNS(costProfile)', 'costYears');
  return s;
}

/** The rows of the case that do not depend on the actor. */
export interface CaseYears {
  yearRow: number;
  effectRow: number;
  successYearsRow: number;
  costShareRow: number;
  dfRow: number;
  /** Rows of the unit gains g_{a,t} when budget lines give them (budgetLines.ts); else the three gains. */
  unitGainRows?: Record<'kommune' | 'region' | 'stat', number>;
}

/** Adds the budget lines' Model rows after caseYears when the Inputs sheet has budget lines. */
export function withBudgetLines(rows: ModelRows, years: CaseYears, inputs: { budgetLines?: Parameters<typeof budgetLineModel>[1] }, inputsName: string): CaseYears {
  if (inputs.budgetLines) years.unitGainRows = budgetLineModel(rows, inputs.budgetLines, inputsName);
  return years;
}

/** The unit gain of actor a in year column c: the budget lines' row, or the fixed gain. */
export function unitGainRef(rows: ModelRows, years: CaseYears, a: 'kommune' | 'region' | 'stat'): (c: string) => string {
  const row = years.unitGainRows?.[a];
  return row === undefined ? () => `gain${ACTOR_SUFFIX[a]}` : rows.fixed(row);
}

export function caseYears(rows: ModelRows, p: CaseParams): CaseYears {
  const t = rows.yearNumbers();
  const yearRow = rows.yearly({ en: 'Calendar year', da: 'Kalenderår' }, (c) => `startYear+${t(c)}-1`, FMT.year, 'calendarYear');
  const effectRow = rows.yearly(
    { en: 'Effect profile e_t (share of full effect): the ramp, then e_m x persistence^(t - m)', da: 'Effektprofil e_t (andel af fuld effekt): opbygningen, derefter e_m x persistence^(t - m)' },
    (c) => `IF(${t(c)}<=rampYears,INDEX(effectRamp,1,MIN(${t(c)},rampYears)),INDEX(effectRamp,1,rampYears)*persistence^(${t(c)}-rampYears))`,
    FMT.share,
    'effect',
  );
  const successYearsRow = rows.yearly({ en: 'Net successes in effect, S x e_t', da: 'Nettosucceser med effekt, S x e_t' }, (c) => `netSuccesses*${rows.fixed(effectRow)(c)}`, FMT.people, 'successYears');
  const costShareRow = rows.yearly(
    { en: 'Cost profile c_t (share of C spent in year t; 0 after the profile)', da: 'Udgiftsprofil c_t (andel af C brugt i år t; 0 efter profilen)' },
    (c) => `IF(${t(c)}<=costYears,INDEX(costProfile,1,MIN(${t(c)},costYears)),0)`,
    FMT.share,
    'costShare',
  );
  const dfRow = discountRow(rows, Array.isArray(p.discountRate));
  return { yearRow, effectRow, successYearsRow, costShareRow, dfRow };
}

function discountRow(rows: ModelRows, schedule: boolean): number {
  const { t, first } = rows;
  const r = rows.nextRow;
  if (schedule) {
    // DF_1 = 1, DF_t = DF_{t-1} / (1 + r_t), the last rate continuing.
    return rows.yearly(
      {
        en: 'Discount factor DF_t = DF_(t-1) / (1 + r_t), DF_1 = 1 (the last rate of the schedule continues)',
        da: 'Diskonteringsfaktor DF_t = DF_(t-1) / (1 + r_t), DF_1 = 1 (skemaets sidste rente fortsætter)',
      },
      (c, col) => (col === first ? '1' : `${addr(r, col - 1)}/(1+INDEX(discountRate,1,MIN(${t(c)},COLUMNS(discountRate))))`),
      FMT.factor,
      'discountFactor',
    );
  }
  return rows.yearly(
    { en: 'Discount factor DF_t = (1 + discountRate)^-(t - 1)', da: 'Diskonteringsfaktor DF_t = (1 + discountRate)^-(t - 1)' },
    (c) => `(1+discountRate)^-(${t(c)}-1)`,
    FMT.factor,
    'discountFactor',
  );
}

/** The rows of one actor's block that other rows and the Results sheet read. */
export interface ActorRows {
  gains: number;
  costs: number;
  net: number;
  cum: number;
  be: number;
  pv: number;
  bcr: number;
}

/** The gains and costs rows of an actor: label and formula per year column. */
export interface ActorFlows {
  gains: [Label, (c: string) => string];
  costs: [Label, (c: string) => string];
}

/**
 * One actor's block below its heading: gains, costs, net, discounted and cumulative net, break-even,
 * present value and the benefit-cost ratio. `n(base)` makes the defined names (e.g. netKommune).
 */
export function actorBlock(rows: ModelRows, dfRow: number, heading: Label, flows: ActorFlows, n: (base: string) => string): ActorRows {
  const { first, last } = rows;
  rows.blank();
  rows.heading(heading);
  const gains = rows.yearly(flows.gains[0], flows.gains[1], FMT.dkk, n('gains'));
  const costs = rows.yearly(flows.costs[0], flows.costs[1], FMT.dkk, n('costs'));
  const net = rows.yearly({ en: 'Net (DKK) = gains - costs', da: 'Netto (kr.) = gevinster - udgifter' }, (c) => `${rows.at(gains)(c)}-${rows.at(costs)(c)}`, FMT.dkk, n('net'));
  const disc = rows.yearly({ en: 'Discounted net (DKK) = net x DF_t', da: 'Diskonteret netto (kr.) = netto x DF_t' }, (c) => `${rows.at(net)(c)}*${rows.fixed(dfRow)(c)}`, FMT.dkk);
  const cum = rows.nextRow;
  rows.yearly(
    { en: 'Cumulative discounted net CN_t (DKK)', da: 'Akkumuleret diskonteret netto CN_t (kr.)' },
    (c, col) => (col === first ? rows.at(disc)(c) : `${addr(cum, col - 1)}+${rows.at(disc)(c)}`),
    FMT.dkk,
    n('cumulative'),
  );
  // Right to left: 1 when CN stays >= 0 from this year through the horizon.
  const stays = rows.nextRow;
  rows.yearly(
    { en: 'CN >= 0 from this year through the horizon? (1 = yes; filled right to left)', da: 'CN >= 0 fra dette år til horisonten? (1 = ja; udfyldt fra højre)' },
    (c, col) => (col === last ? `IF(${rows.at(cum)(c)}>=0,1,0)` : `IF(AND(${rows.at(cum)(c)}>=0,${addr(stays, col + 1)}=1),1,0)`),
    '0',
    n('staysNonNegative'),
  );
  const be = rows.scalar(
    { en: 'Break-even year: the first year from which CN stays >= 0 (#N/A: not within the horizon)', da: 'Break-even-år: det første år, hvorfra CN forbliver >= 0 (#N/A: ikke inden for horisonten)' },
    `IF(${addr(stays, last)}=1,MATCH(1,${n('staysNonNegative')},0),NA())`,
    n('breakEvenYear'),
    '0',
  );
  const pv = rows.scalar({ en: 'Present value (DKK) = CN in the last year', da: 'Nutidsværdi (kr.) = CN i det sidste år' }, addr(cum, last), n('presentValue'), FMT.dkk);
  rows.scalar({ en: 'Discounted gains (DKK) = sum of gains x DF_t', da: 'Diskonterede gevinster (kr.) = sum af gevinster x DF_t' }, `SUMPRODUCT(${n('gains')},discountFactor)`, n('discountedGains'), FMT.dkk);
  rows.scalar({ en: 'Discounted costs (DKK) = sum of costs x DF_t', da: 'Diskonterede udgifter (kr.) = sum af udgifter x DF_t' }, `SUMPRODUCT(${n('costs')},discountFactor)`, n('discountedCosts'), FMT.dkk);
  const bcr = rows.scalar(
    { en: 'Benefit-cost ratio = discounted gains / discounted costs (#N/A: no costs)', da: 'Gevinst-udgiftsforhold = diskonterede gevinster / diskonterede udgifter (#N/A: ingen udgifter)' },
    `IF(${n('discountedCosts')}>0,${n('discountedGains')}/${n('discountedCosts')},NA())`,
    n('benefitCostRatio'),
    FMT.ratio,
  );
  return { gains, costs, net, cum, be, pv, bcr };
}

const ACTOR_SHORT: Record<ActorOrTotal, { en: string; da: string }> = {
  kommune: { en: 'municipality', da: 'kommune' },
  region: { en: 'region', da: 'region' },
  stat: { en: 'state', da: 'stat' },
  total: { en: 'total', da: 'i alt' },
};

/** The case's gains and costs rows of one actor (the total sums the three rows above it). */
function caseFlows(rows: ModelRows, years: CaseYears, a: ActorOrTotal, done: Partial<Record<ActorOrTotal, ActorRows>>): ActorFlows {
  if (a === 'total') return sumOfActors(rows, done);
  const sfx = ACTOR_SUFFIX[a];
  return {
    gains: [gainsLabel(years, a), (c) => `${rows.fixed(years.successYearsRow)(c)}*${unitGainRef(rows, years, a)(c)}`],
    costs: [{ en: `Costs (DKK) = C x c_t x costShare${sfx}`, da: `Udgifter (kr.) = C x c_t x costShare${sfx}` }, (c) => `totalCost*${rows.fixed(years.costShareRow)(c)}*costShare${sfx}`],
  };
}

export function gainsLabel(years: CaseYears, a: 'kommune' | 'region' | 'stat'): { en: string; da: string } {
  const g = years.unitGainRows ? 'g_t (budget lines)' : `gain${ACTOR_SUFFIX[a]}`;
  const gd = years.unitGainRows ? 'g_t (budgetlinjer)' : `gain${ACTOR_SUFFIX[a]}`;
  return { en: `Gains (DKK) = S x e_t x ${g}`, da: `Gevinster (kr.) = S x e_t x ${gd}` };
}

/** The total's gains and costs: the sum of the three actors' rows. */
export function sumOfActors(rows: ModelRows, done: Partial<Record<ActorOrTotal, ActorRows>>): ActorFlows {
  const sum = (key: 'gains' | 'costs') => (c: string) => (['kommune', 'region', 'stat'] as const).map((x) => rows.at(done[x]![key])(c)).join('+');
  return {
    gains: [{ en: 'Gains (DKK), sum of the three actors', da: 'Gevinster (kr.), sum af de tre aktører' }, sum('gains')],
    costs: [{ en: 'Costs (DKK), sum of the three actors', da: 'Udgifter (kr.), sum af de tre aktører' }, sum('costs')],
  };
}

/** The four actor blocks of the case (names gainsKommune, presentValueTotal, ...). */
export function caseActors(rows: ModelRows, years: CaseYears): Record<ActorOrTotal, ActorRows> {
  const done: Partial<Record<ActorOrTotal, ActorRows>> = {};
  for (const a of ACTORS_AND_TOTAL) {
    done[a] = actorBlock(rows, years.dfRow, ACTOR_LABEL[a], caseFlows(rows, years, a, done), (b) => `${b}${ACTOR_SUFFIX[a]}`);
  }
  return done as Record<ActorOrTotal, ActorRows>;
}

/** The Results lines of one actor block under `prefix` (actors, withoutContract). */
export function actorMetrics(metrics: Metrics, prefix: string, blocks: Record<ActorOrTotal, ActorRows>, qualifier?: Label): void {
  const q = (l: { en: string; da: string }, a: ActorOrTotal): Label => {
    const extra = qualifier === undefined ? { en: '', da: '' } : typeof qualifier === 'string' ? { en: qualifier, da: qualifier } : qualifier;
    return { en: `${l.en}, ${ACTOR_SHORT[a].en}${extra.en}`, da: `${l.da}, ${ACTOR_SHORT[a].da}${extra.da}` };
  };
  for (const a of ACTORS_AND_TOTAL) {
    const r = blocks[a];
    metrics.yearly(`${prefix}.${a}.gains`, q({ en: 'Gains', da: 'Gevinster' }, a), r.gains, FMT.dkk);
    metrics.yearly(`${prefix}.${a}.costs`, q({ en: 'Costs', da: 'Udgifter' }, a), r.costs, FMT.dkk);
    metrics.yearly(`${prefix}.${a}.net`, q({ en: 'Net', da: 'Netto' }, a), r.net, FMT.dkk);
    metrics.yearly(`${prefix}.${a}.cumulative`, q({ en: 'Cumulative discounted net', da: 'Akkumuleret diskonteret netto' }, a), r.cum, FMT.dkk);
    metrics.scalar(`${prefix}.${a}.breakEvenYear`, q({ en: 'Break-even year', da: 'Break-even-år' }, a), r.be, '0');
    metrics.scalar(`${prefix}.${a}.presentValue`, q({ en: 'Present value (DKK)', da: 'Nutidsværdi (kr.)' }, a), r.pv, FMT.dkk);
    metrics.scalar(`${prefix}.${a}.benefitCostRatio`, q({ en: 'Benefit-cost ratio', da: 'Gevinst-udgiftsforhold' }, a), r.bcr, FMT.ratio);
  }
}

/** netSuccesses, years and effect: the first lines of the case's and the contract's Results. */
export function caseHeadMetrics(metrics: Metrics, sRow: number, years: CaseYears): void {
  metrics.scalar('netSuccesses', { en: 'Net successes S', da: 'Nettosucceser S' }, sRow, FMT.successes);
  metrics.yearly('years', { en: 'Calendar year', da: 'Kalenderår' }, years.yearRow, FMT.year);
  metrics.yearly('effect', { en: 'Effect e_t', da: 'Effekt e_t' }, years.effectRow, FMT.share);
}

/** gainsPerSuccess.{actor}.{t}: the budget lines' rows, or the fixed gain in every year. */
export function unitGainMetrics(metrics: Metrics, rows: ModelRows, years: CaseYears): void {
  for (const a of ['kommune', 'region', 'stat'] as const) {
    const label = { en: `Unit gain per net success, ${ACTOR_SHORT[a].en}`, da: `Enhedsgevinst pr. nettosucces, ${ACTOR_SHORT[a].da}` };
    const row = years.unitGainRows?.[a];
    if (row !== undefined) metrics.yearly(`gainsPerSuccess.${a}`, label, row, FMT.dkk);
    else rows.cols.forEach((_, i) => metrics.formula(`gainsPerSuccess.${a}.${i + 1}`, { en: `${label.en}, year ${i + 1}`, da: `${label.da}, år ${i + 1}` }, `gain${ACTOR_SUFFIX[a]}`, FMT.dkk));
  }
}

/** The line chart of cumulative discounted net per actor, below the Model rows. */
export function cumulativeChart(rows: ModelRows, years: CaseYears, blocks: Record<ActorOrTotal, ActorRows>, title: Label): ChartSpec {
  const { first, last, lang } = rows;
  return {
    sheet: rows.sheet.sheet.name,
    title: typeof title === 'string' ? title : title[lang],
    categories: rows.sheet.rowRef(years.yearRow, first, last),
    series: ACTORS_AND_TOTAL.map((a) => ({ name: ACTOR_LABEL[a][lang], values: rows.sheet.rowRef(blocks[a].cum, first, last) })),
    yAxisTitle: lang === 'da' ? 'kr.' : 'DKK',
    anchor: { row: rows.nextRow + 2, col: 0, cols: Math.max(6, Math.min(rows.horizon + 1, 12)), rows: 34 },
  };
}

/** The case's rules across cells: one of the two costs, the sums of 1, the horizon of the columns. */
export function caseRules(p: CaseParams): RuleCheck[] {
  return [
    {
      rule: { en: 'give costTotal or costPerParticipant, not both (exactly one of the two)', da: 'angiv costTotal eller costPerParticipant, ikke begge (præcis én af dem)' },
      holds: 'ISNUMBER(costTotal)+ISNUMBER(costPerParticipant)=1',
    },
    sumCheck('costProfile', { en: 'the cost profile', da: 'udgiftsprofilen' }),
    sumCheck(['costShareKommune', 'costShareRegion', 'costShareStat'], { en: 'the cost shares', da: 'udgiftsandelene' }),
    structureCheck('horizon', p.horizon, { en: `the Model sheet has ${p.horizon} year columns`, da: `modelarket har ${p.horizon} årskolonner` }),
  ];
}

/** The start both the case and the contract workbooks share: inputs, the Model sheet's status,
 *  basics and year rows (with budget lines). */
export function caseSheetStart(p: CaseParams, meta: readonly ParamMeta[], options: PlanOptions) {
  const resolved = resolve(options);
  const { lang, sheetNames } = resolved;
  const inputs = buildInputs(sheetNames.inputs, lang, meta, p as unknown as Record<string, unknown>, { preset: options.preset });
  const names: PlanName[] = [...inputs.names];
  const rows = modelSheet(sheetNames, p.horizon, p.horizon, lang, names);
  statusRow(rows);
  const sRow = caseBasics(rows);
  rows.blank();
  const years = withBudgetLines(rows, caseYears(rows, p), inputs, sheetNames.inputs);
  return { resolved, inputs, names, rows, sRow, years };
}

export function casePlan(p: CaseParams, options: PlanOptions = {}): WorkbookPlan {
  const { resolved, inputs, names, rows, sRow, years } = caseSheetStart(p, caseParamMeta, options);
  const blocks = caseActors(rows, years);
  const metrics = new Metrics(rows);
  caseHeadMetrics(metrics, sRow, years);
  unitGainMetrics(metrics, rows, years);
  actorMetrics(metrics, 'actors', blocks);
  const chart = cumulativeChart(rows, years, blocks, { en: 'Cumulative discounted net by actor (DKK)', da: 'Akkumuleret diskonteret netto pr. aktør (kr.)' });
  return assemble({ kind: 'case', about: 'case', resolved, inputs, rules: caseRules(p), model: rows, names, metrics: metrics.list, chart });
}
