/**
 * Budget lines in the workbook (docs/budget-lines.md): on the Inputs sheet the consequences, the
 * price lines they use (with sources), the case's price year, the price index and the refusion
 * staircase as a table; on the Model sheet the uprating factor, the state's share per year and each
 * consequence's gain per actor and year, as native formulas over those cells, summed to the unit
 * gains g_{a,t} that the actor blocks multiply by S x e_t. The E.. columns of the Inputs rows are
 * `consequence | id | units | weeksAtStart`, `price | id | ...`, `priceIndex | year | value` and
 * `priceYear | year`, so the Inputs range stays a parameter table the DSI functions read.
 */
import { REFUSION_STEPS, WEEKS_PER_YEAR, priceList, priceIndexOf, budgetLineWarnings } from '../model';
import type { CaseParams, ConsequenceInput, PriceLine } from '../model';
import { addr, FMT, say } from './plan';
import type { Lang, PlanCell, PlanName, SheetBuilder } from './plan';
import type { ModelRows } from './rows';
import type { RuleCheck } from './checks';

type Actor = 'kommune' | 'region' | 'stat';
const ACTORS: readonly Actor[] = ['kommune', 'region', 'stat'];
const KEY_COL = 4;

const T = {
  heading: { en: 'Budget lines: consequences per net success per year at full effect, and the prices they use', da: 'Budgetlinjer: konsekvenser pr. nettosucces pr. år ved fuld effekt og de priser, de bruger' },
  priceYear: { en: 'Price year of the case (empty: prices as they are)', da: 'Sagens prisår (tom: priserne, som de er)' },
  staircaseRule: { en: 'weeks a year, 0 to 52', da: 'uger om året, 0 til 52' },
  index: { en: 'Price index (CPI, 2015 = 100)', da: 'Prisindeks (forbrugerprisindeks, 2015 = 100)' },
  staircase: { en: 'Refusion staircase: the state reimburses this share of a benefit paid for weeks first..last of a spell', da: 'Refusionstrappen: staten refunderer denne andel af en ydelse betalt for uge første..sidste i et forløb' },
  stepHeader: { en: ['First week', 'Last week', 'State share'], da: ['Første uge', 'Sidste uge', 'Statens andel'] },
  notModelled: { en: 'The rule that a spell restarts after 52 weeks of self-support is not modelled.', da: 'Reglen om, at et forløb starter forfra efter 52 ugers selvforsørgelse, er ikke modelleret.' },
};

/** Where the budget lines are on the Inputs sheet: 0-based rows of the consequences, by index. */
export interface BudgetLineCells {
  consequenceRows: number[];
  lines: PriceLine[];
  /** Absolute references of the staircase table: first week, last week and share of each step. */
  steps: { first: string; last: string | null; share: string }[];
}

function priceRow(b: SheetBuilder, l: PriceLine, lang: Lang): number {
  return b.row([
    { value: l.label[lang] }, { value: l.unit[lang] }, { value: l.staircase ? say(T.staircaseRule, lang) : '' }, { value: l.status ?? '' },
    { value: 'price' }, { value: l.id }, { value: l.kommune, numFmt: '#,##0.00' }, { value: l.region, numFmt: '#,##0.00' }, { value: l.stat, numFmt: '#,##0.00' },
    { value: l.priceYear }, { value: l.staircase === true }, { value: l.source },
  ]);
}

function consequenceRow(b: SheetBuilder, c: ConsequenceInput, l: PriceLine, why: string, lang: Lang): number {
  const cells: PlanCell[] = [{ value: l.label[lang] }, { value: l.unit[lang] }, { value: l.staircase ? say(T.staircaseRule, lang) : '' }, { value: why }, { value: 'consequence' }, { value: c.id }, { value: c.units }];
  if (l.staircase) cells.push({ value: c.weeksAtStart ?? 0 });
  return b.row(cells);
}

