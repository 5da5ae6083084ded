/**
 * The fund as DSI's board sees it (docs/fund.md): a summary (people reached, fund value against the
 * capital put in, the first shortfall year, and the probabilities once simulated) and a capital-flow
 * chart per year: money in above the axis (capital, repayments, the guarantor), money out below it
 * (investments, running costs, repayments kept), lost repayments as an outline on top and the
 * uninvested cash as a line. Every number comes from the model's result and parameters.
 */
import type { FundParams, FundResult, FundSimResult, InputLayer, SimResult } from '../model';
import { operatingCostAt, run, fundModel } from '../model';
import type { App } from './app';
import { h, s, uid } from './dom';
import { mio, num, pct } from './format';
import { chartWidth, responsive } from './charts';
import { niceTicks } from './ticks';

/** One year of the fund's cash, in DKK; in - out = the change in uninvested cash. */
export interface YearFlows {
  year: number;
  capital: number;
  repaid: number;
  guarantee: number;
  invested: number;
  running: number;
  kept: number;
  lost: number;
  uninvested: number;
}

export function capitalFlows(p: FundParams, r: FundResult): YearFlows[] {
  return r.years.map((year, t) => ({
    year,
    capital: (t === 0 ? p.initialCapital : 0) + (p.capitalInjections[t] ?? 0),
    repaid: r.repayments[t] - r.guaranteePaid[t],
    guarantee: r.guaranteePaid[t],
    invested: r.invested[t],
    // What the cash could pay: a shortfall is the part left unpaid.
    running: operatingCostAt(p.operatingCost, t) - r.shortfall[t],
    kept: (1 - p.reinvestShare) * r.repayments[t],
    lost: r.lost[t],
    uninvested: r.uninvested[t],
  }));
}

const IN = [['capital', '#0f6cbd'], ['repaid', '#107c10'], ['guarantee', '#8764b8']] as const;
const OUT = [['invested', '#c4501a'], ['running', '#616161'], ['kept', '#a19f9d']] as const;
type Part = (typeof IN)[number][0] | (typeof OUT)[number][0];
const PART_KEY: Record<Part, 'flowCapital' | 'flowRepaid' | 'flowGuarantee' | 'flowInvested' | 'flowRunning' | 'flowKept'> = {
  capital: 'flowCapital', repaid: 'flowRepaid', guarantee: 'flowGuarantee', invested: 'flowInvested', running: 'flowRunning', kept: 'flowKept',
};
const FONT = 11;

function legendItems(app: App, flows: readonly YearFlows[]): { label: string; color: string; kind: 'box' | 'outline' | 'line' }[] {
  const any = (k: keyof YearFlows) => flows.some((f) => f[k] > 0);
  const items: { label: string; color: string; kind: 'box' | 'outline' | 'line' }[] = [];
  for (const [k, color] of [...IN, ...OUT]) if (any(k) || k === 'capital' || k === 'invested') items.push({ label: app.t(PART_KEY[k]), color, kind: 'box' });
  if (any('lost')) items.push({ label: app.t('flowLost'), color: '#c50f1f', kind: 'outline' });
  items.push({ label: app.t('flowUninvested'), color: '#242424', kind: 'line' });
  return items;
}

