/** The pane's state and the events the sections listen to. No DOM building here. */
import { tr, Lang, Key } from './i18n';
import { ScenarioStore, Scenario, cloneScenario } from './storage';
import { evaluateScenario, Outcome } from './evaluate';
import type { ExcelApi } from './sheet';

export type Ok = Extract<Outcome, { ok: true }>;
export type AppEvent = 'values' | 'scenario' | 'store' | 'result';

export interface HostInfo {
  /** The Excel API when running inside Excel; undefined in a plain browser. */
  excel?: ExcelApi;
  /** 'Excel' inside Excel, null in a browser (Office.onReady's host), 'none' without office.js. */
  host: string | null;
}

export class App {
  lang: Lang;
  readonly host: HostInfo;
  readonly store: ScenarioStore;
  current: Scenario;
  outcome!: Outcome;
  /** The last valid run: kept on screen while the inputs are invalid. */
  lastValid?: { scenario: Scenario; outcome: Ok };
  private listeners = new Map<AppEvent, Set<() => void>>();
  /** Set by the shell: a polite live region for short confirmations. */
  announce: (msg: string) => void = () => {};

  constructor(lang: Lang, host: HostInfo, store: ScenarioStore, initial: Scenario) {
    this.lang = lang;
    this.host = host;
    this.store = store;
    this.current = initial;
    this.recompute();
  }

  t(key: Key, vars?: Record<string, string | number>): string {
    return tr(this.lang, key, vars);
  }

  on(ev: AppEvent, fn: () => void): void {
    if (!this.listeners.has(ev)) this.listeners.set(ev, new Set());
    this.listeners.get(ev)!.add(fn);
  }

  /** Called by the shell before it rebuilds the UI (language switch). */
  clearListeners(): void {
    this.listeners.clear();
  }

  emit(ev: AppEvent): void {
    for (const fn of this.listeners.get(ev) ?? []) fn();
  }

  private recompute(): void {
    this.outcome = evaluateScenario(this.current, this.lang);
    if (this.outcome.ok) this.lastValid = { scenario: cloneScenario(this.current), outcome: this.outcome };
  }

  setValue(key: string, value: unknown): void {
    if (value === undefined) delete this.current.values[key];
    else this.current.values[key] = value;
    this.recompute();
    this.emit('values');
    if (this.outcome.ok) this.emit('result');
  }

  setScenario(s: Scenario): void {
    this.current = cloneScenario(s);
    this.recompute();
    this.emit('scenario');
    this.emit('values');
    this.emit('result');
  }
}
