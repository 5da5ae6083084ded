/**
 * The scenario editor, generated from the model's zod metadata (paramRegistry): labels, units, help,
 * rule sentence (ruleText), defaults. Nothing about a parameter is written here by hand.
 */
import { MODELS, ParamMeta, ruleText, PRESETS, findPreset } from '../model';
import { groupParams, GROUP_LABELS, GroupId } from './groups';
import type { App } from './app';
import { h, clear } from './dom';
import { inputText, parseInput } from './format';
import { newId } from './storage';
import { scenarioFromPreset } from './evaluate';

const fieldId = (key: string) => `field-${key}`;
const errId = (key: string) => `field-${key}-error`;
const helpId = (key: string) => `field-${key}-help`;

/** A field's help: description, rule, default or required, key (also the Contract tab's terms). */
export function helpText(app: App, m: ParamMeta): string {
  const lang = app.lang;
  const rule = ruleText(m, lang);
  const parts = [`${m.description[lang]}.`, `${app.t('rule')}: ${rule}${m.note ? `; ${m.note[lang]}` : ''}.`];
  if (m.default !== undefined) {
    const d = Array.isArray(m.default) ? (m.default as number[]).map((x) => inputText(lang, x)).join('; ') : inputText(lang, m.default);
    parts.push(`${app.t('defaultIs')}: ${d}.`.replace(/^./, (c) => c.toUpperCase()));
  } else if (m.required) parts.push(`${app.t('required')}.`.replace(/^./, (c) => c.toUpperCase()));
  return `${parts.join(' ')} (${m.key})`;
}

/** The preset picker and the calibration caveat of the scenario's preset. */
export function renderStart(root: HTMLElement, app: App): void {
  const select = h('select', { id: 'start-select' });
  const group = (label: string, kind: 'case' | 'fund') =>
    h('optgroup', { label }, ...PRESETS.filter((p) => p.kind === kind).map((p) => h('option', { value: `preset:${p.name}` }, `${p.name}: ${p.description[app.lang]}`)),
      h('option', { value: `blank:${kind}` }, app.t(kind === 'case' ? 'blankCase' : 'blankFund')));
  select.append(group(app.t('presetsCase'), 'case'), group(app.t('presetsFund'), 'fund'));
  const cur = app.current.preset ? `preset:${app.current.preset}` : `blank:${app.current.kind}`;
  select.value = cur;
  const load = h('button', { type: 'button', id: 'start-load', onclick: () => {
    const [how, what] = select.value.split(':');
    const s = how === 'preset' ? scenarioFromPreset(what, 'case', newId(), what) : scenarioFromPreset(undefined, what as 'case' | 'fund', newId(), app.t('unnamed'));
    app.setScenario(s);
    app.announce(app.t('opened', { name: s.name }));
  } }, app.t('load'));
  const caveat = h('aside', { class: 'caveat', id: 'caveat', 'aria-label': app.t('caveatTitle') });
  const showCaveat = () => {
    clear(caveat);
    const p = app.current.preset ? findPreset(app.current.preset) : undefined;
    caveat.hidden = !p?.caveat;
    if (p?.caveat) caveat.append(h('strong', {}, `${app.t('caveatTitle')}: `), p.caveat[app.lang]);
  };
  showCaveat();
  app.on('scenario', () => {
    select.value = app.current.preset ? `preset:${app.current.preset}` : `blank:${app.current.kind}`;
    showCaveat();
  });
  root.append(h('div', { class: 'start-row' }, h('label', { for: 'start-select' }, app.t('start')), select, load), caveat);
}

/** Inputs and error lines of the editor's fields by key, for marking errors in place. */
export interface FieldRegistry {
  inputs: Map<string, HTMLInputElement[]>;
  errors: Map<string, HTMLElement>;
}

function scalarField(app: App, m: ParamMeta, reg: FieldRegistry): HTMLElement {
  const v = app.current.values[m.key];
  const input = h('input', {
    id: fieldId(m.key), name: m.key, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': helpId(m.key),
    placeholder: m.default !== undefined ? inputText(app.lang, m.default) : app.t(m.required ? 'required' : 'notGiven'),
    oninput: () => app.setValue(m.key, parseInput(input.value, app.lang, m)),
  });
  input.value = inputText(app.lang, v);
  reg.inputs.set(m.key, [input]);
  const err = h('p', { class: 'error', id: errId(m.key), hidden: true });
  reg.errors.set(m.key, err);
  return h('div', { class: 'field', 'data-key': m.key },
    h('label', { for: fieldId(m.key) }, m.label[app.lang], h('span', { class: 'unit' }, ` (${m.unit[app.lang]})`)),
    input, err, h('p', { class: 'help', id: helpId(m.key) }, helpText(app, m)));
}

