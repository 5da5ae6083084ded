/** Runs a scenario through the model and maps the model's errors to the fields they are about. */
import { MODELS, run, isDomainError, localMessage, findPreset, CaseParams, CaseResult, FundParams, FundResult } from '../model';
import type { Scenario } from './storage';
import { fieldMessage } from './format';

export type Outcome =
  | { ok: true; kind: 'case'; params: CaseParams; result: CaseResult }
  | { ok: true; kind: 'fund'; params: FundParams; result: FundResult }
  | { ok: false; fieldErrors: Map<string, string>; general?: string };

/** Messages are in `lang`, the pane's language. */
export function evaluateScenario(s: Scenario, lang: 'en' | 'da' = 'en'): Outcome {
  const model = MODELS[s.kind];
  // Every field's own rule first, so all broken fields are marked at once (validate stops at the first);
  // text the pane's notation cannot read gets the notation's hint (fieldMessage).
  const fieldErrors = new Map<string, string>();
  for (const m of model.params) {
    const msg = s.values[m.key] === undefined ? undefined : fieldMessage(m, s.values[m.key], lang);
    if (msg) fieldErrors.set(m.key, msg);
  }
  if (fieldErrors.size > 0) return { ok: false, fieldErrors };
  try {
    const { params, result } = run(model as any, [{ values: s.values }]);
    return { ok: true, kind: s.kind, params, result } as Outcome;
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const known = e.key !== undefined && model.params.some((m) => m.key === e.key);
    const message = localMessage(e, lang);
    if (known) fieldErrors.set(e.key as string, message);
    return { ok: false, fieldErrors, general: known ? undefined : message };
  }
}

/** A fresh scenario from a preset (all its values) or blank (no values: model defaults apply). */
export function scenarioFromPreset(presetName: string | undefined, kind: 'case' | 'fund', id: string, name: string): Scenario {
  if (presetName) {
    const p = findPreset(presetName);
    if (!p) throw new Error(`unknown preset ${presetName}`);
    return { id, name, kind: p.kind, preset: p.name, values: JSON.parse(JSON.stringify(p.values)) };
  }
  return { id, name, kind, values: {} };
}
