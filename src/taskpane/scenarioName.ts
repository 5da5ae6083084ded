/**
 * The name the pane shows for a scenario (export file name, the Contract and Risk tabs' notes,
 * Compare's columns): the saved scenario's name, or, while it is not saved, what it is based on.
 * Pure: takes the scenario and the saved list, so the rule is tested without a DOM.
 */
import type { Scenario } from './storage';
import type { Lang } from './i18n';

const UNSAVED = {
  from: { en: 'unsaved, based on {preset}', da: 'ikke gemt, baseret på {preset}' },
  blank: { en: 'unsaved, blank {kind} scenario', da: 'ikke gemt, tomt {kind}-scenarie' },
};

/** The saved name when the scenario is in the saved list, else "unsaved, based on <preset>". */
export function scenarioName(s: Pick<Scenario, 'id' | 'name' | 'preset' | 'kind'>, saved: readonly Pick<Scenario, 'id' | 'name'>[], lang: Lang): string {
  const stored = saved.find((x) => x.id === s.id);
  if (stored) return s.name.trim() || stored.name;
  return s.preset !== undefined ? UNSAVED.from[lang].replace('{preset}', s.preset) : UNSAVED.blank[lang].replace('{kind}', s.kind);
}

/** What the app needs for the names: the current scenario, the last valid one and the saved list. */
export interface NamingState {
  lang: Lang;
  current: Scenario;
  outcome: { ok: boolean };
  lastValid?: { scenario: Scenario };
  store: { all(): Scenario[] };
}

/**
 * The name of the scenario the last valid results belong to. While the current inputs are valid the
 * last valid run is the current scenario, whose name and id may have changed since (saved, saved as
 * new, renamed), so its present name is used; otherwise the name of the scenario that last ran.
 */
export function lastValidName(app: NamingState): string | undefined {
  const lv = app.lastValid;
  if (!lv) return undefined;
  const s = app.outcome.ok ? app.current : lv.scenario;
  return scenarioName(s, app.store.all(), app.lang);
}

/** The name of the scenario being edited. */
export function currentName(app: NamingState): string {
  return scenarioName(app.current, app.store.all(), app.lang);
}