/** A value per year: one box each, with buttons to add a year and remove the last. */
function vectorField(app: App, m: ParamMeta, reg: FieldRegistry): HTMLElement {
  const given = app.current.values[m.key];
  const fallback = m.default as readonly number[] | number | undefined;
  let values: unknown[] = given === undefined ? (fallback === undefined ? [undefined] : ([] as unknown[]).concat(fallback)) : ([] as unknown[]).concat(given);
  const row = h('div', { class: 'vector-inputs' });
  const err = h('p', { class: 'error', id: errId(m.key), hidden: true });
  reg.errors.set(m.key, err);
  const inputs = () => Array.from(row.querySelectorAll('input')) as HTMLInputElement[];
  const commit = () => {
    const vals = inputs().map((i) => parseInput(i.value, app.lang, m));
    app.setValue(m.key, m.kind === 'rates' && vals.length === 1 ? vals[0] : vals);
  };
  const draw = () => {
    clear(row);
    values.forEach((x, i) => {
      const input = h('input', {
        id: i === 0 ? fieldId(m.key) : `${fieldId(m.key)}-${i + 1}`, type: 'text', inputmode: 'decimal', autocomplete: 'off', size: 5,
        'aria-label': `${m.label[app.lang]}, ${app.t('yearN')} ${i + 1}`, 'aria-describedby': helpId(m.key),
        oninput: () => {
          values = inputs().map((el) => el.value);
          commit();
        },
      });
      input.value = inputText(app.lang, x);
      row.append(input);
    });
    reg.inputs.set(m.key, inputs());
    remove.disabled = values.length <= 1;
  };
  const add = h('button', { type: 'button', class: 'small', 'aria-label': `${app.t('addYear')}: ${m.label[app.lang]}`, onclick: () => {
    values = [...inputs().map((el) => el.value), ''];
    draw();
    commit();
    inputs()[values.length - 1].focus();
  } }, '+');
  const remove = h('button', { type: 'button', class: 'small', 'aria-label': `${app.t('removeYear')}: ${m.label[app.lang]}`, onclick: () => {
    values = inputs().map((el) => el.value).slice(0, -1);
    draw();
    commit();
  } }, '−');
  draw();
  return h('fieldset', { class: 'field vector', 'data-key': m.key, 'aria-describedby': helpId(m.key) },
    h('legend', { id: `${fieldId(m.key)}-legend` }, m.label[app.lang], h('span', { class: 'unit' }, ` (${m.unit[app.lang]}; ${app.t('vectorHint')})`)),
    h('div', { class: 'vector-row' }, row, add, remove), err, h('p', { class: 'help', id: helpId(m.key) }, helpText(app, m)));
}

/** Each field's message from the last evaluation, at the field (aria-invalid, described by it). */
function markErrors(app: App, reg: FieldRegistry, general: HTMLElement): void {
  const o = app.outcome;
  for (const [key, err] of reg.errors) {
    const msg = o.ok ? undefined : o.fieldErrors.get(key);
    err.textContent = msg ?? '';
    err.hidden = !msg;
    for (const input of reg.inputs.get(key) ?? []) {
      if (msg) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${errId(key)} ${helpId(key)}`);
      } else {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', helpId(key));
      }
    }
  }
  const g = !o.ok && o.general ? `${app.t('generalError')}: ${o.general}` : '';
  general.textContent = g;
  general.hidden = g === '';
}

/** Sections the user folded away, kept across rebuilds (language switch, another scenario). */
const closedGroups = new Set<GroupId>();

export function renderEditor(root: HTMLElement, app: App): void {
  const box = h('section', { class: 'editor', 'aria-labelledby': 'editor-title' });
  root.append(box);
  const reg: FieldRegistry = { inputs: new Map(), errors: new Map() };
  const general = h('p', { class: 'error general', id: 'general-error', role: 'alert' });
  const build = () => {
    clear(box);
    reg.inputs.clear();
    reg.errors.clear();
    const kind = app.current.kind;
    box.append(h('h2', { id: 'editor-title' }, `${app.t('assumptions')}: ${app.t(kind === 'case' ? 'caseModel' : 'fundModel')}`));
    for (const g of groupParams(kind, MODELS[kind].params)) {
      const section = h('details', { class: 'group', id: `group-${g.id}`, open: !closedGroups.has(g.id), ontoggle: () => {
        if (section.open) closedGroups.delete(g.id);
        else closedGroups.add(g.id);
      } }, h('summary', {}, GROUP_LABELS[g.id][app.lang]),
      ...g.params.map((m) => (m.kind === 'vector' || m.kind === 'rates' ? vectorField(app, m, reg) : scalarField(app, m, reg))));
      box.append(section);
    }
    box.append(general);
    markErrors(app, reg, general);
  };
  build();
  app.on('scenario', build);
  app.on('values', () => markErrors(app, reg, general));
}
