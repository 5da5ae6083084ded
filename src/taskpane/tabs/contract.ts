/**
 * Contract tab (docs/model.md section 4): the outcome contract's terms applied to the case on the Model
 * tab (or to the Holbæk case when that tab holds a fund). The term fields are generated from the
 * contract schema's metadata (the keys the contract adds to the case); the results are the model's
 * numbers, formatted, each with the raw number in data-value.
 */
import {
  run, contractModel, caseModel, caseParamMeta, contractParamMeta, presetValues, isDomainError, localMessage,
  analyseContract, ACTORS_AND_TOTAL, CONTRACT_ACTORS, ContractParams, ContractResult, ContractAnalysis, ParamMeta, InputLayer,
} from '../../model';
import type { App } from '../app';
import { lastValidName } from '../scenarioName';
import type { PaneTab } from '../tabs';
import { h, clear, asCards } from '../dom';
import { num, mio, pct, inputText, parseInput, fieldMessage } from '../format';
import { lineChart, PALETTE } from '../charts';
import { actorLabel } from '../results';
import { derivedShown } from './analyticsView';
import { helpText } from '../editor';

const CASE_KEYS = new Set(caseParamMeta.map((m) => m.key));
/** The keys the contract adds to the case: outcome price, window, cap, payer shares. */
export const TERM_PARAMS: readonly ParamMeta[] = contractParamMeta.filter((m) => !CASE_KEYS.has(m.key));
export const CONTRACT_PRESET = 'holbaek-ips-contract';
const FALLBACK_CASE = 'holbaek-ips';

/** The terms as typed, kept across language switches; they start from the contract preset's. */
const terms: Record<string, unknown> = (() => {
  const all = presetValues(contractModel, CONTRACT_PRESET);
  const out: Record<string, unknown> = {};
  for (const m of TERM_PARAMS) if (all[m.key] !== undefined) out[m.key] = all[m.key];
  return out;
})();

export function contractTerms(): Readonly<Record<string, unknown>> {
  return terms;
}

/** Listeners of term edits (the risk tab), dropped once their panel is gone after a rebuild. */
const termListeners = new Set<{ panel: HTMLElement; fn: () => void }>();
export function onTermsChange(panel: HTMLElement, fn: () => void): void {
  termListeners.add({ panel, fn });
}
function termsChanged(): void {
  for (const l of [...termListeners]) {
    if (!l.panel.isConnected) termListeners.delete(l);
    else l.fn();
  }
}

/** The case the contract is applied to: the Model tab's last valid case, else the Holbæk preset. */
export function contractCase(app: App): { values: Record<string, unknown>; name: string; fromModelTab: boolean } {
  const lv = app.lastValid;
  if (lv && lv.scenario.kind === 'case') return { values: lv.scenario.values, name: lastValidName(app) ?? lv.scenario.name, fromModelTab: true };
  return { values: presetValues(caseModel, FALLBACK_CASE), name: FALLBACK_CASE, fromModelTab: false };
}

export function contractLayers(app: App): InputLayer[] {
  return [{ values: { ...contractCase(app).values } }, { values: { ...terms } }];
}

export type ContractOutcome =
  | { ok: true; params: ContractParams; result: ContractResult; analysis: ContractAnalysis }
  | { ok: false; fieldErrors: Map<string, string>; general?: string };

export function evaluateContractTerms(app: App): ContractOutcome {
  const fieldErrors = new Map<string, string>();
  for (const m of TERM_PARAMS) {
    const v = terms[m.key];
    if (v === undefined) continue;
    const msg = fieldMessage(m, v, app.lang);
    if (msg) fieldErrors.set(m.key, msg);
  }
  if (fieldErrors.size > 0) return { ok: false, fieldErrors };
  try {
    const { params, result } = run(contractModel, contractLayers(app));
    return { ok: true, params, result, analysis: analyseContract(params) };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const mine = e.key !== undefined && TERM_PARAMS.some((m) => m.key === e.key);
    const message = localMessage(e, app.lang);
    if (mine) fieldErrors.set(e.key as string, message);
    return { ok: false, fieldErrors, general: mine ? undefined : message };
  }
}

const fid = (key: string) => `contract-field-${key}`;

function kpi(name: string, label: string, value: number | null | string, shown: string): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { 'data-kpi': name, 'data-value': value === null ? 'null' : String(value) }, shown)];
}

