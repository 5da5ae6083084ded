/**
 * The cell adapter of DSI.GOALSEEK: the model is chosen from the parameters as for DSI.SIMULATE
 * (a preset's kind, else the keys given), the search is src/model/goalseek.ts.
 */
import { goalSeek, SIM_MODELS, ParameterError, showValue, isEmptyCell } from '../model';
import { scalarArg, textArg } from './coerce';
import { resolveBase, parseOverrides } from './adapters';
import { detectKind } from './analytics';

function numberArg(v: unknown, name: string, required: boolean): number | undefined {
  const x = scalarArg(v, name);
  if (isEmptyCell(x)) {
    if (required) throw new ParameterError(`${name} is required: give a number`, name);
    return undefined;
  }
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new ParameterError(`${name} must be a number (got ${showValue(x)})`, name, x);
  return x;
}

export function goalSeekCell(params: unknown, output: unknown, target: unknown, key: unknown, min: unknown, max: unknown, overrides: unknown): number {
  const model = SIM_MODELS[detectKind(params)];
  const out = textArg(output, 'output');
  if (out === undefined) throw new ParameterError('output is required: a path of the results such as "actors.kommune.presentValue"', 'output');
  const k = textArg(key, 'key');
  if (k === undefined) throw new ParameterError('key is required: the parameter to vary, e.g. "successRate"', 'key');
  const base = resolveBase(model, params);
  const ov = parseOverrides(model, overrides, false, 'GOALSEEK');
  const layers = Object.keys(ov.values).length ? [base.layer, { values: ov.values }] : [base.layer];
  const request = { output: out, target: numberArg(target, 'target', true) as number, key: k, min: numberArg(min, 'min', false), max: numberArg(max, 'max', false) };
  return goalSeek(model, layers, request).value;
}
