/**
 * The Model tab's compact summary, kept in view (sticky) while the inputs below are edited: net
 * successes and break-even and net value per actor for a case, the headline figures for a fund,
 * and whether the edits are unsaved (kept as a draft).
 */
import { ACTORS_AND_TOTAL, CaseResult, FundResult } from '../model';
import type { App } from './app';
import { h, clear } from './dom';
import { num, mio, pct } from './format';
import { actorLabel } from './results';
import { isUnsaved } from './draft';

function figure(name: string, label: string, value: number | null, shown: string): HTMLElement {
  return h('div', { class: 'summary-figure' }, h('span', { class: 'summary-label' }, label),
    h('strong', { 'data-summary': name, 'data-value': String(value) }, shown));
}

function caseSummary(app: App, r: CaseResult): HTMLElement[] {
  const L = app.lang;
  const H = r.years.length;
  const rows = ACTORS_AND_TOTAL.map((a) => {
    const x = r.actors[a];
    const be = x.breakEvenYear;
    return h('tr', { 'data-summary-actor': a },
      h('th', { scope: 'row' }, actorLabel(app, a)),
      h('td', { 'data-summary': 'breakEven', 'data-value': String(be) }, be === null ? app.t('summaryNever') : String(r.years[be - 1])),
      h('td', { 'data-summary': 'netValue', 'data-value': String(x.presentValue) }, mio(L, x.presentValue)));
  });
  return [
    figure('netSuccesses', app.t('netSuccesses'), r.netSuccesses, num(L, r.netSuccesses, 2)),
    h('table', { class: 'summary-actors' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), h('th', { scope: 'col' }, app.t('summaryBreakEven')),
        h('th', { scope: 'col' }, `${app.t('netValueShort')} ${H} ${app.t('summaryYears')} (${app.t('dkkm')})`))),
      h('tbody', {}, ...rows)),
  ];
}

function fundSummary(app: App, r: FundResult): HTMLElement[] {
  const L = app.lang;
  const H = r.years.length;
  return [h('div', { class: 'summary-grid' },
    figure('totalInvested', `${app.t('totalInvested')} (${app.t('dkkm')})`, r.totalInvested, mio(L, r.totalInvested)),
    figure('cumulativePeople', `${app.t('cumulativePeople')} (${r.years[H - 1]})`, r.cumulativePeople[H - 1], num(L, r.cumulativePeople[H - 1], 1)),
    figure('employed', app.t('employed'), r.employed, num(L, r.employed, 1)),
    figure('vintageIrr', app.t('vintageIrr'), r.vintageIrr, r.vintageIrr === null ? app.t('none') : pct(L, r.vintageIrr)))];
}

export function renderSummary(root: HTMLElement, app: App): void {
  const body = h('div', { class: 'summary-body' });
  const state = h('p', { class: 'summary-state', id: 'summary-state', role: 'status' });
  const box = h('section', { class: 'summary', id: 'summary', 'aria-labelledby': 'summary-title' },
    h('div', { class: 'summary-head' }, h('h2', { id: 'summary-title' }, app.t('summary')), state), body);
  root.append(box);
  const draw = () => {
    clear(body);
    const o = app.lastValid?.outcome;
    if (o) body.append(...(o.kind === 'case' ? caseSummary(app, o.result) : fundSummary(app, o.result)));
  };
  const mark = () => {
    const invalid = !app.outcome.ok;
    const unsaved = isUnsaved();
    state.textContent = [invalid ? app.t('summaryStale') : '', unsaved ? app.t('unsavedDraft') : ''].filter(Boolean).join(' · ');
    state.hidden = !invalid && !unsaved;
    box.classList.toggle('stale', invalid);
    box.dataset.unsaved = String(unsaved);
  };
  draw();
  mark();
  app.on('result', draw);
  app.on('values', mark);
  app.on('store', mark);
  app.on('scenario', mark);
}
