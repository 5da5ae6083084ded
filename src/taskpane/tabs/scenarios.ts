/** Scenarios tab: name, save, and the saved list (open, duplicate, rename, delete). */
import type { App } from '../app';
import type { PaneTab } from '../tabs';
import { h, clear } from '../dom';
import { newId, cloneScenario } from '../storage';

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
    const saveAs = async (asNew: boolean) => {
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
      selectNext = s.id;
      say(app.t('saved', { name }));
      app.emit('store');
    };
    const save = h('button', { type: 'button', id: 'scenario-save', onclick: () => saveAs(false) }, app.t('save'));
    const saveNew = h('button', { type: 'button', id: 'scenario-save-new', onclick: () => saveAs(true) }, app.t('saveAsNew'));

    const list = h('fieldset', { id: 'saved-list', class: 'saved' });
    const newName = h('input', { id: 'rename-input', type: 'text', autocomplete: 'off', maxlength: 120 });
    let pendingDelete: string | undefined;
    let selectNext: string | undefined;
    const selected = (): string | undefined => (list.querySelector('input[name="saved-scenario"]:checked') as HTMLInputElement | null)?.value;
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
      if (pendingDelete !== id) {
        pendingDelete = id;
        return say(app.t('confirmDelete', { name: s.name }));
      }
      pendingDelete = undefined;
      await app.store.remove(id);
      say(app.t('deleted', { name: s.name }));
      app.emit('store');
    }) }, app.t('delete'));

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
          pendingDelete = undefined;
          newName.value = s.name;
        } });
        if (s.id === keep || (!keep && i === 0)) radio.checked = true;
        if (s.id === saved) newName.value = s.name;
        // The name is user text: it goes in as a text node, never as markup.
        list.append(h('div', { class: 'saved-item' }, radio, h('label', { for: id, class: 'scenario-label' }, s.name), h('span', { class: 'kind' }, ` (${s.kind})`)));
      });
      const any = all.length > 0;
      for (const b of [openBtn, dupBtn, renameBtn, deleteBtn]) b.disabled = !any;
      if (any && !newName.value) newName.value = all.find((s) => s.id === selected())?.name ?? '';
    };

    const drawStoreNote = () => {
      clear(storeNote);
      const st = app.store.state;
      if (st.status === 'ok') {
        storeNote.append(h('p', { class: 'note' }, app.t(app.store.backend.where === 'workbook' ? 'storeWorkbook' : app.store.backend.where === 'browser' ? 'storeBrowser' : 'storeUnavailable', { detail: 'memory' })));
        return;
      }
      const msg = st.status === 'newer' ? app.t('storeNewer', { detail: st.detail }) : st.status === 'foreign' ? app.t('storeForeign', { detail: st.detail }) : app.t('storeCorrupt', { detail: st.detail });
      const raw = h('textarea', { id: 'store-raw', readonly: true, rows: 4, 'aria-label': app.t('rawData') });
      raw.value = typeof st.raw === 'string' ? st.raw : JSON.stringify(st.raw ?? null);
      storeNote.append(h('div', { class: 'store-problem', role: 'alert', id: 'store-problem' }, h('p', {}, msg), raw));
    };

    panel.append(
      h('h2', {}, app.t('tabScenarios')),
      storeNote,
      h('div', { class: 'field' }, h('label', { for: 'scenario-name' }, app.t('scenarioName')), nameInput),
      h('div', { class: 'buttons' }, save, saveNew),
      status,
      list,
      h('div', { class: 'field' }, h('label', { for: 'rename-input' }, app.t('scenarioName')), newName),
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
