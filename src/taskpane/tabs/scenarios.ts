/** Scenarios tab: name, save, and the saved list (open, duplicate, rename, delete). */
import type { App } from '../app';
import type { PaneTab } from '../tabs';
import { h, clear } from '../dom';
import { newId, cloneScenario } from '../storage';

/** Where the scenarios are kept, or why the saved data cannot be used (with the raw data to copy). */
function storeNoteContent(app: App): HTMLElement {
  const st = app.store.state;
  if (st.status === 'ok') {
    return h('p', { class: 'note' }, app.t(app.store.backend.where === 'workbook' ? 'storeWorkbook' : app.store.backend.where === 'browser' ? 'storeBrowser' : 'storeUnavailable', { detail: 'memory' }));
  }
  const msg = st.status === 'newer' ? app.t('storeNewer', { detail: st.detail }) : st.status === 'foreign' ? app.t('storeForeign', { detail: st.detail }) : app.t('storeCorrupt', { detail: st.detail });
  const raw = h('textarea', { id: 'store-raw', readonly: true, rows: 4, 'aria-label': app.t('rawData') });
  raw.value = typeof st.raw === 'string' ? st.raw : JSON.stringify(st.raw ?? null);
  return h('div', { class: 'store-problem', role: 'alert', id: 'store-problem' }, h('p', {}, msg), raw);
}

interface ListContext {
  app: App;
  selected: () => string | undefined;
  newName: HTMLInputElement;
  nameInput: HTMLInputElement;
  say: (msg: string) => void;
  guard: () => boolean;
  /** The scenario whose delete awaits its confirming second press. */
  pending: { id?: string };
}

/** The saved list's buttons: open, duplicate, rename, delete (pressed twice). */
function listActions(c: ListContext): HTMLButtonElement[] {
  const { app, selected, newName, nameInput, say, guard, pending } = c;
  const act = (fn: (id: string) => Promise<void> | void) => async () => {
    const id = selected();
    if (!id) return;
    try {
      await fn(id);
    } catch (e) {
      say((e as Error).message);
    }
  };
  const openBtn = h('button', { type: 'button', id: 'scenario-open', onclick: act((id) => {
    const s = app.store.get(id)!;
    app.setScenario(s);
    nameInput.value = s.name;
    say(app.t('opened', { name: s.name }));
  }) }, app.t('open'));
  const dupBtn = h('button', { type: 'button', id: 'scenario-duplicate', onclick: act(async (id) => {
    if (!guard()) return;
    const s = app.store.get(id)!;
    const copy = { ...s, id: newId(), name: app.t('copyOf', { name: s.name }) };
    await app.store.put(copy);
    say(app.t('saved', { name: copy.name }));
    app.emit('store');
  }) }, app.t('duplicate'));
  const renameBtn = h('button', { type: 'button', id: 'scenario-rename', onclick: act(async (id) => {
    const name = newName.value.trim();
    if (!name) return say(app.t('emptyName'));
    if (!guard()) return;
    await app.store.rename(id, name);
    if (app.current.id === id) {
      app.current.name = name;
      nameInput.value = name;
    }
    say(app.t('renamed', { name }));
    app.emit('store');
  }) }, app.t('rename'));
  const deleteBtn = h('button', { type: 'button', id: 'scenario-delete', class: 'danger', onclick: act(async (id) => {
    if (!guard()) return;
    const s = app.store.get(id)!;
    if (pending.id !== id) {
      pending.id = id;
      return say(app.t('confirmDelete', { name: s.name }));
    }
    pending.id = undefined;
    await app.store.remove(id);
    say(app.t('deleted', { name: s.name }));
    app.emit('store');
  }) }, app.t('delete'));
  return [openBtn, dupBtn, renameBtn, deleteBtn];
}

/** Saves the scenario being edited under the name typed (as a new one, or over itself). */
async function saveCurrent(app: App, nameInput: HTMLInputElement, asNew: boolean, say: (msg: string) => void, guard: () => boolean, onSaved: (id: string) => void): Promise<void> {
  const name = nameInput.value.trim();
  if (!name) return say(app.t('emptyName'));
  if (!app.outcome.ok) return say(app.t('invalidCannotSave'));
  if (!guard()) return;
  const s = cloneScenario({ ...app.current, name, id: asNew ? newId() : app.current.id });
  try {
    await app.store.put(s);
  } catch (e) {
    return say((e as Error).message);
  }
  app.current.id = s.id;
  app.current.name = name;
  // The list then selects the scenario just saved (after "save as new": the new one).
  onSaved(s.id);
  say(app.t('saved', { name }));
  app.emit('store');
}