function staircaseTable(b: SheetBuilder, lang: Lang): BudgetLineCells['steps'] {
  b.blank();
  b.row([{ value: say(T.staircase, lang), bold: true }]);
  b.row(T.stepHeader[lang].map((value) => ({ value, bold: true })));
  let first = 1;
  const steps: BudgetLineCells['steps'] = [];
  for (const s of REFUSION_STEPS) {
    const r = b.row([{ value: first }, Number.isFinite(s.lastWeek) ? { value: s.lastWeek } : { value: lang === 'da' ? 'og frem' : 'onwards' }, { value: s.stateShare, numFmt: '0%' }]);
    steps.push({ first: b.ref(r, 0), last: Number.isFinite(s.lastWeek) ? b.ref(r, 1) : null, share: b.ref(r, 2) });
    first = s.lastWeek + 1;
  }
  b.row([{ value: say(T.notModelled, lang) }]);
  return steps;
}

/**
 * Appends the budget lines below the parameter rows of the Inputs sheet, with their defined names
 * (priceYear, priceIds, priceKommune, priceRegion, priceStat, priceYears, indexYears, indexValues)
 * and a rule check per staircase consequence. Nothing when the case gives the three gains.
 */
export function appendBudgetLines(b: SheetBuilder, lang: Lang, values: Record<string, unknown>, names: PlanName[], checks: RuleCheck[], reasons: Record<string, { en: string; da: string }> = {}): BudgetLineCells | undefined {
  const consequences = values.consequences as ConsequenceInput[] | undefined;
  if (!consequences) return undefined;
  const p = values as unknown as CaseParams;
  const all = priceList(p.prices);
  const lines = consequences.map((c) => all.find((l) => l.id === c.id) as PriceLine);
  b.blank();
  b.row([{ value: say(T.heading, lang), bold: true }]);
  for (const w of budgetLineWarnings(p)) b.row([{ value: (lang === 'da' ? 'Advarsel: ' : 'Warning: ') + w[lang], bold: true }]);
  const yearRow = b.row([{ value: say(T.priceYear, lang) }, { value: lang === 'da' ? 'kalenderår' : 'calendar year' }, { value: '' }, { value: '' }, { value: 'priceYear' }, { value: p.priceYear ?? '' }]);
  names.push({ name: 'priceYear', ref: b.ref(yearRow, KEY_COL + 1) });
  const consequenceRows = consequences.map((c, i) => consequenceRow(b, c, lines[i], reasons[c.id]?.[lang] ?? '', lang));
  const used = lines.filter((l, i) => lines.findIndex((x) => x.id === l.id) === i);
  const priceRows = used.map((l) => priceRow(b, l, lang));
  const col = (k: number) => b.colRef(KEY_COL + k, priceRows[0], priceRows[priceRows.length - 1]);
  names.push({ name: 'priceIds', ref: col(1) }, { name: 'priceKommune', ref: col(2) }, { name: 'priceRegion', ref: col(3) }, { name: 'priceStat', ref: col(4) }, { name: 'priceYears', ref: col(5) });
  const index = Object.entries(priceIndexOf(p));
  const indexRows = index.map(([year, v]) => b.row([{ value: say(T.index, lang) }, { value: '' }, { value: '' }, { value: 'unverified' }, { value: 'priceIndex' }, { value: Number(year) }, { value: v }]));
  names.push({ name: 'indexYears', ref: b.colRef(KEY_COL + 1, indexRows[0], indexRows[indexRows.length - 1]) });
  names.push({ name: 'indexValues', ref: b.colRef(KEY_COL + 2, indexRows[0], indexRows[indexRows.length - 1]) });
  consequences.forEach((c, i) => {
    if (!lines[i].staircase) return;
    const u = b.ref(consequenceRows[i], KEY_COL + 2);
    checks.push({
      rule: { en: `consequence ${c.id}: units are weeks a year, 0 to ${WEEKS_PER_YEAR}`, da: `konsekvensen ${c.id}: enhederne er uger om året, 0 til ${WEEKS_PER_YEAR}` },
      holds: `AND(ISNUMBER(${u}),${u}>=0,${u}<=${WEEKS_PER_YEAR})`,
    });
  });
  const steps = staircaseTable(b, lang);
  b.fitColumn(KEY_COL + 7, 10, 60);
  return { consequenceRows, lines, steps };
}

/** A, B, ..., Z, AA, AB, ...: defined names may not end in a digit (they would read as cell references). */
function letters(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
}

