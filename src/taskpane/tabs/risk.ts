/**
 * Risk tab (MODEL.md section 6): Monte Carlo of the case, the contract or the fund with a
 * distributions editor (starting from the preset's default distributions), run in chunks with
 * progress and cancel (simulateAsync + AbortController), a histogram (present value; for the fund
 * cumulative people helped), the probability of break-even per actor and a percentile table; below
 * it the one-way tornado, sorted by swing, and the two-way grid.
 */
import {
  SIM_MODELS, mergeInput, validate, isDomainError, defaultDistributionSpecs, DEFAULT_DISTRIBUTION_REASONING,
  simulateAsync, SimulationCancelled, SimResult, checkDraws, checkSeed, tornado, Tornado, ACTORS_AND_TOTAL,
  DistKind, ParamMeta, InputLayer, DEFAULT_SEED, fundModel, presetValues, grid, Grid, OUTPUTS, outputOf,
} from '../../model';
import type { App } from '../app';
import { lastValidName } from '../scenarioName';
import type { PaneTab } from '../tabs';
import { h, s, clear, uid } from '../dom';
import { num, mio, pct, parseInput, inputText } from '../format';
import { PALETTE } from '../charts';
import { actorLabel } from '../results';
import { contractLayers, contractCase, onTermsChange } from './contract';
import {
  histogramBars, tornadoLayout, buildDistributions, rowsFromSpecs, DistRow, DIST_ARGS, DIST_KINDS,
  figureUnit, gridDefaultValues, parseGridValues, gridValuesText, gridReference, gridCellClasses,
} from './analyticsView';

type Kind = 'case' | 'contract' | 'fund';
const FUND_PRESET = 'dsi-fund-25m';

/** The grid's choices for one model kind; a text left undefined follows the default values. */
interface GridState {
  output: string;
  keyX: string;
  keyY: string;
  xText?: string;
  yText?: string;
}
const GRID_DEFAULTS: Record<Kind, GridState> = {
  case: { output: 'kommune', keyX: 'successRate', keyY: 'gainKommune' },
  contract: { output: 'investor', keyX: 'successRate', keyY: 'outcomePrice' },
  fund: { output: 'cumulativePeople', keyX: 'repaymentMultiple', keyY: 'costPerParticipant' },
};

/** Kept across language switches (the shell rebuilds every tab). */
const state: {
  kind: Kind;
  /** undefined: follow the default distributions of the current inputs. */
  rows?: DistRow[];
  draws: string;
  seed: string;
  histMetric: string;
  tornadoOutput: string;
  grid: Record<Kind, GridState>;
  last?: { result: SimResult; signature: string; kind: Kind };
} = {
  kind: 'case', draws: '10000', seed: String(DEFAULT_SEED), histMetric: 'kommune.presentValue', tornadoOutput: 'kommune',
  grid: { case: { ...GRID_DEFAULTS.case }, contract: { ...GRID_DEFAULTS.contract }, fund: { ...GRID_DEFAULTS.fund } },
};

/** The fund simulated: the Model tab's last valid fund, else the fund preset. */
function fundSource(app: App): { values: Record<string, unknown>; name: string; fromModelTab: boolean } {
  const lv = app.lastValid;
  if (lv && lv.scenario.kind === 'fund') return { values: lv.scenario.values, name: lastValidName(app) ?? lv.scenario.name, fromModelTab: true };
  return { values: presetValues(fundModel, FUND_PRESET), name: FUND_PRESET, fromModelTab: false };
}

function layersOf(app: App, kind: Kind): InputLayer[] {
  if (kind === 'fund') return [{ values: { ...fundSource(app).values } }];
  return kind === 'contract' ? contractLayers(app) : [{ values: { ...contractCase(app).values } }];
}

/** A figure formatted by its unit: DKK in millions, people with one decimal, multiples, rates. */
function fmtFigure(app: App, name: string, v: number | null): string {
  if (v === null || Number.isNaN(v)) return app.t('doesNotExist');
  const u = figureUnit(name);
  return u === 'dkk' ? mio(app.lang, v) : u === 'count' ? num(app.lang, v, 1) : u === 'multiple' ? num(app.lang, v, 3) : pct(app.lang, v);
}

/** Axis ticks of a chart: counts as whole numbers, money in millions. */
function fmtTick(app: App, name: string, v: number): string {
  return figureUnit(name) === 'count' ? num(app.lang, v, 0) : fmtFigure(app, name, v);
}

/** A sensitivity output's label from the model's OUTPUTS (fund) or the pane's actor names. */
function outputLabel(app: App, kind: Kind, name: string): string {
  if (kind === 'fund') {
    const t = outputOf(kind, name).label[app.lang];
    return t.charAt(0).toUpperCase() + t.slice(1);
  }
  if (name === 'investor') return app.t('investor');
  if (name === 'multiple') return app.t('investorMultiple');
  if (name === 'irr') return app.t('investorIrr');
  return actorLabel(app, name);
}