export const scenariosTab: PaneTab = {
  id: 'scenarios',
  label: { en: 'Scenarios', da: 'Scenarier' },
  render(panel: HTMLElement, app: App) {
    const status = h('p', { class: 'status', id: 'scenario-status', role: 'status' });
    const say = (msg: string) => {
      status.textContent = msg;
      app.announce(msg);
    };
    const storeNote = h('div', { id: 'store-note' });
    const nameInput = h('input', { id: 'scenario-name', type: 'text', autocomplete: 'off', maxlength: 120, oninput: () => {
      app.current.name = nameInput.value;
    } });
    nameInput.value = app.current.name;
    const guard = (): boolean => {
      if (app.store.blocked) {
        say(app.t('storeBlockedSave'));
        return false;
      }
      return true;
    };
    const saveAs = (asNew: boolean) => saveCurrent(app, nameInput, asNew, say, guard, (id) => {
      selectNext = id;
    });
    const save = h('button', { type: 'button', id: 'scenario-save', onclick: () => saveAs(false) }, app.t('save'));
    const saveNew = h('button', { type: 'button', id: 'scenario-save-new', onclick: () => saveAs(true) }, app.t('saveAsNew'));

    const list = h('fieldset', { id: 'saved-list', class: 'saved' });
    const newName = h('input', { id: 'rename-input', type: 'text', autocomplete: 'off', maxlength: 120 });
    const pending: { id?: string } = {};
    let selectNext: string | undefined;
    const selected = (): string | undefined => (list.querySelector('input[name="saved-scenario"]:checked') as HTMLInputElement | null)?.value;
    const [openBtn, dupBtn, renameBtn, deleteBtn] = listActions({ app, selected, newName, nameInput, say, guard, pending });

    const drawList = () => {
      const saved = selectNext;
      const keep = saved ?? selected();
      selectNext = undefined;
      clear(list);
      list.append(h('legend', {}, app.t('savedScenarios')));
      const all = app.store.all();
      if (all.length === 0) list.append(h('p', {}, app.t('noScenarios')));
      all.forEach((s, i) => {
        const id = `saved-${i}`;
        const radio = h('input', { type: 'radio', name: 'saved-scenario', id, value: s.id, onchange: () => {
          pending.id = undefined;
          newName.value = s.name;
        } });
        if (s.id === keep || (!keep && i === 0)) radio.checked = true;
        if (s.id === saved) newName.value = s.name;
        // The name is user text: it goes in as a text node, never as markup.
        list.append(h('div', { class: 'saved-item' }, radio, h('label', { for: id, class: 'scenario-label' }, s.name), h('span', { class: 'kind' }, ` (${app.t(s.kind === 'fund' ? 'kindFund' : 'kindCase')})`)));
      });
      const any = all.length > 0;
      for (const b of [openBtn, dupBtn, renameBtn, deleteBtn]) b.disabled = !any;
      if (any && !newName.value) newName.value = all.find((s) => s.id === selected())?.name ?? '';
    };

    const drawStoreNote = () => {
      clear(storeNote);
      storeNote.append(storeNoteContent(app));
    };

    panel.append(
      h('h2', {}, app.t('tabScenarios')),
      storeNote,
      h('div', { class: 'field' }, h('label', { for: 'scenario-name' }, app.t('scenarioName')), nameInput),
      h('div', { class: 'buttons' }, save, saveNew),
      status,
      list,
      h('div', { class: 'field' }, h('label', { for: 'rename-input' }, app.t('renameLabel')), newName),
      h('div', { class: 'buttons' }, openBtn, dupBtn, renameBtn, deleteBtn),
    );
    for (const b of [save, saveNew]) b.disabled = app.store.blocked;
    drawStoreNote();
    drawList();
    app.on('store', drawList);
    app.on('scenario', () => {
      nameInput.value = app.current.name;
    });
  },
};