function resultNodes(app: App, o: Extract<ContractOutcome, { ok: true }>): HTMLElement[] {
  const L = app.lang;
  const r = o.result;
  const H = r.years.length;
  const inv = r.investor;
  const dne = app.t('doesNotExist');
  const beText = (be: number | null) => (be === null ? app.t('notWithin', { H }) : `${be} (${r.years[be - 1]})`);
  const out: HTMLElement[] = [];
  out.push(h('h3', {}, app.t('investor')));
  out.push(h('dl', { class: 'kpis', id: 'contract-investor' },
    ...kpi('paymentsTotal', `${app.t('paymentsTotal')} (${app.t('dkkm')})`, r.paymentsTotal, mio(L, r.paymentsTotal)),
    ...kpi('investorMultiple', app.t('investorMultiple'), inv.multiple, inv.multiple === null ? dne : num(L, inv.multiple, 3)),
    ...kpi('investorIrr', app.t('investorIrr'), inv.irr, inv.irr === null ? dne : pct(L, inv.irr)),
    ...kpi('investorNet', `${app.t('investorNet')} (${app.t('dkkm')})`, inv.presentValue, mio(L, inv.presentValue)),
    ...kpi('investorBreakEven', app.t('investorBreakEven'), inv.breakEvenYear, beText(inv.breakEvenYear)),
    ...kpi('capReached', app.t('capReached'), String(r.capReached), app.t(r.capReached ? 'yes' : 'no'))));

  const sw = o.analysis.switchingRate;
  const swCell = (a: (typeof CONTRACT_ACTORS)[number]) => {
    const d = derivedShown(sw[a], (x) => pct(L, x), dne, L);
    return h('td', { 'data-kpi': 'switchRate', 'data-value': d.value, class: d.exists ? undefined : 'dne' }, d.text);
  };
  const rows = ACTORS_AND_TOTAL.map((a) => h('tr', { 'data-actor': a },
    h('th', { scope: 'row' }, actorLabel(app, a)),
    h('td', { 'data-kpi': 'contractBreakEven', 'data-value': String(r.actors[a].breakEvenYear) }, beText(r.actors[a].breakEvenYear)),
    h('td', { 'data-kpi': 'contractNetValue', 'data-value': String(r.actors[a].presentValue) }, mio(L, r.actors[a].presentValue)),
    h('td', { 'data-kpi': 'withoutContract', 'data-value': String(r.withoutContract[a].presentValue) }, mio(L, r.withoutContract[a].presentValue)),
    swCell(a)));
  rows.push(h('tr', { 'data-actor': 'investor' },
    h('th', { scope: 'row' }, app.t('investor')),
    h('td', { 'data-kpi': 'contractBreakEven', 'data-value': String(inv.breakEvenYear) }, beText(inv.breakEvenYear)),
    h('td', { 'data-kpi': 'contractNetValue', 'data-value': String(inv.presentValue) }, mio(L, inv.presentValue)),
    h('td', {}, app.t('notApplicable')),
    swCell('investor')));
  out.push(asCards(h('table', { class: 'actors', id: 'contract-actor-table' },
    h('caption', {}, `${app.t('perActor')} (${app.t('dkkm')})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('actor')), h('th', { scope: 'col' }, app.t('breakEven')),
      h('th', { scope: 'col' }, app.t('underContract')), h('th', { scope: 'col' }, app.t('withoutContract')),
      h('th', { scope: 'col', title: app.t('switchRateHint') }, app.t('switchRate')))),
    h('tbody', {}, ...rows))));
  out.push(h('p', { class: 'note' }, app.t('switchRateHint')));

  const maxP = derivedShown(o.analysis.maxAffordablePrice, (x) => num(L, x, 0), dne, L);
  const beP = derivedShown(o.analysis.investorBreakEvenPrice, (x) => num(L, x, 0), dne, L);
  out.push(h('h3', {}, app.t('derivedTitle')));
  out.push(h('dl', { class: 'kpis derived', id: 'contract-derived' },
    ...kpi('maxPrice', app.t('maxPrice'), maxP.value, maxP.text),
    ...kpi('breakEvenPrice', app.t('breakEvenPrice'), beP.value, beP.text)));

  const cats = r.years.map(String);
  const series = [
    ...ACTORS_AND_TOTAL.filter((a) => a !== 'total').map((a, i) => ({ name: actorLabel(app, a), values: r.actors[a].cumulative.map((v) => v / 1e6), color: PALETTE[i] })),
    { name: app.t('investor'), values: inv.cumulative.map((v) => v / 1e6), color: PALETTE[3], dashed: true },
  ];
  const summary = series.map((s) => `${s.name} ${num(L, s.values[H - 1], 2)}`).join('; ');
  out.push(h('figure', { class: 'chart-box', id: 'contract-chart' }, h('figcaption', {}, `${app.t('cumulativeDiscounted')} (${app.t('dkkm')})`),
    lineChart({ title: `${app.t('cumulativeDiscounted')} (${app.t('dkkm')})`, summary, categories: cats, series, fmt: (v) => num(L, v, 1, 0) })));

  const costs = inv.flows.map((f, t) => r.payments[t] - f);
  const head = [app.t('year'), app.t('payments'), app.t('cost'), app.t('investorFlow'), app.t('cumulativeDiscounted')];
  const table = h('table', { class: 'yearly', id: 'contract-flows' },
    h('caption', {}, app.t('investorFlows')),
    h('thead', {}, h('tr', {}, ...head.map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...r.years.map((y, t) => h('tr', {},
      h('th', { scope: 'row' }, String(y)),
      ...[r.payments[t], costs[t], inv.flows[t], inv.cumulative[t]].map((v) => h('td', { 'data-value': String(v) }, mio(L, v)))))));
  out.push(h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('investorFlows') }, table));
  return out;
}


export const contractTab: PaneTab = {
  id: 'contract',
  label: { en: 'Contract', da: 'Kontrakt' },
  render(panel: HTMLElement, app: App) {
    const L = app.lang;
    const baseNote = h('p', { class: 'note', id: 'contract-base' });
    const general = h('p', { class: 'error general', id: 'contract-general-error', role: 'alert', hidden: true });
    const stale = h('p', { class: 'notice', id: 'contract-stale', role: 'status', hidden: true });
    const body = h('div', { id: 'contract-results' });
    const errors = new Map<string, { err: HTMLElement; input: HTMLInputElement; help: string }>();
    let lastOk: Extract<ContractOutcome, { ok: true }> | undefined;

    const fields = TERM_PARAMS.map((m) => {
      const id = fid(m.key);
      const helpId = `${id}-help`;
      const input = h('input', {
        id, name: m.key, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': helpId,
        placeholder: m.default !== undefined ? inputText(L, m.default) : app.t(m.required ? 'required' : 'notGiven'),
        oninput: () => {
          const v = parseInput(input.value, L, m);
          if (v === undefined) delete terms[m.key];
          else terms[m.key] = v;
          update();
          termsChanged();
        },
      });
      input.value = inputText(L, terms[m.key]);
      const err = h('p', { class: 'error', id: `${id}-error`, hidden: true });
      errors.set(m.key, { err, input, help: helpId });
      return h('div', { class: 'field', 'data-key': m.key },
        h('label', { for: id }, m.label[L], h('span', { class: 'unit' }, ` (${m.unit[L]})`)),
        input, err, h('p', { class: 'help', id: helpId }, helpText(app, m)));
    });

    const update = () => {
      const c = contractCase(app);
      baseNote.textContent = c.fromModelTab ? app.t('contractOnCase', { name: c.name }) : app.t('contractOnHolbaek');
      const o = evaluateContractTerms(app);
      for (const [key, f] of errors) {
        const msg = o.ok ? undefined : o.fieldErrors.get(key);
        f.err.textContent = msg ?? '';
        f.err.hidden = !msg;
        if (msg) {
          f.input.setAttribute('aria-invalid', 'true');
          f.input.setAttribute('aria-describedby', `${f.err.id} ${f.help}`);
        } else {
          f.input.removeAttribute('aria-invalid');
          f.input.setAttribute('aria-describedby', f.help);
        }
      }
      const g = !o.ok && o.general ? `${app.t('contractInvalid')}: ${o.general}` : '';
      general.textContent = g;
      general.hidden = g === '';
      stale.textContent = o.ok ? '' : app.t('staleNotice');
      stale.hidden = o.ok;
      body.classList.toggle('stale', !o.ok);
      if (o.ok) lastOk = o;
      clear(body);
      if (lastOk) body.append(...resultNodes(app, lastOk));
    };

    panel.append(
      h('h2', {}, app.t('contractTitle')),
      baseNote,
      h('section', { class: 'editor', 'aria-labelledby': 'contract-terms-title' }, h('h3', { id: 'contract-terms-title' }, app.t('contractTerms')), ...fields, general),
      h('section', { class: 'results', 'aria-labelledby': 'contract-results-title' }, h('h3', { id: 'contract-results-title' }, app.t('results')), stale, body),
    );
    update();
    app.on('result', update);
    app.on('scenario', update);
  },
};
