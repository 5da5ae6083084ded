/** What the Risk tab's sections share: the model kind simulated, its inputs and figure formats. */
import { SIM_MODELS, mergeInput, validate, isDomainError, fundModel, presetValues, outputOf, InputLayer, ParamMeta, localMessage } from '../../../model';
import type { App } from '../../app';
import { lastValidName } from '../../scenarioName';
import { num, mio, pct } from '../../format';
import { actorLabel } from '../../results';
import { contractLayers, contractCase } from '../contract';
import { figureUnit } from '../analyticsView';
import { tickDecimals } from '../../ticks';

export type Kind = 'case' | 'contract' | 'fund';
const FUND_PRESET = 'dsi-fund-25m';

/** The tab's context handed to each section: the app and the kind chosen at the top. */
export interface RiskContext {
  app: App;
  kind(): Kind;
}

/** The fund simulated: the Model tab's last valid fund, else (no valid fund yet) the fund preset. */
export function fundSource(app: App): { values: Record<string, unknown>; name: string; fromModelTab: boolean } {
  const lv = app.lastValid;
  if (lv && lv.scenario.kind === 'fund') return { values: lv.scenario.values, name: lastValidName(app) ?? lv.scenario.name, fromModelTab: true };
  return { values: presetValues(fundModel, FUND_PRESET), name: FUND_PRESET, fromModelTab: false };
}

/** The kinds the Risk tab can simulate: what the Model tab holds (a case, also under the contract, or a fund). */
export function kindsFor(app: App): Kind[] {
  return app.current.kind === 'fund' ? ['fund'] : ['case', 'contract'];
}

/** The sentence saying what is simulated, and from where. */
export function sourceNote(app: App, kind: Kind): string {
  const src = kind === 'fund' ? fundSource(app) : contractCase(app);
  if (!src.fromModelTab) return app.t('riskSimFallback', { name: src.name });
  return app.t(kind === 'fund' ? 'riskSimFund' : kind === 'contract' ? 'riskSimContract' : 'riskSimCase', { name: src.name });
}

export function layersOf(app: App, kind: Kind): InputLayer[] {
  if (kind === 'fund') return [{ values: { ...fundSource(app).values } }];
  return kind === 'contract' ? contractLayers(app) : [{ values: { ...contractCase(app).values } }];
}

/** Validated parameters of the current inputs, or the model's message. */
export function baseParams(app: App, kind: Kind): { params?: Record<string, unknown>; error?: string } {
  try {
    const model = SIM_MODELS[kind];
    return { params: validate(model, mergeInput(model, layersOf(app, kind))) as Record<string, unknown> };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    return { error: localMessage(e, app.lang) };
  }
}

/** A figure formatted by its unit: DKK in millions, people with one decimal, multiples, rates. */
export function fmtFigure(app: App, name: string, v: number | null): string {
  if (v === null || Number.isNaN(v)) return app.t('doesNotExist');
  const u = figureUnit(name);
  return u === 'dkk' ? mio(app.lang, v) : u === 'count' ? num(app.lang, v, 1) : u === 'multiple' ? num(app.lang, v, 3) : pct(app.lang, v);
}

/** An axis tick of a chart with the decimals its step needs: money in millions, rates in per cent. */
export function fmtTick(app: App, name: string, v: number, step: number): string {
  const u = figureUnit(name);
  if (u === 'dkk') return num(app.lang, v / 1e6, tickDecimals(step / 1e6));
  if (u === 'rate') return pct(app.lang, v, tickDecimals(step * 100));
  return num(app.lang, v, tickDecimals(step));
}

/** A sensitivity output's label from the model's OUTPUTS (fund) or the pane's actor names. */
export function outputLabel(app: App, kind: Kind, name: string): string {
  if (kind === 'fund') {
    const t = outputOf(kind, name).label[app.lang];
    return t.charAt(0).toUpperCase() + t.slice(1);
  }
  if (name === 'investor') return app.t('investor');
  if (name === 'multiple') return app.t('investorMultiple');
  if (name === 'irr') return app.t('investorIrr');
  return actorLabel(app, name);
}

export function metricLabel(app: App, name: string): string {
  if (name === 'cumulativePeople' || name === 'employed') return app.t(name);
  if (name === 'totalInvested') return `${app.t('totalInvested')} (${app.t('dkkm')})`;
  if (name === 'fundValue') return `${app.t('fundValueLabel')} (${app.t('dkkm')})`;
  const [who, what] = name.split('.');
  const w = who === 'investor' ? app.t('investor') : actorLabel(app, who);
  if (what === 'multiple') return app.t('investorMultiple');
  if (what === 'irr') return app.t('investorIrr');
  return w;
}

/** A parameter's label in the pane's language. */
export function paramLabel(app: App, kind: Kind, key: string): string {
  return SIM_MODELS[kind].params.find((m: ParamMeta) => m.key === key)?.label[app.lang] ?? key;
}

/** A field's message and aria-invalid, shown or cleared. */
export function showFieldError(input: HTMLElement, err: HTMLElement, msg: string | undefined): void {
  err.textContent = msg ?? '';
  err.hidden = !msg;
  if (msg) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}
