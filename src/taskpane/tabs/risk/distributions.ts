/** The Risk tab's distributions editor: one row per parameter (key, distribution, its values). */
import { SIM_MODELS, defaultDistributionSpecs, DEFAULT_DISTRIBUTION_REASONING, DistKind, ParamMeta, unitsKeys, unitsMeta } from '../../../model';
import type { App } from '../../app';
import type { Lang } from '../../i18n';
import { h, clear } from '../../dom';
import { inputText } from '../../format';
import { buildDistributions, rowsFromSpecs, DistRow, DIST_ARGS, DIST_KINDS, DIST_NAMES } from '../analyticsView';
import { RiskContext, Kind, baseParams } from './shared';

/** Kept across language switches; undefined rows follow the default distributions of the inputs. */
const state: { rows?: DistRow[] } = {};

/** Keys a distribution can be given for: single numbers (whole numbers only as fixed, which the model checks). */
function distributable(kind: Kind): ParamMeta[] {
  return SIM_MODELS[kind].params.filter((m: ParamMeta) => m.kind === 'number' || m.kind === 'rates' || m.kind === 'integer');
}

export interface DistEditor {
  el: HTMLElement;
  rows(): DistRow[];
  /** Redraws; when the rows follow the defaults only, pass onlyDefaults. */
  draw(onlyDefaults?: boolean): void;
  markErrors(): void;
  /** Back to the default distributions (the kind changed). */
  reset(): void;
}

const focus = (id: string) => (document.getElementById(id) as HTMLElement | null)?.focus();

/** What a row needs from its editor. */
interface RowHooks {
  app: App;
  edit(f: (rs: DistRow[]) => void): void;
  /** Redraw, tell the section, and focus the element with this id. */
  changed(focusId?: string): void;
  markErrors(): void;
  onChange(): void;
}

function rowNode(e: RowHooks, r: DistRow, i: number, keys: ParamMeta[], err: string | undefined): HTMLElement {
  const { app, edit, changed, markErrors, onChange } = e;
  const L = app.lang;
  const meta = keys.find((m) => m.key === r.key);
  const name = meta ? meta.label[L] : r.key;
  const errId = `risk-dist-${i}-error`;
  const keySel = h('select', { id: `risk-dist-${i}-key`, class: 'key', 'aria-label': `${app.t('parameter')} ${i + 1}`, onchange: () => {
    edit((rs) => (rs[i].key = keySel.value));
    changed(`risk-dist-${i}-key`);
  } }, ...keys.map((m) => h('option', { value: m.key }, `${m.label[L]} (${m.key})`)));
  keySel.value = r.key;
  const kindSel = h('select', { id: `risk-dist-${i}-kind`, 'aria-label': `${app.t('distribution')}: ${name}`, onchange: () => {
    edit((rs) => (rs[i].kind = kindSel.value as DistKind));
    changed(`risk-dist-${i}-kind`);
  } }, ...DIST_KINDS.map((k) => h('option', { value: k }, DIST_NAMES[k][L])));
  kindSel.value = r.kind;
  const argInputs = DIST_ARGS[r.kind].map((a, j) => {
    const inp = h('input', {
      id: `risk-dist-${i}-arg-${j}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', size: 7,
      'aria-label': `${name}: ${a[L]}`, placeholder: a[L], 'aria-invalid': err ? 'true' : undefined, 'aria-describedby': err ? errId : undefined,
      oninput: () => {
        edit((rs) => (rs[i].args[j] = inp.value));
        markErrors();
        onChange();
      },
    });
    inp.value = r.args[j] ?? '';
    // The box's role in its distribution (min, mode, max; mean, sd) stays visible once filled.
    return h('label', { class: 'dist-arg' }, h('span', { 'aria-hidden': 'true' }, a[L]), inp);
  });
  const rm = h('button', { type: 'button', class: 'small', id: `risk-dist-${i}-remove`, 'aria-label': `${app.t('removeDist')}: ${name}`, onclick: () => {
    edit((rs) => rs.splice(i, 1));
    changed('risk-add');
  } }, '×');
  return h('div', { class: 'dist-row', 'data-key': r.key }, keySel, kindSel, ...argInputs, rm,
    h('p', { class: 'error', id: errId, hidden: !err }, err ?? ''));
}

/** Re-checks the rows in place (no rebuild, so typing keeps its focus). */
function markRowErrors(kind: Kind, rows: DistRow[], lang: Lang): void {
  const { errors } = buildDistributions(SIM_MODELS[kind], rows, lang);
  rows.forEach((r, i) => {
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
}

export function distributionEditor(ctx: RiskContext, onChange: () => void): DistEditor {
  const { app } = ctx;
  const L = app.lang;
  const el = h('div', { id: 'risk-dists' });

  const rows = (): DistRow[] => {
    if (state.rows) return state.rows;
    const b = baseParams(app, ctx.kind());
    return b.params ? rowsFromSpecs(defaultDistributionSpecs(ctx.kind(), b.params), L) : [];
  };
  const edit = (f: (rs: DistRow[]) => void) => {
    const rs = rows().map((r) => ({ ...r, args: [...r.args] }));
    f(rs);
    state.rows = rs;
  };
  const changed = (focusId?: string) => {
    draw();
    onChange();
    if (focusId) focus(focusId);
  };

  const draw = (onlyDefaults = false) => {
    if (onlyDefaults && state.rows) return;
    clear(el);
    const rs = rows();
    const kind = ctx.kind();
    const { errors } = buildDistributions(SIM_MODELS[kind], rs, L);
    // The consequences' units (units:ID) can be drawn too (docs/budget-lines.md).
    const base = baseParams(app, kind).params;
    const keys = [...distributable(kind), ...(base ? unitsKeys(base).map((k) => unitsMeta(k, base) as ParamMeta) : [])];
    const list = h('div', { class: 'dists', id: 'risk-dist-table', role: 'group', 'aria-labelledby': 'risk-dists-title' },
      ...rs.map((r, i) => rowNode({ app, edit, changed, markErrors, onChange }, r, i, keys, errors.get(i))));
    const add = h('button', { type: 'button', id: 'risk-add', onclick: () => {
      const used = new Set(rows().map((r) => r.key));
      const free = keys.find((m) => !used.has(m.key) && m.kind === 'number');
      if (!free) return;
      const b = baseParams(app, ctx.kind()).params;
      const v = b ? (b[free.key] as number) : 0;
      edit((x) => x.push({ key: free.key, kind: 'fixed', args: [inputText(L, v)] }));
      changed(`risk-dist-${rows().length - 1}-key`);
    } }, app.t('addDist'));
    const reset = h('button', { type: 'button', id: 'risk-reset', onclick: () => {
      state.rows = undefined;
      changed();
    } }, app.t('resetDists'));
    el.append(h('h3', { id: 'risk-dists-title' }, app.t('distributions')), list, h('div', { class: 'buttons' }, add, reset),
      h('p', { class: 'help' }, app.t('distHint', { reason: DEFAULT_DISTRIBUTION_REASONING[L] })));
  };

  const markErrors = () => markRowErrors(ctx.kind(), rows(), L);

  return { el, rows, draw, markErrors, reset: () => (state.rows = undefined) };
}
