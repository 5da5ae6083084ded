/**
 * The case model (docs/model.md section 1) as native spreadsheet formulas: one column per year, one
 * concept per row, every formula built from the Inputs sheet's defined names and the rows above it.
 */
import { caseParamMeta, ACTORS_AND_TOTAL } from '../model';
import type { CaseParams, ActorOrTotal } from '../model';
import { buildInputs } from './inputs';
import { SheetBuilder, yearlyRows, PlanCell, PlanName, WorkbookPlan, addr, FMT } from './plan';

export const MODEL = 'Model';
export const RESULTS = 'Results';

const ACTOR_LABEL: Record<ActorOrTotal, string> = {
  kommune: 'Municipality (kommune)',
  region: 'Region (region)',
  stat: 'State (stat)',
  total: 'Total (all three)',
};
const ACTOR_SUFFIX: Record<ActorOrTotal, string> = { kommune: 'Kommune', region: 'Region', stat: 'Stat', total: 'Total' };

export const STRUCTURE_NOTE =
  'The Model sheet has one column per year of the horizon, and vector parameters are rows of the length given here: ' +
  'to change the horizon or the length of a vector, export the workbook again. Every other value can be edited here and the workbook recalculates.';

/** Results metric -> formula, in the order of the CLI's JSON. */
type Metric = [path: string, formula: string, numFmt?: string];

