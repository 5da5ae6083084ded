/**
 * Unsaved edits survive a reload: the scenario being edited is kept as a draft (in this browser's
 * localStorage, which Office's task-pane web view has too) from the first edit until it is saved or
 * another scenario is opened. A draft that cannot be read is ignored, never trusted.
 */
import type { App } from './app';
import { Scenario, cloneScenario } from './storage';

export const DRAFT_KEY = 'dsi.taskpane.draft';
const DRAFT_FORMAT = 'dsi-taskpane-draft';

export interface DraftStore {
  read(): string | null;
  write(text: string): void;
  remove(): void;
}

export function localDraftStore(): DraftStore | undefined {
  try {
    const ls = window.localStorage;
    ls.getItem(DRAFT_KEY);
    return { read: () => ls.getItem(DRAFT_KEY), write: (t) => ls.setItem(DRAFT_KEY, t), remove: () => ls.removeItem(DRAFT_KEY) };
  } catch {
    return undefined;
  }
}

/** The draft's scenario, or undefined when there is none or it is not one this pane wrote. */
export function parseDraft(text: string | null): Scenario | undefined {
  if (!text) return undefined;
  try {
    const d = JSON.parse(text);
    const s = d?.scenario;
    const ok = d?.format === DRAFT_FORMAT && d.version === 1 && s && typeof s.id === 'string' && typeof s.name === 'string'
      && (s.kind === 'case' || s.kind === 'fund') && s.values && typeof s.values === 'object' && !Array.isArray(s.values);
    return ok ? cloneScenario(s) : undefined;
  } catch {
    return undefined;
  }
}

export function draftText(s: Scenario): string {
  return JSON.stringify({ format: DRAFT_FORMAT, version: 1, scenario: s });
}

/** Whether the scenario being edited has edits not saved (and so is kept as a draft). */
const state = { unsaved: false, restored: false };

export function isUnsaved(): boolean {
  return state.unsaved;
}

/** Once per page, before the tabs are built: open the draft left by the last session. */
export function restoreDraft(app: App, store: DraftStore | undefined): void {
  if (state.restored) return;
  state.restored = true;
  const s = parseDraft(store?.read() ?? null);
  if (!s) return;
  app.setScenario(s);
  state.unsaved = true;
}

/** Keeps the draft in step with the edits (subscribed again after every rebuild of the shell). */
export function keepDraft(app: App, store: DraftStore | undefined): void {
  let opening = false;
  const clear = () => {
    state.unsaved = false;
    store?.remove();
  };
  app.on('scenario', () => {
    clear();
    // setScenario emits 'values' next: that is the opening, not an edit.
    opening = true;
  });
  app.on('values', () => {
    if (opening) {
      opening = false;
      return;
    }
    state.unsaved = true;
    try {
      store?.write(draftText(app.current));
    } catch {
      // Storage full or refused: the edits still stand on screen; nothing else to do.
    }
  });
  app.on('store', () => {
    const saved = app.store.get(app.current.id);
    if (saved && JSON.stringify(saved.values) === JSON.stringify(app.current.values) && saved.name === app.current.name) clear();
  });
}
