/** The shell: header (title, language, host note), an ARIA tab list, one panel per registered tab. */
import type { App } from './app';
import type { Text } from '../model';
import { h, clear } from './dom';
import type { Lang } from './i18n';
import { applyOfficeTheme } from './theme';
import { restoreDraft, keepDraft, localDraftStore } from './draft';

export interface PaneTab {
  /** Stable id: used in element ids (tab-ID, panel-ID) and by tests. */
  id: string;
  label: Text;
  /** Builds the panel's content; subscribe to app events with app.on (cleared on every rebuild). */
  render(panel: HTMLElement, app: App): void;
}

export function renderShell(root: HTMLElement, app: App, tabs: readonly PaneTab[], activeId: string, onLang: (l: Lang) => void): void {
  clear(root);
  applyOfficeTheme();
  const drafts = localDraftStore();
  restoreDraft(app, drafts);
  keepDraft(app, drafts);
  document.documentElement.lang = app.lang;
  document.title = app.t('appTitle');
  const live = h('div', { class: 'sr-only', id: 'announcer', 'aria-live': 'polite' });
  app.announce = (msg) => {
    live.textContent = '';
    // A new text node each time so repeated messages are read again.
    setTimeout(() => (live.textContent = msg), 30);
  };
  const langSel = h('select', { id: 'lang-select', onchange: () => onLang(langSel.value as Lang) },
    h('option', { value: 'en', lang: 'en' }, 'English'), h('option', { value: 'da', lang: 'da' }, 'Dansk'));
  langSel.value = app.lang;
  const header = h('header', {},
    h('h1', {}, app.t('appTitle')),
    h('div', { class: 'lang' }, h('label', { for: 'lang-select' }, app.t('language')), langSel),
    h('p', { class: 'host-note', id: 'host-note' }, app.t(app.host.excel ? 'hostExcel' : 'hostBrowser')));
  const list = h('div', { role: 'tablist', 'aria-label': app.t('tabsLabel'), class: 'tabs' });
  const panels: HTMLElement[] = [];
  const buttons: HTMLButtonElement[] = [];
  const select = (i: number, focus: boolean) => {
    buttons.forEach((b, j) => {
      b.setAttribute('aria-selected', String(i === j));
      b.tabIndex = i === j ? 0 : -1;
      panels[j].hidden = i !== j;
    });
    if (focus) buttons[i].focus();
    root.dataset.activeTab = tabs[i].id;
  };
  tabs.forEach((t, i) => {
    const b = h('button', { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}`, onclick: () => select(i, false) }, t.label[app.lang]);
    b.addEventListener('keydown', (e: KeyboardEvent) => {
      const n = tabs.length;
      const to = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
      if (to >= 0) {
        e.preventDefault();
        select(to, true);
      }
    });
    buttons.push(b);
    list.append(b);
    const panel = h('section', { role: 'tabpanel', id: `panel-${t.id}`, 'aria-labelledby': `tab-${t.id}`, tabindex: 0 });
    panels.push(panel);
  });
  root.append(header, h('nav', {}, list), h('main', {}, ...panels), live);
  tabs.forEach((t, i) => t.render(panels[i], app));
  select(Math.max(0, tabs.findIndex((t) => t.id === activeId)), false);
}