export function casePlan(p: CaseParams): WorkbookPlan {
  const H = p.horizon;
  const inputs = buildInputs(caseParamMeta, p as unknown as Record<string, unknown>, [
    'Case model (docs/model.md section 1), exported by the DSI add-in. The Model sheet computes everything with plain spreadsheet formulas from the values above.',
    STRUCTURE_NOTE,
  ]);
  const names: PlanName[] = [...inputs.names];
  const m = new SheetBuilder(MODEL, [64, ...new Array(Math.max(H, 1)).fill(14)]);
  const { first, last, cols, name, scalar, yearly } = yearlyRows(m, names, H);

  scalar('Net successes S = participants x (1 - dropoutRate) x (successRate - baselineRate)', 'participants*(1-dropoutRate)*(successRate-baselineRate)', 'netSuccesses', FMT.people);
  scalar(
    p.costTotal !== undefined ? 'Total cost C (DKK) = costTotal' : 'Total cost C (DKK) = costPerParticipant x participants',
    p.costTotal !== undefined ? 'costTotal' : 'costPerParticipant*participants',
    'totalCost',
    FMT.dkk,
  );
  scalar('Years in the effect ramp, m', 'COLUMNS(effectRamp)', 'rampYears');
  scalar('Years in the cost profile, k', 'COLUMNS(costProfile)', 'costYears');
  m.blank();

  const tRow = m.nextRow;
  m.row([{ value: 'Year number t', bold: true }, ...cols.map((col, i) => (i === 0 ? { value: 1, bold: true } : { formula: `${addr(tRow, col - 1)}+1`, bold: true }))]);
  name('yearNumber', m.rowRef(tRow, first, last));
  const t = (c: string) => `${c}$${tRow + 1}`;
  const yearRow = yearly('Calendar year', (c) => `startYear+${t(c)}-1`, FMT.year, 'calendarYear');
  const effectRow = yearly(
    'Effect profile e_t (share of full effect): the ramp, then e_m x persistence^(t - m)',
    (c) => `IF(${t(c)}<=rampYears,INDEX(effectRamp,1,MIN(${t(c)},rampYears)),INDEX(effectRamp,1,rampYears)*persistence^(${t(c)}-rampYears))`,
    FMT.share,
    'effect',
  );
  const successYearsRow = yearly('Net successes in effect, S x e_t', (c) => `netSuccesses*${c}$${effectRow + 1}`, FMT.people, 'successYears');
  const costShareRow = yearly(
    'Cost profile c_t (share of C spent in year t; 0 after the profile)',
    (c) => `IF(${t(c)}<=costYears,INDEX(costProfile,1,MIN(${t(c)},costYears)),0)`,
    FMT.share,
    'costShare',
  );
  const dfFormula = Array.isArray(p.discountRate)
    ? // A schedule: DF_1 = 1, DF_t = DF_{t-1} / (1 + r_t), the last rate continuing.
      (c: string, col: number) =>
        col === first ? '1' : `${addr(m.nextRow, col - 1)}/(1+INDEX(discountRate,1,MIN(${t(c)},COLUMNS(discountRate))))`
    : (c: string) => `(1+discountRate)^-(${t(c)}-1)`;
  const dfLabel = Array.isArray(p.discountRate)
    ? 'Discount factor DF_t = DF_(t-1) / (1 + r_t), DF_1 = 1 (the last rate of the schedule continues)'
    : 'Discount factor DF_t = (1 + discountRate)^-(t - 1)';
  const dfRow = yearly(dfLabel, dfFormula, FMT.factor, 'discountFactor');

  const rowsOf = {} as Record<ActorOrTotal, { gains: number; costs: number; net: number; cum: number; be: number; pv: number; bcr: number }>;
  const shareName: Record<string, string> = { kommune: 'costShareKommune', region: 'costShareRegion', stat: 'costShareStat' };
  const gainName: Record<string, string> = { kommune: 'gainKommune', region: 'gainRegion', stat: 'gainStat' };
  for (const a of ACTORS_AND_TOTAL) {
    const sfx = ACTOR_SUFFIX[a];
    m.blank();
    m.row([{ value: ACTOR_LABEL[a], bold: true }]);
    const sumOfActors = (key: 'gains' | 'costs') => (c: string) =>
      (['kommune', 'region', 'stat'] as const).map((x) => `${c}${rowsOf[x][key] + 1}`).join('+');
    const gains =
      a === 'total'
        ? yearly('Gains (DKK), sum of the three actors', sumOfActors('gains'), FMT.dkk, `gains${sfx}`)
        : yearly(`Gains (DKK) = S x e_t x ${gainName[a]}`, (c) => `${c}$${successYearsRow + 1}*${gainName[a]}`, FMT.dkk, `gains${sfx}`);
    const costs =
      a === 'total'
        ? yearly('Costs (DKK), sum of the three actors', sumOfActors('costs'), FMT.dkk, `costs${sfx}`)
        : yearly(`Costs (DKK) = C x c_t x ${shareName[a]}`, (c) => `totalCost*${c}$${costShareRow + 1}*${shareName[a]}`, FMT.dkk, `costs${sfx}`);
    const net = yearly('Net (DKK) = gains - costs', (c) => `${c}${gains + 1}-${c}${costs + 1}`, FMT.dkk, `net${sfx}`);
    const disc = yearly('Discounted net (DKK) = net x DF_t', (c) => `${c}${net + 1}*${c}$${dfRow + 1}`, FMT.dkk);
    const cumRow = m.nextRow;
    yearly(
      'Cumulative discounted net CN_t (DKK)',
      (c, col) => (col === first ? `${c}${disc + 1}` : `${addr(cumRow, col - 1)}+${c}${disc + 1}`),
      FMT.dkk,
      `cumulative${sfx}`,
    );
    // Right to left: 1 when CN stays >= 0 from this year through the horizon.
    const staysRow = m.nextRow;
    yearly(
      'CN >= 0 from this year through the horizon? (1 = yes; filled right to left)',
      (c, col) => (col === last ? `IF(${c}${cumRow + 1}>=0,1,0)` : `IF(AND(${c}${cumRow + 1}>=0,${addr(staysRow, col + 1)}=1),1,0)`),
      '0',
      `staysNonNegative${sfx}`,
    );
    const lastStays = addr(staysRow, last);
    const be = scalar(
      'Break-even year: the first year from which CN stays >= 0 (#N/A: not within the horizon)',
      `IF(${lastStays}=1,MATCH(1,staysNonNegative${sfx},0),NA())`,
      `breakEvenYear${sfx}`,
      '0',
    );
    const pv = scalar('Present value (DKK) = CN in the last year', addr(cumRow, last), `presentValue${sfx}`, FMT.dkk);
    scalar('Discounted gains (DKK) = sum of gains x DF_t', `SUMPRODUCT(gains${sfx},discountFactor)`, `discountedGains${sfx}`, FMT.dkk);
    scalar('Discounted costs (DKK) = sum of costs x DF_t', `SUMPRODUCT(costs${sfx},discountFactor)`, `discountedCosts${sfx}`, FMT.dkk);
    const bcr = scalar(
      'Benefit-cost ratio = discounted gains / discounted costs (#N/A: no costs)',
      `IF(discountedCosts${sfx}>0,discountedGains${sfx}/discountedCosts${sfx},NA())`,
      `benefitCostRatio${sfx}`,
      FMT.ratio,
    );
    rowsOf[a] = { gains, costs, net, cum: cumRow, be, pv, bcr };
  }

  const ref = (row: number, col: number) => `${MODEL}!${addr(row, col)}`;
  const metrics: Metric[] = [['netSuccesses', 'netSuccesses', FMT.people]];
  cols.forEach((col, i) => metrics.push([`years.${i + 1}`, ref(yearRow, col), FMT.year]));
  cols.forEach((col, i) => metrics.push([`effect.${i + 1}`, ref(effectRow, col), FMT.share]));
  for (const a of ACTORS_AND_TOTAL) {
    const r = rowsOf[a];
    for (const [field, row] of [['gains', r.gains], ['costs', r.costs], ['net', r.net], ['cumulative', r.cum]] as const) {
      cols.forEach((col, i) => metrics.push([`actors.${a}.${field}.${i + 1}`, ref(row, col), FMT.dkk]));
    }
    metrics.push([`actors.${a}.breakEvenYear`, ref(r.be, 1), '0']);
    metrics.push([`actors.${a}.presentValue`, ref(r.pv, 1), FMT.dkk]);
    metrics.push([`actors.${a}.benefitCostRatio`, ref(r.bcr, 1), FMT.ratio]);
  }

  const chartRow = m.nextRow + 2;
  return {
    kind: 'case',
    sheets: [inputs.builder.sheet, m.sheet, resultsSheet(metrics)],
    names,
    metrics: metrics.map((x) => x[0]),
    chart: {
      sheet: MODEL,
      title: 'Cumulative discounted net by actor (DKK)',
      categories: m.rowRef(yearRow, first, last),
      series: ACTORS_AND_TOTAL.map((a) => ({ name: ACTOR_LABEL[a], values: m.rowRef(rowsOf[a].cum, first, last) })),
      yAxisTitle: 'DKK',
      anchor: { row: chartRow, col: 0, cols: Math.max(6, Math.min(H + 1, 12)), rows: 20 },
    },
  };
}

/** Two columns, `metric | value`: the metric is a path into the CLI's JSON (1-based years). */
export function resultsSheet(metrics: readonly Metric[]): SheetBuilder['sheet'] {
  const b = new SheetBuilder(RESULTS, [40, 18]);
  b.row([{ value: 'metric', bold: true }, { value: 'value', bold: true }]);
  for (const [path, formula, numFmt] of metrics) {
    const cell: PlanCell = { formula, numFmt };
    b.row([{ value: path }, cell]);
  }
  return b.sheet;
}
