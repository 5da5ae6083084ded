/**
 * From command-line options to model results, the same way for every model command:
 * layers = [--preset] + [--params file (object, or each element of an array)] + [each --set],
 * merged by the model's mergeInput, validated, evaluated.
 */
import {
  mergeInput,
  validate,
  presetValues,
  lookupKey,
  shapeValues,
  findPreset,
  ParameterError,
  isDomainError,
  showValue,
  readNumber,
  invalid,
  defineMessages,
  localMessage,
  showValueIn,
} from '../model';
import type { DomainError } from '../model';
import type { ModelDef, InputLayer, ParamMeta, Preset, NotationMeta } from '../model';
import { findDiscountSchedule, DISCOUNT_SCHEDULES, assertFiniteResult, structuredInput } from '../model';
import { UsageError } from './errors';
import type { CliIO, OptionSpec, ParsedOptions } from './types';
import { single } from './args';

/** The options every model command (case, fund, and later ones) shares. */
export const MODEL_INPUT_OPTIONS: OptionSpec[] = [
  { name: 'preset', value: 'NAME', help: { en: 'start from a preset (see dsi presets)', da: 'start fra en forudindstilling (se dsi presets)' } },
  {
    name: 'params',
    value: 'FILE.json',
    help: {
      en: 'parameters from a JSON object {"key": value, ...} (may contain "preset"); a JSON array of such objects runs each one and prints a JSON array of results ("-" reads standard input)',
      da: 'parametre fra et JSON-objekt {"nøgle": værdi, ...} (må indeholde "preset"); et JSON-array af objekter kører hvert scenarie og udskriver et JSON-array af resultater ("-" læser standard input)',
    },
  },
  {
    name: 'set',
    value: 'key=value',
    repeat: true,
    help: {
      en: 'override one parameter; repeatable; vectors comma separated (--set costProfile=0.6,0.4)',
      da: 'overskriv én parameter; kan gentages; vektorer kommasepareret (--set costProfile=0.6,0.4)',
    },
  },
];

