/** The Monte Carlo results: break-even probabilities, the percentile table and the histogram. */
import type { SimResult } from '../../../model';
import type { App } from '../../app';
import { h } from '../../dom';
import { pct } from '../../format';
import { histogramChart } from '../../charts';
import { actorLabel } from '../../results';
import { histogramBars } from '../analyticsView';
import { tickDecimals } from '../../ticks';
import { fmtFigure, fmtTick, metricLabel } from './shared';

const whoLabel = (app: App, a: string) => (a === 'investor' ? app.t('investor') : actorLabel(app, a));

function breakEvenTables(app: App, r: SimResult): HTMLElement[] {
  const L = app.lang;
  const H = r.horizon;
  const beKeys = Object.keys(r.breakEven);
  // The fund has no break-even (no actor's budget in it), so it has no break-even tables.
  if (!beKeys.length) return [];
  const probabilities = h('table', { class: 'actors', id: 'risk-breakeven' },
    h('caption', {}, app.t('pBreakEven', { H })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), h('th', { scope: 'col' }, app.t('probability')))),
    h('tbody', {}, ...beKeys.map((a) => h('tr', { 'data-actor': a },
      h('th', { scope: 'row' }, whoLabel(app, a)),
      h('td', { 'data-kpi': 'pBreakEven', 'data-value': String(r.breakEven[a].probability) }, pct(L, r.breakEven[a].probability, 1))))));
  // Cumulative break-even-year distribution: P(break-even by year t).
  const byYear = h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('breakEven') }, h('table', { class: 'yearly', id: 'risk-breakeven-years' },
    h('caption', {}, `${app.t('breakEven')}: ${app.t('cumulative')} ${app.t('probability').toLowerCase()}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), ...Array.from({ length: H }, (_, t) => h('th', { scope: 'col' }, `≤ ${t + 1}`)))),
    h('tbody', {}, ...beKeys.map((a) => h('tr', { 'data-actor': a },
      h('th', { scope: 'row' }, whoLabel(app, a)),
      ...r.breakEven[a].cumulative.map((p) => h('td', { 'data-value': String(p) }, pct(L, p, 1))))))));
  return [probabilities, byYear];
}

function percentileTable(app: App, r: SimResult): HTMLElement {
  const tableTitle = app.t(r.model === 'fund' ? 'fundPercentileTable' : 'percentileTable');
  const cols: (keyof SimResult['stats'][string])[] = ['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95'];
  return h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': tableTitle }, h('table', { class: 'yearly', id: 'risk-percentiles' },
    h('caption', {}, tableTitle),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('result')), ...cols.map((c) => h('th', { scope: 'col' }, c === 'mean' ? app.t('mean') : c === 'sd' ? app.t('sd') : `P${c.slice(1)}`)))),
    h('tbody', {}, ...Object.keys(r.stats).map((m) => h('tr', { 'data-metric': m },
      h('th', { scope: 'row' }, metricLabel(app, m)),
      ...cols.map((c) => h('td', { 'data-stat': c, 'data-value': String(r.stats[m][c]) }, fmtFigure(app, m, r.stats[m][c] as number))))))));
}

/** The metrics the histogram can show: present values, or every fund figure. */
export function histogramMetrics(r: SimResult): string[] {
  const metrics = Object.keys(r.stats);
  // The fund's histogram starts at cumulative people helped (its first metric).
  return r.model === 'fund' ? metrics : metrics.filter((m) => m.endsWith('.presentValue'));
}

export function histogramFigure(app: App, r: SimResult, metric: string, picker: HTMLElement): HTMLElement {
  const L = app.lang;
  const who = metricLabel(app, metric);
  const title = r.model === 'fund' ? app.t('histTitleFund', { what: who }) : app.t('histTitle', { who });
  const bars = histogramBars(r.samples[metric], 30);
  const f = (v: number) => fmtFigure(app, metric, v);
  const lo = bars.length ? bars[0].lo : 0;
  const hi = bars.length ? bars[bars.length - 1].hi : 1;
  const chart = histogramChart({
    title, id: 'risk-histogram-svg', bars, fmtX: (v, step) => fmtTick(app, metric, v, step), fmtShare: (v, step) => pct(L, v, tickDecimals(step * 100)),
    summary: bars.length ? `${f(lo)} .. ${f(hi)}; ${app.t('histBins', { n: bars.length })}` : app.t('none'),
    barTitle: (b) => `${f(b.lo)} .. ${f(b.hi)}: ${b.count} (${pct(L, b.share, 1)})`,
    // Zero: left of it the actor loses money.
    reference: r.model === 'fund' ? undefined : { value: 0, label: app.t('histZero') },
  });
  return h('figure', { class: 'chart-box', id: 'risk-histogram' }, h('figcaption', {}, title), picker, chart);
}

export function resultTables(app: App, r: SimResult): HTMLElement[] {
  return [...breakEvenTables(app, r), percentileTable(app, r)];
}
