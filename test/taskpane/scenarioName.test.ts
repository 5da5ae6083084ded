/** The pane names a scenario by its saved name, or by what it is based on while it is not saved. */
import { scenarioName, lastValidName, currentName } from '../../src/taskpane/scenarioName';
import type { NamingState } from '../../src/taskpane/scenarioName';
import type { Scenario } from '../../src/taskpane/storage';

const holbaek: Scenario = { id: 'a1', name: 'holbaek-ips', kind: 'case', preset: 'holbaek-ips', values: { successRate: 0.4 } };

function state(over: Partial<NamingState> & { saved?: Scenario[] }): NamingState {
  const saved = over.saved ?? [];
  return { lang: 'en', current: holbaek, outcome: { ok: true }, lastValid: { scenario: holbaek }, store: { all: () => saved }, ...over };
}

describe('scenarioName', () => {
  test('an unsaved scenario is named after its preset, in the pane language', () => {
    expect(scenarioName(holbaek, [], 'en')).toBe('unsaved, based on holbaek-ips');
    expect(scenarioName(holbaek, [], 'da')).toBe('ikke gemt, baseret på holbaek-ips');
    expect(scenarioName({ ...holbaek, preset: undefined, kind: 'fund' }, [], 'da')).toBe('ikke gemt, tomt fund-scenarie');
  });

  test('a saved scenario keeps its saved name', () => {
    expect(scenarioName({ ...holbaek, name: 'Low success 35' }, [{ id: 'a1', name: 'Low success 35' }], 'en')).toBe('Low success 35');
    // A scenario with another id is not the saved one, whatever its name.
    expect(scenarioName({ ...holbaek, name: 'Low success 35' }, [{ id: 'zz', name: 'Low success 35' }], 'en')).toBe('unsaved, based on holbaek-ips');
  });
});

describe('lastValidName: the name of the results on screen', () => {
  test('saved as "Low success 35" after the last run: the name follows the save (the bug of issue 11)', () => {
    const saved = { ...holbaek, id: 'b2', name: 'Low success 35' };
    // The last valid run was cloned before the save, under the preset's name and the old id.
    const app = state({ current: saved, lastValid: { scenario: holbaek }, saved: [saved] });
    expect(lastValidName(app)).toBe('Low success 35');
    expect(currentName(app)).toBe('Low success 35');
  });

  test('while the inputs are invalid, the last valid scenario is named, not the one being edited', () => {
    const other = { ...holbaek, id: 'c3', name: 'Draft', values: { successRate: 40 } };
    const app = state({ current: other, outcome: { ok: false }, lastValid: { scenario: { ...holbaek, name: 'Main' } }, saved: [{ ...holbaek, name: 'Main' }] });
    expect(lastValidName(app)).toBe('Main');
  });

  test('no valid run yet: no name', () => {
    expect(lastValidName(state({ lastValid: undefined }))).toBeUndefined();
  });
});