/** The state's mean share over (a, b] of a spell, from the staircase table: sum of share x overlap / units. */
function stateShareFormula(steps: BudgetLineCells['steps'], a: string, bEnd: string, units: string): string {
  const terms = steps.map((s) => {
    const upper = s.last === null ? bEnd : `MIN(${bEnd},${s.last})`;
    return `${s.share}*MAX(0,${upper}-MAX(${a},${s.first}-1))`;
  });
  return `IF(${units}>0,(${terms.join('+')})/${units},0)`;
}

/**
 * The Model sheet rows of the budget lines, after the year numbers; returns the rows of the unit
 * gains g_{a,t} (named unitGainKommune, unitGainRegion, unitGainStat).
 */
export function budgetLineModel(rows: ModelRows, cells: BudgetLineCells, inputsName: string): Record<Actor, number> {
  const t = rows.t;
  const ref = (r: number, c: number) => `${inputsName}!${addr(r, c, true)}`;
  const contributions: Record<Actor, number[]> = { kommune: [], region: [], stat: [] };
  rows.blank();
  rows.heading({ en: 'Unit gains from budget lines (DKK per net success per year at full effect)', da: 'Enhedsgevinster fra budgetlinjer (kr. pr. nettosucces pr. år ved fuld effekt)' });
  cells.consequenceRows.forEach((r, i) => {
    const line = cells.lines[i];
    const id = ref(r, KEY_COL + 1);
    const units = ref(r, KEY_COL + 2);
    const at = (name: string) => `INDEX(${name},MATCH(${id},priceIds,0))`;
    const lineYear = at('priceYears');
    const factorRow = rows.scalar(
      { en: `${line.id}: uprating factor, index(priceYear) / index(line's price year); 1 without priceYear`, da: `${line.id}: fremskrivningsfaktor, indeks(priceYear) / indeks(linjens prisår); 1 uden priceYear` },
      `IF(OR(NOT(ISNUMBER(priceYear)),priceYear=${lineYear}),1,INDEX(indexValues,MATCH(priceYear,indexYears,0))/INDEX(indexValues,MATCH(${lineYear},indexYears,0)))`,
      `upratingFactor${letters(i)}`,
      FMT.factor,
    );
    const factor = rows.ref(factorRow, rows.first);
    if (line.staircase) {
      const w0 = ref(r, KEY_COL + 3);
      const a = (c: string) => `(${w0}+${WEEKS_PER_YEAR}*(${t(c)}-1))`;
      const share = rows.yearly(
        { en: `${line.id}: state's share s_t, the staircase's mean over the weeks saved in year t`, da: `${line.id}: statens andel s_t, trappens gennemsnit over de uger, der spares i år t` },
        (c) => stateShareFormula(cells.steps, a(c), `(${a(c)}+${units})`, units),
        FMT.share,
      );
      const gross = `${units}*${at('priceKommune')}*${factor}`;
      contributions.kommune.push(rows.yearly({ en: `${line.id}: municipality, units x price x factor x (1 - s_t)`, da: `${line.id}: kommune, enheder x pris x faktor x (1 - s_t)` }, (c) => `${gross}*(1-${rows.fixed(share)(c)})`, FMT.dkk));
      contributions.stat.push(rows.yearly({ en: `${line.id}: state, units x price x factor x s_t`, da: `${line.id}: stat, enheder x pris x faktor x s_t` }, (c) => `${gross}*${rows.fixed(share)(c)}`, FMT.dkk));
      return;
    }
    const priceName: Record<Actor, string> = { kommune: 'priceKommune', region: 'priceRegion', stat: 'priceStat' };
    for (const a of ACTORS) {
      contributions[a].push(rows.yearly({ en: `${line.id}: ${a}, units x price x factor`, da: `${line.id}: ${a}, enheder x pris x faktor` }, () => `${units}*${at(priceName[a])}*${factor}`, FMT.dkk));
    }
  });
  const sfx: Record<Actor, string> = { kommune: 'Kommune', region: 'Region', stat: 'Stat' };
  const out = {} as Record<Actor, number>;
  for (const a of ACTORS) {
    const parts = contributions[a];
    out[a] = rows.yearly(
      { en: `Unit gain g_t, ${a} (DKK per net success)`, da: `Enhedsgevinst g_t, ${a} (kr. pr. nettosucces)` },
      (c) => (parts.length ? parts.map((row) => rows.at(row)(c)).join('+') : '0'),
      FMT.dkk,
      `unitGain${sfx[a]}`,
    );
  }
  return out;
}