/** The capital-flow chart, DKK m; drawn at the pane's width. */
export function capitalFlowChart(app: App, flows: readonly YearFlows[]): SVGElement {
  const L = app.lang;
  const W = chartWidth();
  const items = legendItems(app, flows);
  const top = (f: YearFlows) => (f.capital + f.repaid + f.guarantee + f.lost) / 1e6;
  const bottom = (f: YearFlows) => -(f.invested + f.running + f.kept) / 1e6;
  const hi = Math.max(0, ...flows.map(top), ...flows.map((f) => f.uninvested / 1e6));
  const lo = Math.min(0, ...flows.map(bottom));
  const ticks = niceTicks(lo, hi === lo ? lo + 1 : hi, 6);
  const fmt = (v: number) => num(L, v, 0);
  const padL = Math.max(...ticks.values.map((v) => fmt(v).length)) * FONT * 0.6 + 10;
  const legendRows = Math.ceil(items.length / 2);
  const plotH = 190;
  const Hh = 8 + plotH + FONT + 10 + legendRows * (FONT + 6) + 4;
  const t0 = 8;
  const b0 = t0 + plotH;
  const y = (v: number) => b0 - ((v - ticks.lo) / (ticks.hi - ticks.lo)) * plotH;
  const band = (W - padL - 4) / flows.length;
  const bw = Math.max(4, Math.min(28, band * 0.6));
  const x = (i: number) => padL + band * (i + 0.5);
  const titleId = uid('flow-title');
  const svg = s('svg', { viewBox: `0 0 ${W} ${Hh}`, width: W, height: Hh, role: 'img', 'aria-labelledby': titleId, class: 'chart chart-flows', id: 'chart-flows', 'font-size': FONT },
    s('title', { id: titleId }, `${app.t('chartFlows')} (${app.t('dkkm')})`));
  for (const v of ticks.values) {
    svg.appendChild(s('line', { x1: padL, x2: W - 4, y1: y(v).toFixed(1), y2: y(v).toFixed(1), class: v === 0 ? 'chart-axis' : 'chart-grid', stroke: v === 0 ? '#616161' : '#e0e0e0' }));
    svg.appendChild(s('text', { x: padL - 4, y: (y(v) + FONT / 3).toFixed(1), 'text-anchor': 'end', class: 'chart-text', fill: '#424242' }, fmt(v)));
  }
  const every = Math.max(1, Math.ceil((4 * FONT * 0.6 + 6) / band));
  flows.forEach((f, i) => {
    const stack = (parts: readonly (readonly [Part, string])[], sign: 1 | -1) => {
      let acc = 0;
      for (const [k, color] of parts) {
        const v = f[k] / 1e6;
        if (!(v > 0)) continue;
        const a = y(sign * acc);
        const b = y(sign * (acc + v));
        acc += v;
        svg.appendChild(s('rect', { x: (x(i) - bw / 2).toFixed(1), y: Math.min(a, b).toFixed(1), width: bw.toFixed(1), height: Math.abs(b - a).toFixed(1), fill: color, 'data-part': k },
          s('title', {}, `${f.year} ${app.t(PART_KEY[k])}: ${mio(L, f[k])}`)));
      }
      return acc;
    };
    const inTop = stack(IN, 1);
    stack(OUT, -1);
    if (f.lost > 0) {
      svg.appendChild(s('rect', { x: (x(i) - bw / 2).toFixed(1), y: y(inTop + f.lost / 1e6).toFixed(1), width: bw.toFixed(1), height: (y(inTop) - y(inTop + f.lost / 1e6)).toFixed(1), fill: 'none', stroke: '#c50f1f', 'stroke-dasharray': '3 2', 'data-part': 'lost' },
        s('title', {}, `${f.year} ${app.t('flowLost')}: ${mio(L, f.lost)}`)));
    }
    if (i % every === 0) svg.appendChild(s('text', { x: x(i).toFixed(1), y: b0 + FONT + 3, 'text-anchor': 'middle', class: 'chart-text', fill: '#424242' }, String(f.year)));
  });
  const points = flows.map((f, i) => `${x(i).toFixed(1)},${y(f.uninvested / 1e6).toFixed(1)}`).join(' ');
  svg.appendChild(s('polyline', { points, fill: 'none', stroke: '#242424', 'stroke-width': 2, 'data-part': 'uninvested' }));
  items.forEach((it, k) => {
    const lx = (k % 2) * (W / 2);
    const ly = b0 + FONT + 10 + Math.floor(k / 2) * (FONT + 6) + FONT;
    const mark = it.kind === 'line'
      ? s('line', { x1: lx, x2: lx + 14, y1: ly - 4, y2: ly - 4, stroke: it.color, 'stroke-width': 2 })
      : s('rect', { x: lx, y: ly - 9, width: 14, height: 9, fill: it.kind === 'box' ? it.color : 'none', stroke: it.kind === 'outline' ? it.color : 'none', 'stroke-dasharray': it.kind === 'outline' ? '3 2' : undefined });
    svg.appendChild(mark);
    svg.appendChild(s('text', { x: lx + 18, y: ly, class: 'chart-text', fill: '#424242' }, it.label));
  });
  return svg;
}