/** Keys a distribution can be given for: single numbers (whole numbers only as fixed, which the model checks). */
function distributable(kind: Kind): ParamMeta[] {
  return SIM_MODELS[kind].params.filter((m: ParamMeta) => m.kind === 'number' || m.kind === 'rates' || m.kind === 'integer');
}

function metricLabel(app: App, name: string): string {
  if (name === 'cumulativePeople' || name === 'employed') return app.t(name);
  if (name === 'totalInvested') return `${app.t('totalInvested')} (${app.t('dkkm')})`;
  const [who, what] = name.split('.');
  const w = who === 'investor' ? app.t('investor') : actorLabel(app, who);
  if (what === 'multiple') return app.t('investorMultiple');
  if (what === 'irr') return app.t('investorIrr');
  return w;
}

/** A histogram of a figure across the draws: bars of the share of draws per equal-width bin. */
function histogramSvg(app: App, values: Float64Array, metric: string, title: string): SVGElement {
  const L = app.lang;
  const f = (v: number) => fmtTick(app, metric, v);
  const W = 340;
  const Hh = 190;
  const P = { l: 40, r: 10, t: 10, b: 36 };
  const bars = histogramBars(values, 30);
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const maxShare = Math.max(...bars.map((b) => b.share), 1e-12);
  const lo = bars.length ? bars[0].lo : 0;
  const hi = bars.length ? bars[bars.length - 1].hi : 1;
  const span = hi - lo || 1;
  const x = (v: number) => P.l + ((v - lo) * (W - P.l - P.r)) / span;
  const y = (sh: number) => P.t + (1 - sh / maxShare) * (Hh - P.t - P.b);
  const svg = s('svg', { viewBox: `0 0 ${W} ${Hh}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart histogram', width: '100%', id: 'risk-histogram-svg' },
    s('title', { id: titleId }, title),
    s('desc', { id: descId }, bars.length ? `${f(lo)} .. ${f(hi)}; ${bars.length} bins` : app.t('none')));
  for (const f of [0, 0.5, 1]) {
    svg.appendChild(s('line', { x1: P.l, x2: W - P.r, y1: y(maxShare * f), y2: y(maxShare * f), stroke: f === 0 ? '#444' : '#ddd' }));
    svg.appendChild(s('text', { x: P.l - 3, y: y(maxShare * f) + 3, 'text-anchor': 'end', 'font-size': 9, fill: '#333' }, pct(L, maxShare * f, 1)));
  }
  bars.forEach((b) => {
    const x0 = x(b.lo);
    const w = Math.max(0.5, x(b.hi) - x0 - 0.6);
    svg.appendChild(s('rect', { x: x0.toFixed(1), y: y(b.share).toFixed(1), width: w.toFixed(1), height: (y(0) - y(b.share)).toFixed(1), fill: PALETTE[0], 'data-count': b.count },
      s('title', {}, `${f(b.lo)} .. ${f(b.hi)}: ${b.count} (${pct(L, b.share, 1)})`)));
  });
  // Zero line, when inside the range: left of it the actor loses money.
  if (lo < 0 && hi > 0) svg.appendChild(s('line', { x1: x(0), x2: x(0), y1: P.t, y2: y(0), stroke: '#b00020', 'stroke-dasharray': '3 2' }));
  ([[lo, 'start'], [(lo + hi) / 2, 'middle'], [hi, 'end']] as const).forEach(([v, anchor]) => {
    svg.appendChild(s('text', { x: x(v), y: Hh - P.b + 12, 'text-anchor': anchor, 'font-size': 9, fill: '#333' }, f(v)));
  });
  return svg;
}

function tornadoSvg(app: App, t: Tornado, label: (key: string) => string): SVGElement {
  const fmt = (v: number | null) => fmtFigure(app, t.output, v);
  const W = 400;
  const left = 150;
  const right = W - 12;
  const rowH = 16;
  const top = 6;
  const Hh = top + t.rows.length * rowH + 28;
  const lay = tornadoLayout(t, left, right);
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const svg = s('svg', { viewBox: `0 0 ${W} ${Hh}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: 'chart tornado', width: '100%', id: 'tornado-svg' },
    s('title', { id: titleId }, app.t('tornadoTitle')),
    s('desc', { id: descId }, t.rows.map((r) => `${label(r.key)}: ${fmt(r.swing)}`).join('; ')));
  lay.bars.forEach((b, i) => {
    const yy = top + i * rowH;
    const full = label(b.key);
    svg.appendChild(s('text', { x: left - 4, y: yy + 11, 'text-anchor': 'end', 'font-size': 8.5, fill: '#222' }, full.length > 32 ? `${full.slice(0, 31)}…` : full, s('title', {}, full)));
    const seg = (to: number | null, color: string, side: string, out: number | null) => {
      if (to === null) return;
      const a = Math.min(to, lay.baseX);
      const w = Math.abs(to - lay.baseX);
      svg.appendChild(s('rect', { x: a.toFixed(1), y: yy + 2, width: Math.max(w, 0.5).toFixed(1), height: rowH - 4, fill: color, 'data-row': b.key, 'data-side': side },
        s('title', {}, `${full}, ${side}: ${fmt(out)}`)));
    };
    seg(b.xLow, PALETTE[0], app.t('low'), b.outputLow);
    seg(b.xHigh, '#8fb3de', app.t('high'), b.outputHigh);
  });
  const axisY = top + t.rows.length * rowH + 2;
  svg.appendChild(s('line', { x1: lay.baseX, x2: lay.baseX, y1: top, y2: axisY, stroke: '#222' }));
  svg.appendChild(s('line', { x1: left, x2: right, y1: axisY, y2: axisY, stroke: '#444' }));
  for (const v of [lay.lo, t.baseOutput ?? lay.lo, lay.hi]) {
    const xx = left + ((v - lay.lo) * (right - left)) / (lay.hi - lay.lo);
    svg.appendChild(s('text', { x: xx, y: axisY + 12, 'text-anchor': xx < left + 15 ? 'start' : xx > right - 15 ? 'end' : 'middle', 'font-size': 9, fill: '#333' }, fmtTick(app, t.output, v)));
  }
  return svg;
}

