/**
 * Loads the BUILT add-in (`$DSI_DIST/functions.js`, default dist/) in a Node vm with a minimal
 * CustomFunctions runtime (associate, Error, ErrorCode), and calls functions the way Excel does:
 * positional arguments with null for omitted optional ones, a single value given to a range
 * parameter wrapped as [[x]], and the repeating override argument passed as one list.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

export const DIST = path.resolve(process.env.DSI_DIST || 'dist');

export interface ParamMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParamMetadata[];
  result: { type?: string; dimensionality?: string };
}
export interface Metadata {
  functions: FunctionMetadata[];
}

export interface ExcelError {
  code: string;
  message: string;
}
export type Outcome = { value: unknown } | { error: ExcelError };

export interface AddIn {
  registered: Map<string, (...args: unknown[]) => unknown>;
  metadata: Metadata;
  da: Metadata;
  /** True for an error object made by the bundle's CustomFunctions.Error. */
  isError: (x: unknown) => x is ExcelError;
  /** Raw call: arguments exactly as given. */
  raw: (id: string, args: unknown[]) => Outcome;
  /** Excel-shaped call: positional arguments (undefined = omitted) and the repeating overrides. */
  xl: (id: string, positional?: unknown[], repeats?: unknown[]) => Outcome;
}

const RUNTIME = `
  class CustomFunctionsError extends Error {
    constructor(code, message) { super(message); this.code = code; this.message = message === undefined ? '' : message; }
  }
  var CustomFunctions = {
    associate(id, fn) {
      if (typeof id !== 'string' || typeof fn !== 'function') throw new Error('associate(id, function) expected');
      if (__registered.has(id)) throw new Error('associated twice: ' + id);
      __registered.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!', busy: '#BUSY!', connect: '#CONNECT!', gettingData: '#GETTING_DATA' },
  };
`;

function readJson<T>(file: string): T {
  if (!fs.existsSync(file)) {
    throw new Error(`No built add-in at ${file}. Build first: npm run build (or npx webpack --mode production --output-path DIR and set DSI_DIST=DIR).`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** `globals` are added to the runtime, e.g. `{ Office: { context: { displayLanguage: 'da-DK' } } }` for Danish Excel. */
export function loadAddIn(dist = DIST, globals: Record<string, unknown> = {}): AddIn {
  const bundleFile = path.join(dist, 'functions.js');
  if (!fs.existsSync(bundleFile)) {
    throw new Error(`No built add-in at ${bundleFile}. Build first: npm run build (or npx webpack --mode production --output-path DIR and set DSI_DIST=DIR).`);
  }
  const metadata = readJson<Metadata>(path.join(dist, 'functions.json'));
  const da = readJson<Metadata>(path.join(dist, 'functions-da.json'));
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  // Only what a custom-functions runtime offers: no window, no document, no Office.
  const context = vm.createContext({ __registered: registered, console, ...globals });
  vm.runInContext(RUNTIME, context);
  vm.runInContext(fs.readFileSync(bundleFile, 'utf8'), context, { filename: bundleFile });
  const ErrorClass = vm.runInContext('CustomFunctions.Error', context) as new (...a: unknown[]) => ExcelError;
  const isError = (x: unknown): x is ExcelError => x instanceof ErrorClass;
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));

  const raw = (id: string, args: unknown[]): Outcome => {
    const fn = registered.get(id);
    if (!fn) throw new Error(`${id} is not associated`);
    try {
      return { value: fn(...args) };
    } catch (e) {
      if (isError(e)) return { error: { code: e.code, message: e.message } };
      throw e; // an uncaught exception: the test fails on it
    }
  };

  const xl = (id: string, positional: unknown[] = [], repeats: unknown[] = []): Outcome => {
    const meta = byId.get(id);
    if (!meta) throw new Error(`${id} is not in functions.json`);
    const fixed = meta.parameters.filter((p) => !p.repeating);
    const rep = meta.parameters.find((p) => p.repeating);
    if (positional.length > fixed.length) throw new Error(`${id} takes ${fixed.length} positional arguments`);
    if (repeats.length && !rep) throw new Error(`${id} has no repeating argument`);
    const wrap = (p: ParamMetadata, v: unknown) => (p.dimensionality === 'matrix' && !Array.isArray(v) ? [[v]] : v);
    const args = fixed.map((p, i) => (i < positional.length && positional[i] !== undefined ? wrap(p, positional[i]) : null));
    if (rep) args.push(repeats.map((v) => wrap(rep, v)));
    return raw(id, args);
  };

  return { registered, metadata, da, isError, raw, xl };
}

/** The value of an outcome, failing with the error's message when it is an error. */
export function valueOf(o: Outcome): unknown {
  if ('error' in o) throw new Error(`expected a value, got ${o.error.code} ${o.error.message}`);
  return o.value;
}

export function errorOf(o: Outcome): ExcelError {
  if (!('error' in o)) throw new Error(`expected an error, got ${JSON.stringify(o.value)}`);
  return o.error;
}

/** A single figure from a function that returns a 1x1 matrix (or a plain number). */
export function single(o: Outcome): number {
  const v = valueOf(o);
  const x = Array.isArray(v) ? (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v) : v;
  if (typeof x !== 'number') throw new Error(`expected one number, got ${JSON.stringify(v)}`);
  return x;
}

export function matrixOf(o: Outcome): unknown[][] {
  const v = valueOf(o);
  if (!Array.isArray(v) || !v.every(Array.isArray)) throw new Error(`expected a matrix, got ${JSON.stringify(v)}`);
  return v as unknown[][];
}