// A plain decimal number: optional sign, digits with an optional point, optional exponent.
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Parses one number strictly (the CLI's notation: `.` decimals; `%` for a share or a rate). */
export function parseNumber(what: string, raw: string, meta?: NotationMeta, index?: number): number {
  return readNumber(raw, 'cli', what, meta, index);
}

/** The value of `--set key=value` shaped for the parameter: a number, or an array for vectors. */
export function parseSetValue(meta: ParamMeta, raw: string): unknown {
  // A rate may be a named discount schedule (--set discountRate=dk-fm-2021); mergeInput resolves it,
  // as it does for a name in a parameter table. Other text gets the schedule error listing the names.
  if (meta.kind === 'rates' && !raw.includes(',') && /[a-z]/i.test(raw) && !NUMBER.test(raw.trim())) {
    const schedule = findDiscountSchedule(raw);
    if (schedule) return schedule.name;
    const names = DISCOUNT_SCHEDULES.map((x) => x.name).join(', ');
    throw invalid('rateOrSchedule', { key: meta.key, names, raw }, meta.key, raw);
  }
  if (meta.kind === 'vector' || meta.kind === 'rates') {
    const parts = raw.split(',');
    const values = parts.map((p, i) => {
      if (p.trim() === '' && parts.length > 1) throw invalid('vectorValueMissing', { key: meta.key, number: i + 1, raw }, meta.key, raw);
      return parseNumber(meta.key, p, meta, parts.length > 1 ? i + 1 : undefined);
    });
    return shapeValues(meta, values);
  }
  const parts = raw.split(',');
  if (parts.length > 1 && !/^\s*[+-]?\d+,\d+\s*$/.test(raw) && parts.every((p) => NUMBER.test(p.trim()))) {
    // Several numbers for a one-value parameter: the model's message ("successRate takes one value ...").
    return shapeValues(meta, parts.map((p) => Number(p)));
  }
  return parseNumber(meta.key, raw, meta);
}

/** A budget-line input on --set: priceYear=2024, or JSON (consequences=[{"id": ..., "units": ...}]). */
function parseStructuredSet(key: string, raw: string): unknown {
  if (NUMBER.test(raw.trim())) return Number(raw);
  try {
    return JSON.parse(raw);
  } catch {
    throw invalid('structuredSet', { key, raw }, key, raw);
  }
}

/** One `--set key=value` as an input layer. */
export function setLayer(model: ModelDef<any, any>, text: string): InputLayer {
  const eq = text.indexOf('=');
  if (eq < 0) throw new UsageError(`--set needs key=value (got '${text}')`, `--set kræver nøgle=værdi (fik '${text}')`);
  const rawKey = text.slice(0, eq).trim();
  if (rawKey.toLowerCase() === 'preset') throw new UsageError(`use --preset NAME to choose a preset (got --set ${text})`, `brug --preset NAVN til at vælge en forudindstilling (fik --set ${text})`);
  if (rawKey === '') throw new UsageError(`--set needs a parameter name before '=' (got '${text}')`, `--set kræver et parameternavn før '=' (fik '${text}')`);
  const structured = structuredInput(model, rawKey);
  if (structured) return { values: { [structured.key]: parseStructuredSet(structured.key, text.slice(eq + 1)) } };
  const meta = lookupKey(model, rawKey);
  return { values: { [meta.key]: parseSetValue(meta, text.slice(eq + 1)) } };
}

/** Reads and parses the --params file. */
export function readJsonFile(io: CliIO, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why =
      err.code === 'ENOENT' ? ['no such file', 'filen findes ikke'] :
      err.code === 'EISDIR' ? ['it is a directory', 'det er en mappe'] :
      err.code === 'EACCES' ? ['permission denied', 'adgang nægtet'] :
      [err.message, err.message];
    throw new UsageError(`cannot read the --params file '${path}': ${why[0]}`, `kan ikke læse --params-filen '${path}': ${why[1]}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the --params file '${path}' is not valid JSON: ${(e as Error).message}`, `--params-filen '${path}' er ikke gyldig JSON: ${(e as Error).message}`);
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `${typeof v} ${showValue(v)}`;
}

defineMessages({
  cliWholeNumber: { en: (p) => `${p.name} must be a whole number (got ${p.raw})`, da: (p) => `${p.name} skal være et helt tal (fik ${p.raw})` },
  structuredSet: {
    en: (p) => `${p.key} on --set takes a number or JSON, e.g. --set 'consequences=[{"id": "laegebesoeg", "units": 3}]' (got '${p.raw}')`,
    da: (p) => `${p.key} i --set tager et tal eller JSON, fx --set 'consequences=[{"id": "laegebesoeg", "units": 3}]' (fik '${p.raw}')`,
  },
  jsonNotObject: {
    en: (p) => `parameters must be a JSON object {"key": value, ...} (got ${p.got})`,
    da: (p) => `parametre skal være et JSON-objekt {"nøgle": værdi, ...} (fik ${p.got})`,
  },
  jsonPresetTwice: { en: () => 'preset is given twice', da: () => 'preset er angivet to gange' },
  jsonPresetName: {
    en: (p, l) => `preset must be a preset name (got ${showValueIn(p.value, l)})`,
    da: (p, l) => `preset skal være navnet på en forudindstilling (fik ${showValueIn(p.value, l)})`,
  },
  jsonNull: {
    en: (p) => `${p.key} is null; give a value or leave the key out`,
    da: (p) => `${p.key} er null; giv en værdi, eller udelad nøglen`,
  },
  rateOrSchedule: {
    en: (p) => `${p.key} must be a rate, yearly rates separated by commas, or a discount schedule (${p.names}) (got '${p.raw}')`,
    da: (p) => `${p.key} skal være en rente, årlige renter adskilt af komma eller en diskonteringsplan (${p.names}) (fik '${p.raw}')`,
  },
  vectorValueMissing: {
    en: (p) => `${p.key} value ${p.number} is missing (got '${p.raw}'); separate values with single commas`,
    da: (p) => `${p.key} værdi ${p.number} mangler (fik '${p.raw}'); adskil værdierne med ét komma`,
  },
  scenario: {
    en: (p) => `scenario ${p.number} (1-based; array index ${p.number - 1}): ${p.inner.en}`,
    da: (p) => `scenarie ${p.number} (fra 1; array-indeks ${p.number - 1}): ${p.inner.da}`,
  },
});

/** A domain error's message in both languages (for messages that wrap it). */
export function bothLanguages(e: DomainError): { en: string; da: string } {
  return { en: e.message, da: localMessage(e, 'da') };
}

/** A JSON object of parameters as an input layer; a "preset" key starts the layer from that preset. */
export function objectLayer(obj: unknown): InputLayer {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    throw invalid('jsonNotObject', { got: describe(obj) });
  }
  const layer: InputLayer = {};
  const values: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(obj as Record<string, unknown>)) {
    if (key.trim().toLowerCase() === 'preset') {
      if (layer.preset !== undefined) throw invalid('jsonPresetTwice', {}, 'preset', v);
      if (typeof v !== 'string') throw invalid('jsonPresetName', { value: v }, 'preset', v);
      layer.preset = v;
      continue;
    }
    if (v === null) {
      throw invalid('jsonNull', { key: key.trim() }, key, v);
    }
    values[key] = v;
  }
  layer.values = values;
  return layer;
}