export const riskTab: PaneTab = {
  id: 'risk',
  label: { en: 'Risk', da: 'Risiko' },
  render(panel: HTMLElement, app: App) {
    const L = app.lang;
    let controller: AbortController | undefined;

    const kindSel = h('select', { id: 'risk-kind', onchange: () => {
      state.kind = kindSel.value as Kind;
      state.rows = undefined;
      const outs = tornadoOutputs();
      if (!outs.includes(state.tornadoOutput)) state.tornadoOutput = state.kind === 'fund' ? 'cumulativePeople' : 'kommune';
      drawAll();
    } }, h('option', { value: 'case' }, app.t('riskCase')), h('option', { value: 'contract' }, app.t('riskContract')), h('option', { value: 'fund' }, app.t('riskFund')));
    kindSel.value = state.kind;

    const baseError = h('p', { class: 'error', id: 'risk-base-error', role: 'alert', hidden: true });
    const source = h('p', { class: 'note', id: 'risk-source' });
    /** Which fund is simulated: the Model tab's, or the preset when that tab holds a case. */
    const drawSource = () => {
      const f = state.kind === 'fund' ? fundSource(app) : undefined;
      source.textContent = f ? (f.fromModelTab ? app.t('riskOnFund', { name: f.name }) : app.t('riskOnFundPreset', { name: f.name })) : '';
      source.hidden = !f;
    };
    const distBox = h('div', { id: 'risk-dists' });
    const drawsIn = h('input', { id: 'risk-draws', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 9, 'aria-describedby': 'risk-draws-error', oninput: () => (state.draws = drawsIn.value) });
    const seedIn = h('input', { id: 'risk-seed', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 9, 'aria-describedby': 'risk-seed-error', oninput: () => (state.seed = seedIn.value) });
    drawsIn.value = state.draws;
    seedIn.value = state.seed;
    const drawsErr = h('p', { class: 'error', id: 'risk-draws-error', hidden: true });
    const seedErr = h('p', { class: 'error', id: 'risk-seed-error', hidden: true });
    const runBtn = h('button', { type: 'button', id: 'risk-run', onclick: () => void start() }, app.t('run'));
    const cancelBtn = h('button', { type: 'button', id: 'risk-cancel', disabled: true, onclick: () => controller?.abort() }, app.t('cancel'));
    const progress = h('progress', { id: 'risk-progress', max: 1, value: 0, 'aria-labelledby': 'risk-progress-label' });
    const status = h('p', { class: 'status', id: 'risk-status', role: 'status', 'aria-live': 'polite' });
    const stale = h('p', { class: 'notice', id: 'risk-stale', role: 'status', hidden: true });
    const results = h('div', { id: 'risk-results' });
    const tornadoBox = h('div', { id: 'tornado' });
    const gridBox = h('div', { id: 'grid' });
    const gridResult = h('div', { id: 'grid-result' });

    const showFieldError = (input: HTMLInputElement, err: HTMLElement, msg: string | undefined) => {
      err.textContent = msg ?? '';
      err.hidden = !msg;
      if (msg) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    };

    /** Validated parameters of the current inputs, or the model's message. */
    const baseParams = (): { params?: Record<string, unknown>; error?: string } => {
      try {
        const model = SIM_MODELS[state.kind];
        return { params: validate(model, mergeInput(model, layersOf(app, state.kind))) as Record<string, unknown> };
      } catch (e) {
        if (!isDomainError(e)) throw e;
        return { error: e.message };
      }
    };

    const currentRows = (): DistRow[] => {
      if (state.rows) return state.rows;
      const b = baseParams();
      return b.params ? rowsFromSpecs(defaultDistributionSpecs(state.kind, b.params), app.lang) : [];
    };

    const signature = () => JSON.stringify([state.kind, layersOf(app, state.kind), currentRows(), state.draws, state.seed]);

    const editRows = (f: (rows: DistRow[]) => void) => {
      const rows = currentRows().map((r) => ({ ...r, args: [...r.args] }));
      f(rows);
      state.rows = rows;
    };

    const drawDists = () => {
      clear(distBox);
      const rows = currentRows();
      const model = SIM_MODELS[state.kind];
      const { errors } = buildDistributions(model, rows);
      const keys = distributable(state.kind);
      const list = h('div', { class: 'dists', id: 'risk-dist-table', role: 'group', 'aria-labelledby': 'risk-dists-title' });
      rows.forEach((r, i) => {
        const meta = keys.find((m) => m.key === r.key);
        const name = meta ? meta.label[L] : r.key;
        const errId = `risk-dist-${i}-error`;
        const keySel = h('select', { id: `risk-dist-${i}-key`, class: 'key', 'aria-label': `${app.t('parameter')} ${i + 1}`, onchange: () => {
          editRows((rs) => (rs[i].key = keySel.value));
          drawDists();
          markStale();
          (document.getElementById(`risk-dist-${i}-key`) as HTMLElement | null)?.focus();
        } }, ...keys.map((m) => h('option', { value: m.key }, `${m.label[L]} (${m.key})`)));
        keySel.value = r.key;
        const kindSel2 = h('select', { id: `risk-dist-${i}-kind`, 'aria-label': `${app.t('distribution')}: ${name}`, onchange: () => {
          editRows((rs) => (rs[i].kind = kindSel2.value as DistKind));
          drawDists();
          markStale();
          (document.getElementById(`risk-dist-${i}-kind`) as HTMLElement | null)?.focus();
        } }, ...DIST_KINDS.map((k) => h('option', { value: k }, k)));
        kindSel2.value = r.kind;
        const err = errors.get(i);
        const argInputs = DIST_ARGS[r.kind].map((a, j) => {
          const inp = h('input', {
            id: `risk-dist-${i}-arg-${j}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', size: 7,
            'aria-label': `${name}: ${a[L]}`, placeholder: a[L], 'aria-invalid': err ? 'true' : undefined, 'aria-describedby': err ? errId : undefined,
            oninput: () => {
              editRows((rs) => (rs[i].args[j] = inp.value));
              markDistErrors();
              markStale();
            },
          });
          inp.value = r.args[j] ?? '';
          return inp;
        });
        const rm = h('button', { type: 'button', class: 'small', id: `risk-dist-${i}-remove`, 'aria-label': `${app.t('removeDist')}: ${name}`, onclick: () => {
          editRows((rs) => rs.splice(i, 1));
          drawDists();
          markStale();
          document.getElementById('risk-add')?.focus();
        } }, '×');
        list.append(h('div', { class: 'dist-row', 'data-key': r.key }, keySel, kindSel2, ...argInputs, rm,
          h('p', { class: 'error', id: errId, hidden: !err }, err ?? '')));
      });
      const add = h('button', { type: 'button', id: 'risk-add', onclick: () => {
        const used = new Set(currentRows().map((r) => r.key));
        const free = keys.find((m) => !used.has(m.key) && m.kind === 'number');
        if (!free) return;
        const b = baseParams().params;
        const v = b ? (b[free.key] as number) : 0;
        editRows((rs) => rs.push({ key: free.key, kind: 'fixed', args: [inputText(app.lang, v)] }));
        drawDists();
        markStale();
        (document.getElementById(`risk-dist-${currentRows().length - 1}-key`) as HTMLElement | null)?.focus();
      } }, app.t('addDist'));
      const reset = h('button', { type: 'button', id: 'risk-reset', onclick: () => {
        state.rows = undefined;
        drawDists();
        markStale();
      } }, app.t('resetDists'));
      distBox.append(h('h3', { id: 'risk-dists-title' }, app.t('distributions')), list, h('div', { class: 'buttons' }, add, reset),
        h('p', { class: 'help' }, app.t('distHint', { reason: DEFAULT_DISTRIBUTION_REASONING[L] })));
    };

    /** Re-checks the rows in place (no rebuild, so typing keeps its focus). */
    const markDistErrors = () => {
      const { errors } = buildDistributions(SIM_MODELS[state.kind], currentRows());
      currentRows().forEach((r, i) => {
        const err = document.getElementById(`risk-dist-${i}-error`);
        if (!err) return;
        const msg = errors.get(i);
        err.textContent = msg ?? '';
        err.hidden = !msg;
        DIST_ARGS[r.kind].forEach((_, j) => {
          const inp = document.getElementById(`risk-dist-${i}-arg-${j}`);
          if (!inp) return;
          if (msg) {
            inp.setAttribute('aria-invalid', 'true');
            inp.setAttribute('aria-describedby', err.id);
          } else {
            inp.removeAttribute('aria-invalid');
            inp.removeAttribute('aria-describedby');
          }
        });
      });
    };

    const markStale = () => {
      const isStale = state.last !== undefined && state.last.signature !== signature();
      stale.textContent = isStale ? app.t('staleRun') : '';
      stale.hidden = !isStale;
      results.classList.toggle('stale', isStale);
    };

    const drawResults = () => {
      clear(results);
      const last = state.last;
      if (!last) return;
      const r = last.result;
      const H = r.horizon;
      const beKeys = Object.keys(r.breakEven);
      // The fund has no break-even (no actor's budget in it), so it has no break-even tables.
      if (beKeys.length) results.append(h('table', { class: 'actors', id: 'risk-breakeven' },
        h('caption', {}, app.t('pBreakEven', { H })),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), h('th', { scope: 'col' }, app.t('probability')))),
        h('tbody', {}, ...beKeys.map((a) => h('tr', { 'data-actor': a },
          h('th', { scope: 'row' }, a === 'investor' ? app.t('investor') : actorLabel(app, a)),
          h('td', { 'data-kpi': 'pBreakEven', 'data-value': String(r.breakEven[a].probability) }, pct(L, r.breakEven[a].probability, 1)))))));
      // Cumulative break-even-year distribution: P(break-even by year t).
      if (beKeys.length) results.append(h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('breakEven') }, h('table', { class: 'yearly', id: 'risk-breakeven-years' },
        h('caption', {}, `${app.t('breakEven')}: ${app.t('cumulative')} ${app.t('probability').toLowerCase()}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), ...Array.from({ length: H }, (_, t) => h('th', { scope: 'col' }, `≤ ${t + 1}`)))),
        h('tbody', {}, ...beKeys.map((a) => h('tr', { 'data-actor': a },
          h('th', { scope: 'row' }, a === 'investor' ? app.t('investor') : actorLabel(app, a)),
          ...r.breakEven[a].cumulative.map((p) => h('td', { 'data-value': String(p) }, pct(L, p, 1)))))))));
      const metrics = Object.keys(r.stats);
      const isFund = r.model === 'fund';
      const tableTitle = app.t(isFund ? 'fundPercentileTable' : 'percentileTable');
      const cols: (keyof SimResult['stats'][string])[] = ['mean', 'sd', 'p5', 'p10', 'p50', 'p90', 'p95'];
      results.append(h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': tableTitle }, h('table', { class: 'yearly', id: 'risk-percentiles' },
        h('caption', {}, tableTitle),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('result')), ...cols.map((c) => h('th', { scope: 'col' }, c === 'mean' ? app.t('mean') : c === 'sd' ? app.t('sd') : `P${c.slice(1)}`)))),
        h('tbody', {}, ...metrics.map((m) => h('tr', { 'data-metric': m },
          h('th', { scope: 'row' }, metricLabel(app, m)),
          ...cols.map((c) => h('td', { 'data-stat': c, 'data-value': String(r.stats[m][c]) }, fmtFigure(app, m, r.stats[m][c] as number)))))))));
      // The fund's histogram starts at cumulative people helped (its first metric).
      const pvs = isFund ? metrics : metrics.filter((m) => m.endsWith('.presentValue'));
      if (!pvs.includes(state.histMetric)) state.histMetric = pvs[0];
      const histSel = h('select', { id: 'risk-hist-metric', onchange: () => {
        state.histMetric = histSel.value;
        drawResults();
        document.getElementById('risk-hist-metric')?.focus();
      } }, ...pvs.map((m) => h('option', { value: m }, metricLabel(app, m))));
      histSel.value = state.histMetric;
      const who = metricLabel(app, state.histMetric);
      const histTitle = isFund ? app.t('histTitleFund', { what: who }) : app.t('histTitle', { who });
      results.append(h('figure', { class: 'chart-box', id: 'risk-histogram' },
        h('figcaption', {}, histTitle),
        h('div', { class: 'start-row' }, h('label', { for: 'risk-hist-metric' }, app.t('histOf')), histSel),
        histogramSvg(app, r.samples[state.histMetric], state.histMetric, histTitle)));
    };

    const tornadoOutputs = (): string[] =>
      state.kind === 'fund' ? OUTPUTS.fund.map((o) => o.name) : state.kind === 'contract' ? [...ACTORS_AND_TOTAL, 'investor'] : [...ACTORS_AND_TOTAL];

    const drawTornado = () => {
      clear(tornadoBox);
      const outs = tornadoOutputs();
      const sel = h('select', { id: 'tornado-output', onchange: () => {
        state.tornadoOutput = sel.value;
        drawTornado();
        document.getElementById('tornado-output')?.focus();
      } }, ...outs.map((o) => h('option', { value: o }, outputLabel(app, state.kind, o))));
      sel.value = state.tornadoOutput;
      tornadoBox.append(h('h3', { id: 'tornado-title' }, app.t('tornadoTitle')),
        h('div', { class: 'start-row' }, h('label', { for: 'tornado-output' }, app.t(state.kind === 'fund' ? 'sensOutput' : 'tornadoOutput')), sel),
        h('p', { class: 'help' }, app.t('tornadoHint')));
      let t: Tornado;
      try {
        t = tornado(state.kind, layersOf(app, state.kind), state.tornadoOutput);
      } catch (e) {
        if (!isDomainError(e)) throw e;
        tornadoBox.append(h('p', { class: 'error', id: 'tornado-error' }, e.message));
        return;
      }
      const model = SIM_MODELS[state.kind];
      const label = (key: string) => model.params.find((m: ParamMeta) => m.key === key)?.label[L] ?? key;
      const unit = figureUnit(t.output) === 'dkk' ? ` (${app.t('dkkm')})` : '';
      tornadoBox.append(h('figure', { class: 'chart-box', id: 'tornado-chart' }, h('figcaption', {}, `${app.t('tornadoTitle')}: ${sel.selectedOptions[0]?.textContent ?? ''}${unit}`), tornadoSvg(app, t, label)));
      const cell = (v: number | null) => h('td', { 'data-value': String(v) }, fmtFigure(app, t.output, v));
      tornadoBox.append(h('details', {}, h('summary', {}, `${app.t('tornadoTitle')}${unit}`),
        h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('tornadoTitle') }, h('table', { class: 'yearly', id: 'tornado-table' },
          h('thead', {}, h('tr', {}, ...[app.t('parameter'), app.t('low'), app.t('high'), `${app.t('result')}: ${app.t('low')}`, `${app.t('result')}: ${app.t('high')}`, app.t('swing')].map((x) => h('th', { scope: 'col' }, x)))),
          h('tbody', {}, ...t.rows.map((r) => h('tr', { 'data-key': r.key },
            h('th', { scope: 'row' }, label(r.key)),
            h('td', { 'data-value': String(r.low) }, num(L, r.low, 4, 0)), h('td', { 'data-value': String(r.high) }, num(L, r.high, 4, 0)),
            cell(r.outputLow), cell(r.outputHigh), cell(r.swing)))))),
        t.skipped.length ? h('p', { class: 'note' }, app.t('tornadoSkipped', { list: t.skipped.map((x) => `${x.key} (${x.reason})`).join('; ') })) : null));
    };

    /** Keys a grid axis can take: the numbers of the current inputs (whole numbers and rows left out). */
    const gridKeys = (params: Record<string, unknown>): ParamMeta[] =>
      SIM_MODELS[state.kind].params.filter((m: ParamMeta) => (m.kind === 'number' || m.kind === 'rates') && typeof params[m.key] === 'number');

    const drawGrid = () => {
      clear(gridBox);
      const kind = state.kind;
      const gs = state.grid[kind];
      gridBox.append(h('h3', { id: 'grid-title' }, app.t('gridTitle')), h('p', { class: 'help' }, app.t('gridHint')));
      const b = baseParams();
      if (!b.params) return; // the base error is shown above
      const params = b.params;
      const keys = gridKeys(params);
      const metaOf = (k: string) => keys.find((m) => m.key === k) as ParamMeta;
      if (!metaOf(gs.keyX)) gs.keyX = keys[0].key;
      if (!metaOf(gs.keyY) || gs.keyY === gs.keyX) gs.keyY = keys.find((m) => m.key !== gs.keyX)!.key;
      const rebuild = (focusId: string) => {
        drawGrid();
        (document.getElementById(focusId) as HTMLElement | null)?.focus();
      };
      const outSel = h('select', { id: 'grid-output', onchange: () => {
        gs.output = outSel.value;
        rebuild('grid-output');
      } }, ...OUTPUTS[kind].map((o) => h('option', { value: o.name }, outputLabel(app, kind, o.name))));
      outSel.value = gs.output;
      const axis = (which: 'x' | 'y') => {
        const keyProp = which === 'x' ? 'keyX' : 'keyY';
        const textProp = which === 'x' ? 'xText' : 'yText';
        const keySel = h('select', { id: `grid-key-${which}`, onchange: () => {
          gs[keyProp] = keySel.value;
          gs[textProp] = undefined; // the new key's own defaults
          rebuild(`grid-key-${which}`);
        } }, ...keys.filter((m) => m.key !== gs[which === 'x' ? 'keyY' : 'keyX']).map((m) => h('option', { value: m.key }, `${m.label[L]} (${m.key})`)));
        keySel.value = gs[keyProp];
        const valuesIn = h('input', { id: `grid-values-${which}`, type: 'text', autocomplete: 'off', 'aria-describedby': `grid-values-${which}-error grid-values-hint`, oninput: () => {
          gs[textProp] = valuesIn.value;
          drawGridTable();
        } });
        valuesIn.value = gs[textProp] ?? gridValuesText(gridDefaultValues(metaOf(gs[keyProp]), params[gs[keyProp]] as number), L);
        return h('fieldset', { class: 'field grid-axis' },
          h('legend', {}, app.t(which === 'x' ? 'gridRows' : 'gridCols')),
          h('label', { for: `grid-key-${which}` }, app.t('parameter')), keySel,
          h('label', { for: `grid-values-${which}` }, app.t('gridValues')), valuesIn,
          h('p', { class: 'error', id: `grid-values-${which}-error`, hidden: true }));
      };
      const reset = h('button', { type: 'button', id: 'grid-reset', onclick: () => {
        gs.xText = undefined;
        gs.yText = undefined;
        rebuild('grid-reset');
      } }, app.t('gridReset'));
      gridBox.append(
        h('div', { class: 'start-row' }, h('label', { for: 'grid-output' }, app.t('sensOutput')), outSel),
        axis('x'), axis('y'),
        h('p', { class: 'help', id: 'grid-values-hint' }, app.t('gridValuesHint')),
        h('div', { class: 'buttons' }, reset),
        gridResult,
      );
      drawGridTable();
    };

    /** The grid's table alone, so typing in the value boxes keeps its focus. */
    const drawGridTable = () => {
      clear(gridResult);
      const kind = state.kind;
      const gs = state.grid[kind];
      const b = baseParams();
      if (!b.params) return;
      const params = b.params;
      const model = SIM_MODELS[kind];
      const axes = (['x', 'y'] as const).map((which) => {
        const key = which === 'x' ? gs.keyX : gs.keyY;
        const meta = model.params.find((m: ParamMeta) => m.key === key) as ParamMeta;
        const text = (which === 'x' ? gs.xText : gs.yText) ?? gridValuesText(gridDefaultValues(meta, params[key] as number), L);
        const parsed = parseGridValues(text, meta);
        const input = document.getElementById(`grid-values-${which}`) as HTMLInputElement | null;
        const err = document.getElementById(`grid-values-${which}-error`);
        if (err) {
          err.textContent = parsed.error ?? '';
          err.hidden = !parsed.error;
        }
        if (parsed.error) input?.setAttribute('aria-invalid', 'true');
        else input?.removeAttribute('aria-invalid');
        return { key, meta, ...parsed };
      });
      const [ax, ay] = axes;
      if (ax.error || ay.error) return;
      let g: Grid;
      try {
        g = grid(kind, layersOf(app, kind), gs.output, ax.key, ax.values, ay.key, ay.values);
      } catch (e) {
        if (!isDomainError(e)) throw e;
        gridResult.append(h('p', { class: 'error', id: 'grid-error', role: 'alert' }, e.message));
        return;
      }
      const baseOutput = outputOf(kind, g.output).get(model.evaluate(params));
      const ref = gridReference(kind, g.output, baseOutput);
      const classes = gridCellClasses(g.values, ref);
      const outName = outputLabel(app, kind, g.output);
      const unit = figureUnit(g.output) === 'dkk' ? ` (${app.t('dkkm')})` : '';
      // Six significant digits on the axes (38,333.3 for a third); the exact value is in data-value.
      const axisText = (v: number) => num(L, Number(v.toPrecision(6)), 6, 0);
      const isBase = (k: string, v: number) => params[k] === v;
      gridResult.append(
        h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('gridTitle') }, h('table', { class: 'grid', id: 'grid-table' },
          h('caption', {}, app.t('gridCaption', { output: `${outName}${unit}`, x: ax.meta.label[L], y: ay.meta.label[L] })),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${ax.key} \ ${ay.key}`),
            ...g.ys.map((y) => h('th', { scope: 'col', 'data-value': String(y), class: isBase(ay.key, y) ? 'grid-base' : undefined }, axisText(y))))),
          h('tbody', {}, ...g.xs.map((x, i) => h('tr', { 'data-x': String(x) },
            h('th', { scope: 'row', 'data-value': String(x), class: isBase(ax.key, x) ? 'grid-base' : undefined }, axisText(x)),
            ...g.values[i].map((v, j) => h('td', {
              class: `${classes[i][j]}${isBase(ax.key, x) && isBase(ay.key, g.ys[j]) ? ' grid-base' : ''}`,
              'data-x': String(x), 'data-y': String(g.ys[j]), 'data-value': String(v),
            }, fmtFigure(app, g.output, v)))))))),
        h('p', { class: 'note', id: 'grid-legend' }, app.t(kind === 'fund' ? 'gridLegendFund' : figureUnit(g.output) === 'multiple' ? 'gridLegendMultiple' : 'gridLegend', { ref: fmtFigure(app, g.output, ref) })));
    };

    const start = async () => {
      const model = SIM_MODELS[state.kind];
      const { dists, errors } = buildDistributions(model, currentRows());
      markDistErrors();
      let draws: number | undefined;
      let seed: number | undefined;
      let msg: string | undefined;
      try {
        draws = checkDraws(parseInput(drawsIn.value));
      } catch (e) {
        if (!isDomainError(e)) throw e;
        msg = e.message;
      }
      showFieldError(drawsIn, drawsErr, msg);
      msg = undefined;
      try {
        seed = checkSeed(parseInput(seedIn.value));
      } catch (e) {
        if (!isDomainError(e)) throw e;
        msg = e.message;
      }
      showFieldError(seedIn, seedErr, msg);
      if (errors.size > 0 || draws === undefined || seed === undefined) {
        status.textContent = app.t('fixFirst');
        return;
      }
      const kind = state.kind;
      const sig = signature();
      controller = new AbortController();
      runBtn.disabled = true;
      cancelBtn.disabled = false;
      progress.value = 0;
      status.textContent = app.t('running', { pct: pct(L, 0, 0) });
      panel.dataset.running = 'true';
      try {
        const result = await simulateAsync(kind, layersOf(app, kind), dists, {
          draws, seed, chunk: 2000, signal: controller.signal,
          onProgress: (share) => {
            progress.value = share;
            status.textContent = app.t('running', { pct: pct(L, share, 0) });
          },
        });
        state.last = { result, signature: sig, kind };
        status.textContent = app.t('simDone', { draws: num(L, draws, 0), seed: String(seed) });
        drawResults();
        markStale();
      } catch (e) {
        if (e instanceof SimulationCancelled) status.textContent = app.t('cancelled');
        else if (isDomainError(e)) status.textContent = `${app.t('generalError')}: ${e.message}`;
        else throw e;
      } finally {
        controller = undefined;
        runBtn.disabled = false;
        cancelBtn.disabled = true;
        delete panel.dataset.running;
      }
    };

    const drawBase = () => {
      const b = baseParams();
      baseError.textContent = b.error ? app.t('riskBaseInvalid', { message: b.error }) : '';
      baseError.hidden = !b.error;
      runBtn.disabled = !!b.error || controller !== undefined;
    };

    const drawAll = () => {
      drawBase();
      drawSource();
      drawDists();
      drawTornado();
      drawGrid();
      markStale();
    };

    panel.append(
      h('h2', {}, app.t('riskTitle')),
      h('div', { class: 'start-row' }, h('label', { for: 'risk-kind' }, app.t('riskModel')), kindSel),
      source,
      baseError,
      distBox,
      h('div', { class: 'run-row' },
        h('div', { class: 'field' }, h('label', { for: 'risk-draws' }, app.t('draws')), drawsIn, drawsErr),
        h('div', { class: 'field' }, h('label', { for: 'risk-seed' }, app.t('seed')), seedIn, seedErr)),
      h('div', { class: 'buttons' }, runBtn, cancelBtn, h('label', { id: 'risk-progress-label', for: 'risk-progress' }, app.t('progress')), progress),
      status,
      stale,
      results,
      tornadoBox,
      gridBox,
    );
    drawAll();
    drawResults();
    const onInputs = () => {
      drawBase();
      drawSource();
      if (!state.rows) drawDists();
      drawTornado();
      drawGrid();
      markStale();
    };
    app.on('result', onInputs);
    app.on('scenario', onInputs);
    onTermsChange(panel, () => {
      if (state.kind === 'contract') onInputs();
    });
  },
};
