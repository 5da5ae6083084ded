/** The Risk tab's two-way grid: the output at every pair of values of two parameters. */
import { SIM_MODELS, isDomainError, grid, Grid, OUTPUTS, outputOf, ParamMeta, localMessage } from '../../../model';
import { h, clear } from '../../dom';
import { num } from '../../format';
import { figureUnit, gridDefaultValues, parseGridValues, gridValuesText, gridReference, gridCellClasses } from '../analyticsView';
import { RiskContext, Kind, layersOf, baseParams, fmtFigure, outputLabel } from './shared';

/** The grid's choices for one model kind; a text left undefined follows the default values. */
interface GridState {
  output: string;
  keyX: string;
  keyY: string;
  xText?: string;
  yText?: string;
}
/** Kept across language switches, one per kind. */
const state: Record<Kind, GridState> = {
  case: { output: 'kommune', keyX: 'successRate', keyY: 'gainKommune' },
  contract: { output: 'investor', keyX: 'successRate', keyY: 'outcomePrice' },
  fund: { output: 'cumulativePeople', keyX: 'repaymentMultiple', keyY: 'costPerParticipant' },
};

/** Keys a grid axis can take: the numbers of the current inputs (whole numbers and rows left out). */
function gridKeys(kind: Kind, params: Record<string, unknown>): ParamMeta[] {
  return SIM_MODELS[kind].params.filter((m: ParamMeta) => (m.kind === 'number' || m.kind === 'rates') && typeof params[m.key] === 'number');
}

const metaOf = (kind: Kind, key: string) => SIM_MODELS[kind].params.find((m: ParamMeta) => m.key === key) as ParamMeta;

/** Reads an axis' values box, marking its error in place (typing keeps its focus). */
function readAxis(ctx: RiskContext, which: 'x' | 'y', params: Record<string, unknown>) {
  const kind = ctx.kind();
  const gs = state[kind];
  const key = which === 'x' ? gs.keyX : gs.keyY;
  const meta = metaOf(kind, key);
  const text = (which === 'x' ? gs.xText : gs.yText) ?? gridValuesText(gridDefaultValues(meta, params[key] as number), ctx.app.lang);
  const parsed = parseGridValues(text, meta, ctx.app.lang);
  const input = document.getElementById(`grid-values-${which}`);
  const err = document.getElementById(`grid-values-${which}-error`);
  if (err) {
    err.textContent = parsed.error ?? '';
    err.hidden = !parsed.error;
  }
  if (parsed.error) input?.setAttribute('aria-invalid', 'true');
  else input?.removeAttribute('aria-invalid');
  return { key, meta, ...parsed };
}

function gridTable(ctx: RiskContext, g: Grid, params: Record<string, unknown>, ax: { key: string; meta: ParamMeta }, ay: { key: string; meta: ParamMeta }): HTMLElement[] {
  const { app } = ctx;
  const L = app.lang;
  const kind = ctx.kind();
  const baseOutput = outputOf(kind, g.output).get(SIM_MODELS[kind].evaluate(params));
  const ref = gridReference(kind, g.output, baseOutput);
  const classes = gridCellClasses(g.values, ref);
  const unit = figureUnit(g.output) === 'dkk' ? ` (${app.t('dkkm')})` : '';
  // Six significant digits on the axes (38,333.3 for a third); the exact value is in data-value.
  const axisText = (v: number) => num(L, Number(v.toPrecision(6)), 6, 0);
  const isBase = (k: string, v: number) => params[k] === v;
  const table = h('table', { class: 'grid', id: 'grid-table' },
    h('caption', {}, app.t('gridCaption', { output: `${outputLabel(app, kind, g.output)}${unit}`, x: ax.meta.label[L], y: ay.meta.label[L] })),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, `${ax.key} \\ ${ay.key}`),
      ...g.ys.map((y) => h('th', { scope: 'col', 'data-value': String(y), class: isBase(ay.key, y) ? 'grid-base' : undefined }, axisText(y))))),
    h('tbody', {}, ...g.xs.map((x, i) => h('tr', { 'data-x': String(x) },
      h('th', { scope: 'row', 'data-value': String(x), class: isBase(ax.key, x) ? 'grid-base' : undefined }, axisText(x)),
      ...g.values[i].map((v, j) => h('td', {
        class: `${classes[i][j]}${isBase(ax.key, x) && isBase(ay.key, g.ys[j]) ? ' grid-base' : ''}`,
        'data-x': String(x), 'data-y': String(g.ys[j]), 'data-value': String(v),
      }, fmtFigure(app, g.output, v)))))));
  const legendKey = kind === 'fund' ? 'gridLegendFund' : figureUnit(g.output) === 'multiple' ? 'gridLegendMultiple' : 'gridLegend';
  return [h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('gridTitle') }, table),
    h('p', { class: 'note', id: 'grid-legend' }, app.t(legendKey, { ref: fmtFigure(app, g.output, ref) }))];
}

