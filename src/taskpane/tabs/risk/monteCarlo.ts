/** The Risk tab's Monte Carlo section: distributions, draws and seed, run / cancel, the results. */
import { SIM_MODELS, SimulationCancelled, SimResult, checkDraws, checkSeed, isDomainError, DEFAULT_SEED } from '../../../model';
import { h, clear } from '../../dom';
import { num, pct, parseInput } from '../../format';
import { buildDistributions } from '../analyticsView';
import { runSimulation } from '../../mcRunner';
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
function checked(input: HTMLInputElement, err: HTMLElement, check: (v: unknown) => number): number | undefined {
  let msg: string | undefined;
  let v: number | undefined;
  try {
    v = check(parseInput(input.value));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    msg = e.message;
  }
  showFieldError(input, err, msg);
  return v;
}

export function monteCarloSection(ctx: RiskContext, panel: HTMLElement): MonteCarloSection {
  const { app } = ctx;
  const L = app.lang;
  let controller: AbortController | undefined;
  let baseInvalid = false;
  const dists = distributionEditor(ctx, () => markStale());
  const signature = () => JSON.stringify([ctx.kind(), layersOf(app, ctx.kind()), dists.rows(), state.draws, state.seed]);

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

  const markStale = () => {
    const isStale = state.last !== undefined && state.last.signature !== signature();
    stale.textContent = isStale ? app.t('staleRun') : '';
    stale.hidden = !isStale;
    results.classList.toggle('stale', isStale);
  };

  const drawResults = () => {
    clear(results);
    const r = state.last?.result;
    if (!r) return;
    const pvs = histogramMetrics(r);
    if (!pvs.includes(state.histMetric)) state.histMetric = pvs[0];
    const histSel = h('select', { id: 'risk-hist-metric', onchange: () => {
      state.histMetric = histSel.value;
      drawResults();
      document.getElementById('risk-hist-metric')?.focus();
    } }, ...pvs.map((m) => h('option', { value: m }, metricLabel(app, m))));
    histSel.value = state.histMetric;
    const picker = h('div', { class: 'start-row' }, h('label', { for: 'risk-hist-metric' }, app.t('histOf')), histSel);
    results.append(...resultTables(app, r), histogramFigure(app, r, state.histMetric, picker));
  };

  const setRunning = (running: boolean) => {
    runBtn.disabled = running || baseInvalid;
    cancelBtn.disabled = !running;
    if (running) panel.dataset.running = 'true';
    else delete panel.dataset.running;
  };

  const start = async () => {
    const kind = ctx.kind();
    const { dists: ds, errors } = buildDistributions(SIM_MODELS[kind], dists.rows());
    dists.markErrors();
    const draws = checked(drawsIn, drawsErr, checkDraws);
    const seed = checked(seedIn, seedErr, checkSeed);
    if (errors.size > 0 || draws === undefined || seed === undefined) {
      status.textContent = app.t('fixFirst');
      return;
    }
    const sig = signature();
    controller = new AbortController();
    setRunning(true);
    progress.value = 0;
    status.textContent = app.t('running', { pct: pct(L, 0, 0) });
    try {
      const result = await runSimulation(kind, layersOf(app, kind), ds, {
        draws, seed, signal: controller.signal,
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
      setRunning(false);
    }
  };

  const el = h('div', { id: 'risk-mc' },
    dists.el,
    h('div', { class: 'run-row' },
      h('div', { class: 'field' }, h('label', { for: 'risk-draws' }, app.t('draws')), drawsIn, drawsErr),
      h('div', { class: 'field' }, h('label', { for: 'risk-seed' }, app.t('seed')), seedIn, seedErr)),
    h('div', { class: 'buttons' }, runBtn, cancelBtn, h('label', { id: 'risk-progress-label', for: 'risk-progress' }, app.t('progress')), progress),
    status, stale, results);
  dists.draw();
  drawResults();
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
      runBtn.disabled = invalid || controller !== undefined;
      dists.draw(true);
      markStale();
    },
  };
}
