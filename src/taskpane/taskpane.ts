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
import { ScenarioStore, localStorageBackend, officeSettingsBackend, memoryBackend, Backend, newId } from './storage';
import { scenarioFromPreset } from './evaluate';

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

/** Office.onReady, or host 'none' when office.js did not load (offline, blocked). */
async function detectHost(): Promise<HostInfo> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return { host: 'none' };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), 10000)),
  ]);
  const host = info?.host ? String(info.host) : null;
  const excel = host === 'Excel' && typeof Excel !== 'undefined' ? Excel : undefined;
  return { host, excel };
}

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

async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const host = await detectHost();
  const store = new ScenarioStore(pickBackend(host));
  store.load();
  const app = new App(initialLang(), host, store, scenarioFromPreset('holbaek-ips', 'case', newId(), 'holbaek-ips'));
  const draw = (active: string) =>
    renderShell(root, app, TABS, active, (lang) => {
      app.lang = lang;
      browserStorage()?.setItem(LANG_KEY, lang);
      app.clearListeners();
      draw(root.dataset.activeTab ?? TABS[0].id);
      document.getElementById('lang-select')?.focus();
    });
  draw(TABS[0].id);
  root.dataset.ready = 'true';
  // Read by scripts/taskpane-bench.js: time from navigation to the first results on screen.
  performance.mark('dsi-first-results');
}

main().catch((e) => {
  const root = document.getElementById('app');
  if (root) root.textContent = `The workbench could not start: ${(e as Error).message}`;
});
