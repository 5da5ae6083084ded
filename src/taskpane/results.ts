/**
 * Results of the last valid run. Every figure is the model's number, only formatted; each carries
 * the raw number in data-value so tests (and anyone inspecting) can compare exactly.
 */
import { ACTORS_AND_TOTAL, CaseResult, FundResult } from '../model';
import type { App, Ok } from './app';
import { h, clear } from './dom';
import { num, mio, pct } from './format';
import { lineChart, barChart, PALETTE } from './charts';

function kpi(name: string, label: string, value: number | null, shown: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-kpi': name, 'data-value': value === null ? 'null' : String(value) }, shown)];
}

function scrollTable(caption: string, head: string[], rows: { cells: string[]; values: (number | null)[] }[], id: string): HTMLElement {
  const table = h('table', { class: 'yearly', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.cells[0]),
      ...r.cells.slice(1).map((c, i) => h('td', { 'data-value': String(r.values[i + 1]) }, c))))));
  // Focusable so a keyboard user can scroll a table wider than the pane.
  return h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': caption }, table);
}

export function actorLabel(app: App, a: string): string {
  return app.t(a as 'kommune');
}

function caseResults(app: App, r: CaseResult): HTMLElement[] {
  const L = app.lang;
  const H = r.years.length;
  const out: HTMLElement[] = [];
  out.push(h('dl', { class: 'kpis' }, ...kpi('netSuccesses', app.t('netSuccesses'), r.netSuccesses, num(L, r.netSuccesses, 2))));
  const cols = [app.t('breakEven'), `${app.t('netValue', { H })} (${app.t('dkkm')})`, app.t('bcr')];
  const rows = ACTORS_AND_TOTAL.map((a) => {
    const x = r.actors[a];
    const be = x.breakEvenYear;
    // data-label: the column's name, shown beside the figure when the table turns into cards.
    return h('tr', { 'data-actor': a },
      h('th', { scope: 'row' }, actorLabel(app, a)),
      h('td', { 'data-kpi': 'breakEven', 'data-value': String(be), 'data-label': cols[0] }, be === null ? app.t('notWithin', { H }) : `${be} (${r.years[be - 1]})`),
      h('td', { 'data-kpi': 'netValue', 'data-value': String(x.presentValue), 'data-label': cols[1] }, mio(L, x.presentValue)),
      h('td', { 'data-kpi': 'bcr', 'data-value': String(x.benefitCostRatio), 'data-label': cols[2] }, x.benefitCostRatio === null ? app.t('noCost') : num(L, x.benefitCostRatio, 2)));
  });
  out.push(h('table', { class: 'actors cards', id: 'actor-table' },
    h('caption', {}, app.t('perActor')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), ...cols.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...rows)));
  const cats = r.years.map(String);
  const series = ACTORS_AND_TOTAL.map((a, i) => ({ name: actorLabel(app, a), values: r.actors[a].cumulative.map((v) => v / 1e6), color: PALETTE[i], dashed: a === 'total' }));
  const summary = ACTORS_AND_TOTAL.map((a) => `${actorLabel(app, a)} ${mio(L, r.actors[a].cumulative[H - 1])}`).join('; ');
  out.push(h('figure', { class: 'chart-box', id: 'chart-cumulative' }, h('figcaption', {}, app.t('chartCumulative')), lineChart({ title: app.t('chartCumulative'), summary, categories: cats, series, fmt: (v) => num(L, v, 1, 0) })));
  const head = [app.t('year'), app.t('effect'), ...ACTORS_AND_TOTAL.flatMap((a) => [`${app.t('net')} ${actorLabel(app, a)}`, `${app.t('cumulative')} ${actorLabel(app, a)}`])];
  const body = r.years.map((y, t) => {
    const values: (number | null)[] = [y, r.effect[t], ...ACTORS_AND_TOTAL.flatMap((a) => [r.actors[a].net[t], r.actors[a].cumulative[t]])];
    return { values, cells: [String(y), num(L, r.effect[t], 3, 0), ...values.slice(2).map((v) => mio(L, v as number))] };
  });
  out.push(scrollTable(`${app.t('yearly')} (${app.t('dkkm')})`, head, body, 'yearly-table'));
  return out;
}

