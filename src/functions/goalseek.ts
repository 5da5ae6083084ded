/**
 * The cell adapter of DSI.GOALSEEK: the model is chosen from the parameters as for DSI.SIMULATE
 * (a preset's kind, else the keys given), the search is src/model/goalseek.ts.
 */
import { goalSeek, SIM_MODELS, invalid, isEmptyCell, lookupKey, percentCell } from '../model';
import type { NotationMeta } from '../model';
import './messages';
import { scalarArg, textArg } from './coerce';
import { resolveBase, parseOverrides } from './adapters';
import { detectKind } from './analytics';

function numberArg(v: unknown, name: string, required: boolean, meta?: NotationMeta): number | undefined {
  // min and max are values of the key: a typed '30 %' of a share or a rate is 0.3.
  const x = meta ? percentCell(scalarArg(v, name), meta) : scalarArg(v, name);
  if (isEmptyCell(x)) {
    if (required) throw invalid('argRequired', { name, what: 'number' }, name);
    return undefined;
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) throw invalid('argNumber', { name, value: x }, name, x);
  return x;
}

export function goalSeekCell(params: unknown, output: unknown, target: unknown, key: unknown, min: unknown, max: unknown, overrides: unknown): number {
  const model = SIM_MODELS[detectKind(params)];
  const out = textArg(output, 'output');
  if (out === undefined) throw invalid('argRequired', { name: 'output', what: 'output' }, 'output');
  const k = textArg(key, 'key');
  if (k === undefined) throw invalid('argRequired', { name: 'key', what: 'key' }, 'key');
  const base = resolveBase(model, params);
  const ov = parseOverrides(model, overrides, false, 'GOALSEEK');
  const layers = Object.keys(ov.values).length ? [base.layer, { values: ov.values }] : [base.layer];
  const meta = lookupKey(model, k);
  const request = { output: out, target: numberArg(target, 'target', true) as number, key: k, min: numberArg(min, 'min', false, meta), max: numberArg(max, 'max', false, meta) };
  return goalSeek(model, layers, request).value;
}
