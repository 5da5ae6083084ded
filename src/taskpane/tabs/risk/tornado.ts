/** The Risk tab's one-way tornado: each parameter 10 % down and up, sorted by swing. */
import { tornado, Tornado, isDomainError, ACTORS_AND_TOTAL, OUTPUTS, localMessage, render } from '../../../model';
import { h, clear } from '../../dom';
import { num } from '../../format';
import { tornadoChart } from '../../charts';
import { figureUnit } from '../analyticsView';
import { RiskContext, Kind, layersOf, fmtFigure, fmtTick, outputLabel, paramLabel } from './shared';

/** Kept across language switches. */
const state: { output: string } = { output: 'kommune' };

function outputsOf(kind: Kind): string[] {
  return kind === 'fund' ? OUTPUTS.fund.map((o) => o.name) : kind === 'contract' ? [...ACTORS_AND_TOTAL, 'investor'] : [...ACTORS_AND_TOTAL];
}

function tornadoTable(ctx: RiskContext, t: Tornado, unit: string): HTMLElement {
  const { app } = ctx;
  const L = app.lang;
  const label = (key: string) => paramLabel(app, ctx.kind(), key);
  const cell = (v: number | null) => h('td', { 'data-value': String(v) }, fmtFigure(app, t.output, v));
  const head = [app.t('parameter'), app.t('low'), app.t('high'), `${app.t('result')}: ${app.t('low')}`, `${app.t('result')}: ${app.t('high')}`, app.t('swing')];
  return h('details', {}, h('summary', {}, `${app.t('tornadoTitle')}${unit}`),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('tornadoTitle') }, h('table', { class: 'yearly', id: 'tornado-table' },
      h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, ...t.rows.map((r) => h('tr', { 'data-key': r.key },
        h('th', { scope: 'row' }, label(r.key)),
        h('td', { 'data-value': String(r.low) }, num(L, r.low, 4, 0)), h('td', { 'data-value': String(r.high) }, num(L, r.high, 4, 0)),
        cell(r.outputLow), cell(r.outputHigh), cell(r.swing)))))),
    t.skipped.length ? h('p', { class: 'note' }, app.t('tornadoSkipped', { list: t.skipped.map((x) => `${x.key} (${render(x.reasonParts, L)})`).join('; ') })) : null);
}

function chartOf(ctx: RiskContext, t: Tornado): SVGElement {
  const { app } = ctx;
  const fmt = (v: number | null) => fmtFigure(app, t.output, v);
  const rows = t.rows.map((r) => {
    const label = paramLabel(app, ctx.kind(), r.key);
    return { key: r.key, label, outputLow: r.outputLow, outputHigh: r.outputHigh, lowTitle: `${label}, ${app.t('low')}: ${fmt(r.outputLow)}`, highTitle: `${label}, ${app.t('high')}: ${fmt(r.outputHigh)}` };
  });
  return tornadoChart({
    title: app.t('tornadoTitle'), id: 'tornado-svg', baseOutput: t.baseOutput, rows,
    summary: rows.map((r, i) => `${r.label}: ${fmt(t.rows[i].swing)}`).join('; '),
    fmt: (v, step) => fmtTick(app, t.output, v, step),
    legend: [app.t('tornadoLowKey'), app.t('tornadoHighKey')],
  });
}

export interface TornadoSection {
  el: HTMLElement;
  draw(): void;
  /** The kind changed: keep the output if the new kind has it, else its first. */
  onKind(): void;
}

export function tornadoSection(ctx: RiskContext): TornadoSection {
  const { app } = ctx;
  const el = h('div', { id: 'tornado' });
  const draw = () => {
    clear(el);
    const kind = ctx.kind();
    const sel = h('select', { id: 'tornado-output', onchange: () => {
      state.output = sel.value;
      draw();
      document.getElementById('tornado-output')?.focus();
    } }, ...outputsOf(kind).map((o) => h('option', { value: o }, outputLabel(app, kind, o))));
    sel.value = state.output;
    el.append(h('h3', { id: 'tornado-title' }, app.t('tornadoTitle')),
      h('div', { class: 'start-row' }, h('label', { for: 'tornado-output' }, app.t(kind === 'fund' ? 'sensOutput' : 'tornadoOutput')), sel),
      h('p', { class: 'help' }, app.t('tornadoHint')));
    let t: Tornado;
    try {
      t = tornado(kind, layersOf(app, kind), state.output);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      el.append(h('p', { class: 'error', id: 'tornado-error' }, localMessage(e, app.lang)));
      return;
    }
    const unit = figureUnit(t.output) === 'dkk' ? ` (${app.t('dkkm')})` : '';
    el.append(h('figure', { class: 'chart-box', id: 'tornado-chart' }, h('figcaption', {}, `${app.t('tornadoTitle')}: ${sel.selectedOptions[0]?.textContent ?? ''}${unit}`), chartOf(ctx, t)),
      tornadoTable(ctx, t, unit));
  };
  return {
    el, draw,
    onKind: () => {
      if (!outputsOf(ctx.kind()).includes(state.output)) state.output = ctx.kind() === 'fund' ? 'cumulativePeople' : 'kommune';
    },
  };
}