/** The board's summary; `sim` adds the probabilities of a Monte Carlo run of this fund. */
export function boardSummary(app: App, r: FundResult, sim?: FundSimResult): HTMLElement {
  const L = app.lang;
  const H = r.years.length;
  const row = (id: string, label: string, value: string, data: number | null) =>
    [h('dt', {}, label), h('dd', { 'data-kpi': id, 'data-value': data === null ? 'none' : String(data) }, value)];
  const kept = r.fundValue >= r.capitalIn;
  const rows = [
    row('boardPeople', app.t('boardPeople', { year: r.years[H - 1] }), num(L, r.cumulativePeople[H - 1], 0), r.cumulativePeople[H - 1]),
    row('boardValue', `${app.t('boardValue')} (${app.t('dkkm')})`, `${mio(L, r.fundValue)} / ${mio(L, r.capitalIn)}`, r.fundValue),
    row('boardKept', app.t('boardKept'), app.t(kept ? 'boardKeptYes' : 'boardKeptNo', { pct: pct(L, r.fundValue / r.capitalIn, 0) }), r.fundValue / r.capitalIn),
    row('boardShortfall', app.t('boardShortfall'), r.firstShortfallYear === null ? app.t('boardNoShortfall') : String(r.years[r.firstShortfallYear - 1]), r.firstShortfallYear),
  ];
  if (sim) {
    rows.push(
      row('boardPShortfall', app.t('boardPShortfall', { H }), pct(L, sim.probabilities.shortfall, 1), sim.probabilities.shortfall),
      row('boardPCapital', app.t('boardPCapital'), pct(L, sim.probabilities.capitalPreserved, 1), sim.probabilities.capitalPreserved),
    );
  }
  return h('section', { class: 'board', id: sim ? 'board-simulated' : 'board-summary', 'aria-labelledby': sim ? 'board-sim-title' : 'board-title' },
    h('h3', { id: sim ? 'board-sim-title' : 'board-title' }, app.t(sim ? 'boardSimTitle' : 'boardTitle')),
    h('dl', { class: 'kpis' }, ...rows.flat()));
}

/** The board's summary of a simulated fund (the Risk tab): the fund at its inputs with the run's probabilities. */
export function simulatedBoard(app: App, layers: InputLayer[], sim: SimResult): HTMLElement {
  const { result } = run(fundModel, layers);
  return boardSummary(app, result, 'probabilities' in sim ? (sim as FundSimResult) : undefined);
}

/** The board's view of a fund result: the summary and the capital-flow chart. */
export function fundBoard(app: App, p: FundParams, r: FundResult): HTMLElement[] {
  const flows = capitalFlows(p, r);
  const summary = flows.map((f) => `${f.year}: +${mio(app.lang, f.capital + f.repaid + f.guarantee)} / -${mio(app.lang, f.invested + f.running + f.kept)}`).join('; ');
  const chart = responsive(() => {
    const svg = capitalFlowChart(app, flows);
    svg.insertBefore(s('desc', {}, summary), svg.childNodes[1] ?? null);
    return svg;
  });
  return [
    boardSummary(app, r),
    h('figure', { class: 'chart-box', id: 'chart-flows-box' }, h('figcaption', {}, `${app.t('chartFlows')} (${app.t('dkkm')})`), chart),
  ];
}