function fundResults(app: App, r: FundResult): HTMLElement[] {
  const L = app.lang;
  const H = r.years.length;
  const out: HTMLElement[] = [];
  out.push(h('dl', { class: 'kpis' },
    ...kpi('totalInvested', `${app.t('totalInvested')} (${app.t('dkkm')})`, r.totalInvested, mio(L, r.totalInvested)),
    ...kpi('peopleInitial', app.t('peopleInitial'), r.peopleHelped[0], num(L, r.peopleHelped[0], 1)),
    ...kpi('cumulativePeople', `${app.t('cumulativePeople')} (${r.years[H - 1]})`, r.cumulativePeople[H - 1], num(L, r.cumulativePeople[H - 1], 1)),
    ...kpi('employed', app.t('employed'), r.employed, num(L, r.employed, 1)),
    ...kpi('partnerships', app.t('partnerships'), r.partnerships, num(L, r.partnerships, 1)),
    ...kpi('outstanding', `${app.t('outstanding')} (${app.t('dkkm')})`, r.outstanding, mio(L, r.outstanding)),
    ...kpi('keptCash', `${app.t('keptCash')} (${app.t('dkkm')})`, r.keptCash, mio(L, r.keptCash)),
    ...kpi('vintageIrr', app.t('vintageIrr'), r.vintageIrr, r.vintageIrr === null ? app.t('none') : pct(L, r.vintageIrr))));
  const cats = r.years.map(String);
  out.push(h('figure', { class: 'chart-box', id: 'chart-people' }, h('figcaption', {}, app.t('chartPeople')), barChart({
    title: app.t('chartPeople'), summary: r.cumulativePeople.map((v, i) => `${cats[i]}: ${num(L, v, 0)}`).join('; '),
    categories: cats, values: r.cumulativePeople, color: PALETTE[0], fmt: (v) => num(L, v, 0),
  })));
  out.push(h('figure', { class: 'chart-box', id: 'chart-invested' }, h('figcaption', {}, app.t('chartInvested')), barChart({
    title: app.t('chartInvested'), summary: r.invested.map((v, i) => `${cats[i]}: ${mio(L, v)}`).join('; '),
    categories: cats, values: r.invested.map((v) => v / 1e6), color: PALETTE[1], fmt: (v) => num(L, v, 0), labelFmt: (v) => num(L, v, 2),
  })));
  const head = [app.t('year'), `${app.t('invested')} (${app.t('dkkm')})`, `${app.t('repayments')} (${app.t('dkkm')})`, app.t('peopleHelped'), app.t('cumulativePeople')];
  const body = r.years.map((y, t) => ({
    values: [y, r.invested[t], r.repayments[t], r.peopleHelped[t], r.cumulativePeople[t]],
    cells: [String(y), mio(L, r.invested[t]), mio(L, r.repayments[t]), num(L, r.peopleHelped[t], 1), num(L, r.cumulativePeople[t], 1)],
  }));
  out.push(scrollTable(app.t('fundTable'), head, body, 'yearly-table'));
  return out;
}

export function resultNodes(app: App, o: Ok): HTMLElement[] {
  return o.kind === 'case' ? caseResults(app, o.result) : fundResults(app, o.result);
}

export function renderResults(root: HTMLElement, app: App): void {
  const stale = h('p', { class: 'notice', id: 'stale-notice', role: 'status' });
  const body = h('div', { id: 'results-body' });
  root.append(h('section', { class: 'results', 'aria-labelledby': 'results-title' }, h('h2', { id: 'results-title' }, app.t('resultsDetail')), stale, body));
  const draw = () => {
    clear(body);
    if (app.lastValid) body.append(...resultNodes(app, app.lastValid.outcome));
  };
  const markStale = () => {
    const isStale = !app.outcome.ok;
    stale.textContent = isStale ? app.t('staleNotice') : '';
    stale.hidden = !isStale;
    body.classList.toggle('stale', isStale);
  };
  draw();
  markStale();
  app.on('result', draw);
  app.on('values', markStale);
}
