/** The Risk tab's Monte Carlo section: distributions, draws and seed, run / cancel, the results. */
import { SIM_MODELS, SimulationCancelled, SimResult, checkDraws, checkSeed, isDomainError, DEFAULT_SEED, localMessage } from '../../../model';
import type { App } from '../../app';
import { h, clear } from '../../dom';
import { num, pct, parseInput } from '../../format';
import { buildDistributions } from '../analyticsView';
import { runSimulation } from '../../mcRunner';
import { simulatedBoard } from '../../fundBoard';
import { distributionEditor } from './distributions';
import { histogramFigure, histogramMetrics, resultTables } from './mcResults';
import { RiskContext, Kind, layersOf, metricLabel, showFieldError } from './shared';

/** Kept across language switches (the shell rebuilds every tab). */
const state: { draws: string; seed: string; histMetric: string; last?: { result: SimResult; signature: string; kind: Kind } } = {
  draws: '10000', seed: String(DEFAULT_SEED), histMetric: 'kommune.presentValue',
};

export interface MonteCarloSection {
  el: HTMLElement;
  /** The kind changed: back to its default distributions. */
  onKind(): void;
  /** The inputs changed (Model or Contract tab). */
  onInputs(baseError: boolean): void;
}

/** Parses the draws or seed box with the model's check; shows its message at the box. */
function checked(app: App, input: HTMLInputElement, err: HTMLElement, check: (v: unknown) => number): number | undefined {
  let msg: string | undefined;
  let v: number | undefined;
  try {
    v = check(parseInput(input.value));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    msg = localMessage(e, app.lang);
  }
  showFieldError(input, err, msg);
  return v;
}

/** The draws and seed boxes, Run, Cancel, the progress bar and the status line. */
function runControls(app: App, onRun: () => void, onCancel: () => void) {
  const drawsIn = h('input', { id: 'risk-draws', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 9, 'aria-describedby': 'risk-draws-error', oninput: () => (state.draws = drawsIn.value) });
  const seedIn = h('input', { id: 'risk-seed', type: 'text', inputmode: 'numeric', autocomplete: 'off', size: 9, 'aria-describedby': 'risk-seed-error', oninput: () => (state.seed = seedIn.value) });
  drawsIn.value = state.draws;
  seedIn.value = state.seed;
  const ui = {
    drawsIn, seedIn,
    drawsErr: h('p', { class: 'error', id: 'risk-draws-error', hidden: true }),
    seedErr: h('p', { class: 'error', id: 'risk-seed-error', hidden: true }),
    runBtn: h('button', { type: 'button', id: 'risk-run', onclick: onRun }, app.t('run')),
    cancelBtn: h('button', { type: 'button', id: 'risk-cancel', disabled: true, onclick: onCancel }, app.t('cancel')),
    progress: h('progress', { id: 'risk-progress', max: 1, value: 0, 'aria-labelledby': 'risk-progress-label' }),
    status: h('p', { class: 'status', id: 'risk-status', role: 'status', 'aria-live': 'polite' }),
  };
  const nodes = [
    h('div', { class: 'run-row' },
      h('div', { class: 'field' }, h('label', { for: 'risk-draws' }, app.t('draws')), drawsIn, ui.drawsErr),
      h('div', { class: 'field' }, h('label', { for: 'risk-seed' }, app.t('seed')), seedIn, ui.seedErr)),
    h('div', { class: 'buttons' }, ui.runBtn, ui.cancelBtn, h('label', { id: 'risk-progress-label', for: 'risk-progress' }, app.t('progress')), ui.progress),
    ui.status,
  ];
  return { ui, nodes };
}

/** The last run's tables and histogram (the histogram's figure chosen in place). */
function drawResults(app: App, box: HTMLElement): void {
  clear(box);
  const r = state.last?.result;
  if (!r) return;
  const pvs = histogramMetrics(r);
  if (!pvs.includes(state.histMetric)) state.histMetric = pvs[0];
  const histSel = h('select', { id: 'risk-hist-metric', onchange: () => {
    state.histMetric = histSel.value;
    drawResults(app, box);
    document.getElementById('risk-hist-metric')?.focus();
  } }, ...pvs.map((m) => h('option', { value: m }, metricLabel(app, m))));
  histSel.value = state.histMetric;
  const picker = h('div', { class: 'start-row' }, h('label', { for: 'risk-hist-metric' }, app.t('histOf')), histSel);
  if (state.last?.kind === 'fund') box.append(simulatedBoard(app, layersOf(app, 'fund'), r));
  box.append(...resultTables(app, r), histogramFigure(app, r, state.histMetric, picker));
}

export function monteCarloSection(ctx: RiskContext, panel: HTMLElement): MonteCarloSection {
  const { app } = ctx;
  const L = app.lang;
  let controller: AbortController | undefined;
  let baseInvalid = false;
  const dists = distributionEditor(ctx, () => markStale());
  const signature = () => JSON.stringify([ctx.kind(), layersOf(app, ctx.kind()), dists.rows(), state.draws, state.seed]);
  const { ui, nodes } = runControls(app, () => void start(), () => controller?.abort());
  const stale = h('p', { class: 'notice', id: 'risk-stale', role: 'status', hidden: true });
  const results = h('div', { id: 'risk-results' });

  const markStale = () => {
    const isStale = state.last !== undefined && state.last.signature !== signature();
    stale.textContent = isStale ? app.t('staleRun') : '';
    stale.hidden = !isStale;
    results.classList.toggle('stale', isStale);
  };
  const setRunning = (running: boolean) => {
    ui.runBtn.disabled = running || baseInvalid;
    ui.cancelBtn.disabled = !running;
    if (running) panel.dataset.running = 'true';
    else delete panel.dataset.running;
  };
  const showProgress = (share: number) => {
    ui.progress.value = share;
    ui.status.textContent = app.t('running', { pct: pct(L, share, 0) });
  };

  const start = async () => {
    const kind = ctx.kind();
    const { dists: ds, errors } = buildDistributions(SIM_MODELS[kind], dists.rows(), L);
    dists.markErrors();
    const draws = checked(app, ui.drawsIn, ui.drawsErr, checkDraws);
    const seed = checked(app, ui.seedIn, ui.seedErr, checkSeed);
    if (errors.size > 0 || draws === undefined || seed === undefined) {
      ui.status.textContent = app.t('fixFirst');
      return;
    }
    const sig = signature();
    controller = new AbortController();
    setRunning(true);
    showProgress(0);
    try {
      const result = await runSimulation(kind, layersOf(app, kind), ds, { draws, seed, signal: controller.signal, onProgress: showProgress });
      state.last = { result, signature: sig, kind };
      ui.status.textContent = app.t('simDone', { draws: num(L, draws, 0), seed: String(seed) });
      drawResults(app, results);
      markStale();
    } catch (e) {
      if (e instanceof SimulationCancelled) ui.status.textContent = app.t('cancelled');
      else if (isDomainError(e)) ui.status.textContent = `${app.t('generalError')}: ${localMessage(e, L)}`;
      else throw e;
    } finally {
      controller = undefined;
      setRunning(false);
    }
  };

  const el = h('div', { id: 'risk-mc' }, dists.el, ...nodes, stale, results);
  dists.draw();
  drawResults(app, results);
  markStale();
  return {
    el,
    onKind: () => {
      dists.reset();
      dists.draw();
      markStale();
    },
    onInputs: (invalid) => {
      baseInvalid = invalid;
      ui.runBtn.disabled = invalid || controller !== undefined;
      dists.draw(true);
      markStale();
    },
  };
}