export interface SingleRun<R> {
  result: R;
  /** The preset the input started from (the last one named), if any. */
  basePreset?: Preset;
  /** True when the input is exactly the base preset's values (the report check applies). */
  unchangedPreset: boolean;
  /** Where the input came from, for the heading of the text output. */
  source: string;
}

/** One scenario of a batch: its validated inputs and result, or (with --keep-going) its error. */
export interface Scenario<R> {
  /** 1-based position in the --params array. */
  number: number;
  params?: Record<string, unknown>;
  result?: R;
  error?: DomainError;
}

export type ModelRun<R> =
  | ({ batch: false; params: Record<string, unknown> } & SingleRun<R>)
  | { batch: true; results: R[]; scenarios: Scenario<R>[] };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  // Lists of budget lines hold objects (docs/budget-lines.md).
  if (isRecord(a) && isRecord(b)) return sameInput(a, b);
  return Object.is(a, b) || (typeof a === 'number' && a === b);
}

function sameInput(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
}

function evaluate<R>(model: ModelDef<any, R>, layers: readonly InputLayer[]): { merged: Record<string, unknown>; params: Record<string, unknown>; result: R } {
  const merged = mergeInput(model, layers);
  const params = validate(model, merged);
  const result = model.evaluate(params);
  assertFiniteResult(result);
  return { merged, params, result };
}

/** The error of a scenario of a batch, said to be about that scenario. */
export function scenarioError(index: number, e: DomainError): ParameterError {
  return invalid('scenario', { number: index + 1, inner: bothLanguages(e) }, e.key, e.value);
}

/** Runs the model for the --preset / --params / --set options: one scenario, or a batch for a JSON array. */
export function runFromOptions<R>(model: ModelDef<any, R>, opts: ParsedOptions, io: CliIO, keepGoing = false): ModelRun<R> {
  const preset = single(opts, 'preset');
  const file = single(opts, 'params');
  const sets = opts.values.set ?? [];
  const head: InputLayer[] = [];
  if (preset !== undefined) {
    presetValues(model, preset); // an unknown or wrong-kind preset fails here, before the file is read
    head.push({ preset });
  }
  const tail = sets.map((s) => setLayer(model, s));
  const data = file !== undefined ? readJsonFile(io, file) : undefined;

  if (Array.isArray(data)) {
    const scenarios: Scenario<R>[] = data.map((element, i) => {
      try {
        const { params, result } = evaluate(model, [...head, objectLayer(element), ...tail]);
        return { number: i + 1, params, result };
      } catch (e) {
        if (!isDomainError(e)) throw e;
        if (keepGoing) return { number: i + 1, error: e };
        throw scenarioError(i, e);
      }
    });
    return { batch: true, results: scenarios.filter((x) => x.result !== undefined).map((x) => x.result as R), scenarios };
  }

  const layers = [...head];
  if (data !== undefined) {
    if (data === null || typeof data !== 'object') {
      throw new UsageError(
        `the --params file '${file}' must hold a JSON object of parameters or an array of such objects (got ${describe(data)})`,
        `--params-filen '${file}' skal indeholde et JSON-objekt med parametre eller et array af sådanne (fik ${describe(data)})`,
      );
    }
    try {
      layers.push(objectLayer(data));
    } catch (e) {
      if (isDomainError(e)) throw new UsageError(`the --params file '${file}': ${e.message}`, `--params-filen '${file}': ${localMessage(e, 'da')}`);
      throw e;
    }
  }
  layers.push(...tail);
  const { merged, params, result } = evaluate(model, layers);

  const baseName = [...layers].reverse().find((l) => l.preset !== undefined)?.preset;
  const basePreset = baseName !== undefined ? findPreset(baseName) : undefined;
  const unchangedPreset = basePreset !== undefined && sameInput(merged, presetValues(model, basePreset.name));
  const source = [
    preset !== undefined ? `preset ${findPreset(preset)?.name ?? preset}` : '',
    file !== undefined ? (file === '-' ? 'parameters from standard input' : `parameters from ${file}`) : '',
    ...sets.map((s) => `--set ${s}`),
  ]
    .filter((s) => s !== '')
    .join(', ');
  return { batch: false, params, result, basePreset, unchangedPreset, source };
}
