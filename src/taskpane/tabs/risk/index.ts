/**
 * Risk tab (docs/model.md, risk): Monte Carlo of the case, the contract or the fund, then the one-way
 * tornado and the two-way grid. Each section owns its state (monteCarlo.ts, tornado.ts, grid.ts);
 * this file holds the choice of what is simulated and wires the sections to the app's events.
 */
import type { PaneTab } from '../../tabs';
import { h } from '../../dom';
import { onTermsChange } from '../contract';
import { RiskContext, Kind, baseParams, kindsFor, sourceNote } from './shared';
import { monteCarloSection } from './monteCarlo';
import { tornadoSection } from './tornado';
import { gridSection } from './grid';

/** Kept across language switches. */
const state: { kind: Kind } = { kind: 'case' };

export const riskTab: PaneTab = {
  id: 'risk',
  label: { en: 'Risk', da: 'Risiko' },
  render(panel, app) {
    const ctx: RiskContext = { app, kind: () => state.kind };
    const mc = monteCarloSection(ctx, panel);
    const tornado = tornadoSection(ctx);
    const grid = gridSection(ctx);
    const baseError = h('p', { class: 'error', id: 'risk-base-error', role: 'alert', hidden: true });
    const source = h('p', { class: 'note', id: 'risk-source' });

    const kindSel = h('select', { id: 'risk-kind', onchange: () => setKind(kindSel.value as Kind) });
    const setKind = (k: Kind) => {
      state.kind = k;
      mc.onKind();
      tornado.onKind();
      onInputs();
    };
    const drawKinds = () => {
      const kinds = kindsFor(app);
      const label = { case: 'riskCase', contract: 'riskContract', fund: 'riskFund' } as const;
      const shown = Array.from(kindSel.options).map((o) => o.value);
      if (shown.join() !== kinds.join()) kindSel.replaceChildren(...kinds.map((k) => h('option', { value: k }, app.t(label[k]))));
      kindSel.disabled = kinds.length < 2;
      kindSel.value = state.kind;
    };
    const drawHead = () => {
      const b = baseParams(app, state.kind);
      baseError.textContent = b.error ? app.t('riskBaseInvalid', { message: b.error }) : '';
      baseError.hidden = !b.error;
      source.textContent = sourceNote(app, state.kind);
      return !!b.error;
    };
    const onInputs = () => {
      drawKinds();
      mc.onInputs(drawHead());
      tornado.draw();
      grid.draw();
    };
    /** Another scenario on the Model tab: a fund there is simulated as a fund, a case as a case. */
    const onScenario = () => {
      const kinds = kindsFor(app);
      if (!kinds.includes(state.kind)) setKind(kinds[0]);
      else onInputs();
    };
    if (!kindsFor(app).includes(state.kind)) {
      state.kind = kindsFor(app)[0];
      mc.onKind();
      tornado.onKind();
    }

    panel.append(
      h('h2', {}, app.t('riskTitle')),
      h('div', { class: 'start-row' }, h('label', { for: 'risk-kind' }, app.t('riskModel')), kindSel),
      source, baseError, mc.el, tornado.el, grid.el,
    );
    onInputs();
    app.on('result', onInputs);
    app.on('scenario', onScenario);
    onTermsChange(panel, () => {
      if (state.kind === 'contract') onInputs();
    });
  },
};
