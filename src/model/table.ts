/**
 * Parameter tables as Excel passes ranges (`unknown[][]`): rows `key | value | value | ...`.
 * Keys are case-insensitive; a vector continues to the right and ends at the first empty cell;
 * blank rows and a header row ("Parameter | Value") are skipped; a `preset` row starts from that
 * preset. A key with no value is treated as not given, so a spilled DSI.PARAMS table with a
 * cleared cell falls back to the default (or to the preset).
 */
import { ParameterError, showValue } from './errors';
import type { ModelDef, InputLayer } from './models';
import { lookupKey, keyEntries, KeyEntry } from './models';
import type { ParamMeta } from './fields';
import { percentCell } from './notation';

const HEADER_KEYS = new Set(['parameter', 'parameters', 'key', 'nøgle', 'parameternavn']);

export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Converts the values of one row to the shape the field takes (number, or array for vectors). */
export function shapeValues(meta: ParamMeta, values: unknown[]): unknown {
  if (meta.kind === 'vector') return values;
  if (meta.kind === 'rates') return values.length === 1 ? values[0] : values;
  if (values.length > 1) {
    throw new ParameterError(`${meta.key} takes one value (got ${values.length}: ${showValue(values)})`, meta.key, values);
  }
  return values[0];
}

export function parseParameterTable(model: ModelDef<any, any>, rows: readonly (readonly unknown[])[]): InputLayer {
  if (!Array.isArray(rows)) throw new ParameterError(`A parameter table must be a range of rows (got ${showValue(rows)})`);
  const values: Record<string, unknown> = {};
  const entries = keyEntries(model);
  // The (1-based) row each parameter was given in; undefined while not seen.
  const seenAt = new Array<number | undefined>(model.params.length);
  let presetRow = 0;
  let preset: string | undefined;
  let sawContent = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) throw new ParameterError(`Row ${r + 1} of the parameter table is not a row of cells`);
    // Values run from column 2 up to the first empty cell; anything after a gap is an error.
    let end = 1;
    while (end < row.length && !isEmptyCell(row[end])) end++;
    for (let c = end; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        throw new ParameterError(
          `Row ${r + 1} (${showValue(row[0])}) has an empty cell in column ${end + 1} before the value ${showValue(row[c])}; vector values must be next to each other`,
        );
      }
    }
    const rawKey = row.length > 0 ? row[0] : undefined;
    // Fast path: a key spelt exactly as the model spells it (as DSI.PARAMS spills it) is not empty,
    // not a header word and not `preset` (no model has such a key): no trimming or lower-casing.
    let entry: KeyEntry | undefined = typeof rawKey === 'string' ? entries.get(rawKey) : undefined;
    if (entry === undefined) {
      if (isEmptyCell(rawKey)) {
        if (end > 1) throw new ParameterError(`Row ${r + 1} has a value (${showValue(row[1])}) but no parameter name`);
        continue;
      }
      if (typeof rawKey !== 'string') {
        throw new ParameterError(`Row ${r + 1}: a parameter name must be text (got ${showValue(rawKey)})`, undefined, rawKey);
      }
      const lowered = rawKey.trim().toLowerCase();
      if (!sawContent && HEADER_KEYS.has(lowered)) {
        sawContent = true;
        continue;
      }
      if (lowered === 'preset') {
        sawContent = true;
        const cells = row.slice(1, end);
        if (preset !== undefined) throw new ParameterError(`preset is given twice (rows ${presetRow} and ${r + 1})`, 'preset');
        if (cells.length !== 1) throw new ParameterError(`preset takes one preset name (got ${showValue(cells)})`, 'preset', cells);
        preset = cells[0] as string;
        if (typeof preset !== 'string') throw new ParameterError(`preset must be a preset name (got ${showValue(preset)})`, 'preset', preset);
        presetRow = r + 1;
        continue;
      }
      entry = entries.get(lookupKey(model, rawKey).key) as KeyEntry;
    }
    sawContent = true;
    const meta = entry.meta;
    const i = entry.position;
    if (seenAt[i] !== undefined) {
      throw new ParameterError(`${meta.key} is given twice (rows ${seenAt[i]} and ${r + 1})`, meta.key);
    }
    seenAt[i] = r + 1;
    if (end === 1) continue;
    // One value of a scalar (or of a rate) is the value itself; no need to copy the row.
    // A text cell such as '40 %' is a percentage of a share or a rate (src/model/notation.ts).
    values[meta.key] = end === 2 && meta.kind !== 'vector' ? percentCell(row[1], meta) : shapeValues(meta, row.slice(1, end).map((c) => percentCell(c, meta)));
  }
  return preset !== undefined ? { preset, values } : { values };
}
