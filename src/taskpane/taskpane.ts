/*
 * The DSI task pane: one page for two hosts, Excel (shared runtime) and a plain browser.
 *
 * HOW TO ADD A TAB (e.g. "Export", "Contract", "Risk"): write one module under src/taskpane/tabs/
 * exporting a `PaneTab` (see tabs.ts: an id, an {en, da} label and render(panel, app)), then add it
 * to TABS below - that one line is the registration. In render, build DOM with h() from dom.ts
 * (text only, never innerHTML), read app.current / app.lastValid, write to Excel through
 * app.host.excel (undefined outside Excel: disable the control and say why), and subscribe with
 * app.on('result' | 'values' | 'scenario' | 'store', fn). To add a section to an existing tab
 * (e.g. an "Export as plain workbook" button on the Excel tab), append it in that tab's render.
 */
import { App, HostInfo } from './app';
import { renderShell, PaneTab } from './tabs';
import { modelTab } from './tabs/model';
import { scenariosTab } from './tabs/scenarios';
import { compareTab } from './tabs/compare';
import { excelTab } from './tabs/excel';
import { exportTab } from './exportTab';
import { contractTab } from './tabs/contract';
import { riskTab } from './tabs/risk';
import { langFromTag, Lang } from './i18n';
import { ScenarioStore, localStorageBackend, officeSettingsBackend, memoryBackend, Backend, newId, Scenario } from './storage';
import { scenarioFromPreset } from './evaluate';
import { waitForHost, startupText } from './startup';
import { h } from './dom';

const TABS: PaneTab[] = [
  modelTab,
  scenariosTab,
  compareTab,
  contractTab,
  riskTab,
  excelTab,
  exportTab,
];

const LANG_KEY = 'dsi.taskpane.lang';

function browserStorage(): Storage | undefined {
  try {
    const ls = window.localStorage;
    ls.getItem(LANG_KEY);
    return ls;
  } catch {
    return undefined;
  }
}

function pickBackend(host: HostInfo): Backend {
  if (host.excel && Office.context?.document?.settings) return officeSettingsBackend(Office.context.document.settings);
  const ls = browserStorage();
  return ls ? localStorageBackend(ls) : memoryBackend();
}

function initialLang(): Lang {
  const saved = browserStorage()?.getItem(LANG_KEY);
  if (saved === 'da' || saved === 'en') return saved;
  const officeLang = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
  return langFromTag(officeLang || navigator.language);
}

/** Builds the pane for a host; called again (with the scenario on screen) when Excel answers late. */
function startApp(root: HTMLElement, host: HostInfo, initial?: Scenario): App {
  const store = new ScenarioStore(pickBackend(host));
  store.load();
  const app = new App(initialLang(), host, store, initial ?? scenarioFromPreset('holbaek-ips', 'case', newId(), 'holbaek-ips'));
  const draw = (active: string) =>
    renderShell(root, app, TABS, active, (lang) => {
      app.lang = lang;
      browserStorage()?.setItem(LANG_KEY, lang);
      app.clearListeners();
      draw(root.dataset.activeTab ?? TABS[0].id);
      document.getElementById('lang-select')?.focus();
    });
  draw(root.dataset.activeTab ?? TABS[0].id);
  return app;
}

/** The "Waiting for Excel…" note, created on the first call and updated on the next. */
function showWaiting(root: HTMLElement, seconds: number, goOn: () => void): void {
  const lang = initialLang();
  const note = document.getElementById('startup-waiting');
  if (note) {
    note.textContent = startupText(lang, 'waiting', { seconds });
    return;
  }
  root.replaceChildren(
    h('p', { id: 'startup-waiting', role: 'status' }, startupText(lang, 'waiting', { seconds })),
    h('button', { type: 'button', id: 'startup-go-on', 'aria-describedby': 'startup-go-on-help', onclick: goOn }, startupText(lang, 'goOn')),
    h('p', { class: 'help', id: 'startup-go-on-help' }, startupText(lang, 'goOnHelp')),
  );
}

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  // Read by startup-check.js: the bundle runs in this webview.
  root.dataset.started = 'true';
  let goOn: () => void = () => {};
  const { first, ready } = waitForHost(typeof Office === 'undefined' ? undefined : Office, typeof Excel === 'undefined' ? undefined : Excel, {
    onSlow: (seconds) => showWaiting(root, seconds, goOn),
    goOn: new Promise<void>((resolve) => (goOn = resolve)),
  });
  const host = await first;
  const app = startApp(root, host);
  root.dataset.ready = 'true';
  // Read by scripts/taskpane-bench.js: time from navigation to the first results on screen.
  performance.mark('dsi-first-results');
  if (host.wentOn) {
    const late = await ready;
    if (!late.excel) return;
    const excelApp = startApp(root, late, app.current);
    const note = document.getElementById('host-note');
    const text = startupText(excelApp.lang, 'lateExcel');
    if (note) note.textContent = `${note.textContent} ${text}`;
    excelApp.announce(text);
  }
}

main().catch((e) => {
  const root = document.getElementById('app');
  if (root) root.textContent = `The workbench could not start: ${(e as Error).message}`;
});