/** One axis of the grid: its parameter and its values, typed as text and kept in the section's state. */
function axisBox(ctx: RiskContext, which: 'x' | 'y', keys: ParamMeta[], params: Record<string, unknown>, rebuild: (focusId: string) => void, drawTable: () => void): HTMLElement {
  const { app } = ctx;
  const L = app.lang;
  const gs = state[ctx.kind()];
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
    drawTable();
  } });
  valuesIn.value = gs[textProp] ?? gridValuesText(gridDefaultValues(metaOf(ctx.kind(), gs[keyProp]), params[gs[keyProp]] as number), L);
  return h('fieldset', { class: 'field grid-axis' },
    h('legend', {}, app.t(which === 'x' ? 'gridRows' : 'gridCols')),
    h('label', { for: `grid-key-${which}` }, app.t('parameter')), keySel,
    h('label', { for: `grid-values-${which}` }, app.t('gridValues')), valuesIn,
    h('p', { class: 'error', id: `grid-values-${which}-error`, hidden: true }));
}

export interface GridSection {
  el: HTMLElement;
  draw(): void;
}

export function gridSection(ctx: RiskContext): GridSection {
  const { app } = ctx;
  const el = h('div', { id: 'grid' });
  const result = h('div', { id: 'grid-result' });

  /** The table alone, so typing in the value boxes keeps its focus. */
  const drawTable = () => {
    clear(result);
    const kind = ctx.kind();
    const params = baseParams(app, kind).params;
    if (!params) return;
    const ax = readAxis(ctx, 'x', params);
    const ay = readAxis(ctx, 'y', params);
    if (ax.error || ay.error) return;
    let g: Grid;
    try {
      g = grid(kind, layersOf(app, kind), state[kind].output, ax.key, ax.values, ay.key, ay.values);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      result.append(h('p', { class: 'error', id: 'grid-error', role: 'alert' }, localMessage(e, app.lang)));
      return;
    }
    result.append(...gridTable(ctx, g, params, ax, ay));
  };

  const rebuild = (focusId: string) => {
    draw();
    (document.getElementById(focusId) as HTMLElement | null)?.focus();
  };

  const draw = () => {
    clear(el);
    const kind = ctx.kind();
    const gs = state[kind];
    el.append(h('h3', { id: 'grid-title' }, app.t('gridTitle')), h('p', { class: 'help' }, app.t('gridHint')));
    const params = baseParams(app, kind).params;
    if (!params) return; // the base error is shown above
    const keys = gridKeys(kind, params);
    if (!keys.some((m) => m.key === gs.keyX)) gs.keyX = keys[0].key;
    if (!keys.some((m) => m.key === gs.keyY) || gs.keyY === gs.keyX) gs.keyY = keys.find((m) => m.key !== gs.keyX)!.key;
    const outSel = h('select', { id: 'grid-output', onchange: () => {
      gs.output = outSel.value;
      rebuild('grid-output');
    } }, ...OUTPUTS[kind].map((o) => h('option', { value: o.name }, outputLabel(app, kind, o.name))));
    outSel.value = gs.output;
    const reset = h('button', { type: 'button', id: 'grid-reset', onclick: () => {
      gs.xText = undefined;
      gs.yText = undefined;
      rebuild('grid-reset');
    } }, app.t('gridReset'));
    el.append(
      h('div', { class: 'start-row' }, h('label', { for: 'grid-output' }, app.t('sensOutput')), outSel),
      axisBox(ctx, 'x', keys, params, rebuild, drawTable), axisBox(ctx, 'y', keys, params, rebuild, drawTable),
      h('p', { class: 'help', id: 'grid-values-hint' }, app.t('gridValuesHint')),
      h('div', { class: 'buttons' }, reset),
      result,
    );
    drawTable();
  };
  return { el, draw };
}
