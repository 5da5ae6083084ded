/**
 * Risk tab (docs/model.md, risk): Monte Carlo of the case, the contract or the fund, then the one-way
 * tornado and the two-way grid. Each section owns its state (monteCarlo.ts, tornado.ts, grid.ts);
 * this file holds the choice of what is simulated and wires the sections to the app's events.
 */
import type { PaneTab } from '../../tabs';
import { h } from '../../dom';
import { onTermsChange } from '../contract';
import { RiskContext, Kind, fundSource, baseParams } from './shared';
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

    const drawHead = () => {
      const b = baseParams(app, state.kind);
      baseError.textContent = b.error ? app.t('riskBaseInvalid', { message: b.error }) : '';
      baseError.hidden = !b.error;
      // Which fund is simulated: the Model tab's, or the preset when that tab holds a case.
      const f = state.kind === 'fund' ? fundSource(app) : undefined;
      source.textContent = f ? (f.fromModelTab ? app.t('riskOnFund', { name: f.name }) : app.t('riskOnFundPreset', { name: f.name })) : '';
      source.hidden = !f;
      return !!b.error;
    };
    const onInputs = () => {
      mc.onInputs(drawHead());
      tornado.draw();
      grid.draw();
    };

    const kindSel = h('select', { id: 'risk-kind', onchange: () => {
      state.kind = kindSel.value as Kind;
      mc.onKind();
      tornado.onKind();
      onInputs();
    } }, h('option', { value: 'case' }, app.t('riskCase')), h('option', { value: 'contract' }, app.t('riskContract')), h('option', { value: 'fund' }, app.t('riskFund')));
    kindSel.value = state.kind;

    panel.append(
      h('h2', {}, app.t('riskTitle')),
      h('div', { class: 'start-row' }, h('label', { for: 'risk-kind' }, app.t('riskModel')), kindSel),
      source, baseError, mc.el, tornado.el, grid.el,
    );
    onInputs();
    app.on('result', onInputs);
    app.on('scenario', onInputs);
    onTermsChange(panel, () => {
      if (state.kind === 'contract') onInputs();
    });
  },
};
