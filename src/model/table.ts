/**
 * Parameter tables as Excel passes ranges (`unknown[][]`): rows `key | value | value | ...`.
 * Keys are case-insensitive; a vector continues to the right and ends at the first empty cell;
 * blank rows and a header row ("Parameter | Value") are skipped; a `preset` row starts from that
 * preset. A key with no value is treated as not given, so a spilled DSI.PARAMS table with a
 * cleared cell falls back to the default (or to the preset).
 */
import { defineMessages, invalid, showValueIn } from './messages';
import type { Lang } from './messages';

const v = (x: unknown, l: Lang) => showValueIn(x, l);
defineMessages({
  takesOneValue: {
    en: (p, l) => `${p.key} takes one value (got ${p.count}: ${v(p.values, l)})`,
    da: (p, l) => `${p.key} tager én værdi (fik ${p.count}: ${v(p.values, l)})`,
  },
  tableNotRows: {
    en: (p, l) => `A parameter table must be a range of rows (got ${v(p.value, l)})`,
    da: (p, l) => `En parametertabel skal være et område af rækker (fik ${v(p.value, l)})`,
  },
  tableRowNotCells: {
    en: (p) => `Row ${p.row} of the parameter table is not a row of cells`,
    da: (p) => `Række ${p.row} i parametertabellen er ikke en række celler`,
  },
  tableGap: {
    en: (p, l) => `Row ${p.row} (${v(p.key, l)}) has an empty cell in column ${p.column} before the value ${v(p.value, l)}; vector values must be next to each other`,
    da: (p, l) => `Række ${p.row} (${v(p.key, l)}) har en tom celle i kolonne ${p.column} før værdien ${v(p.value, l)}; en vektors værdier skal stå ved siden af hinanden`,
  },
  tableValueNoKey: {
    en: (p, l) => `Row ${p.row} has a value (${v(p.value, l)}) but no parameter name`,
    da: (p, l) => `Række ${p.row} har en værdi (${v(p.value, l)}), men intet parameternavn`,
  },
  tableKeyNotText: {
    en: (p, l) => `Row ${p.row}: a parameter name must be text (got ${v(p.value, l)})`,
    da: (p, l) => `Række ${p.row}: et parameternavn skal være tekst (fik ${v(p.value, l)})`,
  },
  tablePresetTwice: {
    en: (p) => `preset is given twice (rows ${p.first} and ${p.second})`,
    da: (p) => `preset er angivet to gange (række ${p.first} og ${p.second})`,
  },
  tablePresetCells: {
    en: (p, l) => `preset takes one preset name (got ${v(p.cells, l)})`,
    da: (p, l) => `preset tager ét navn på en forudindstilling (fik ${v(p.cells, l)})`,
  },
  tableKeyTwice: {
    en: (p) => `${p.key} is given twice (rows ${p.first} and ${p.second})`,
    da: (p) => `${p.key} er angivet to gange (række ${p.first} og ${p.second})`,
  },
});
import type { ModelDef, InputLayer } from './models';
import { lookupKey, keyEntries, KeyEntry } from './models';
import type { ParamMeta } from './fields';
import { lineRowKind, addLineRow } from './budgetLineTable';
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
    throw invalid('takesOneValue', { key: meta.key, count: values.length, values }, meta.key, values);
  }
  return values[0];
}

export function parseParameterTable(model: ModelDef<any, any>, rows: readonly (readonly unknown[])[]): InputLayer {
  if (!Array.isArray(rows)) throw invalid('tableNotRows', { value: rows });
  const values: Record<string, unknown> = {};
  const entries = keyEntries(model);
  // The (1-based) row each parameter was given in; undefined while not seen.
  const seenAt = new Array<number | undefined>(model.params.length);
  let presetRow = 0;
  let preset: string | undefined;
  let sawContent = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row)) throw invalid('tableRowNotCells', { row: r + 1 });
    // Budget-line rows (consequence / price / priceIndex) have their own columns (docs/budget-lines.md).
    const lineKind = model.structured ? lineRowKind(row[0]) : undefined;
    if (lineKind) {
      addLineRow(values, lineKind, row, r + 1);
      sawContent = true;
      continue;
    }
    // Values run from column 2 up to the first empty cell; anything after a gap is an error.
    let end = 1;
    while (end < row.length && !isEmptyCell(row[end])) end++;
    for (let c = end; c < row.length; c++) {
      if (!isEmptyCell(row[c])) {
        throw invalid('tableGap', { row: r + 1, key: row[0], column: end + 1, value: row[c] });
      }
    }
    const rawKey = row.length > 0 ? row[0] : undefined;
    // Fast path: a key spelt exactly as the model spells it (as DSI.PARAMS spills it) is not empty,
    // not a header word and not `preset` (no model has such a key): no trimming or lower-casing.
    let entry: KeyEntry | undefined = typeof rawKey === 'string' ? entries.get(rawKey) : undefined;
    if (entry === undefined) {
      if (isEmptyCell(rawKey)) {
        if (end > 1) throw invalid('tableValueNoKey', { row: r + 1, value: row[1] });
        continue;
      }
      if (typeof rawKey !== 'string') {
        throw invalid('tableKeyNotText', { row: r + 1, value: rawKey }, undefined, rawKey);
      }
      const lowered = rawKey.trim().toLowerCase();
      if (!sawContent && HEADER_KEYS.has(lowered)) {
        sawContent = true;
        continue;
      }
      if (lowered === 'preset') {
        sawContent = true;
        const cells = row.slice(1, end);
        if (preset !== undefined) throw invalid('tablePresetTwice', { first: presetRow, second: r + 1 }, 'preset');
        if (cells.length !== 1) throw invalid('tablePresetCells', { cells }, 'preset', cells);
        preset = cells[0] as string;
        if (typeof preset !== 'string') throw invalid('presetName', { value: preset }, 'preset', preset);
        presetRow = r + 1;
        continue;
      }
      entry = entries.get(lookupKey(model, rawKey).key) as KeyEntry;
    }
    sawContent = true;
    const meta = entry.meta;
    const i = entry.position;
    if (seenAt[i] !== undefined) {
      throw invalid('tableKeyTwice', { key: meta.key, first: seenAt[i], second: r + 1 }, meta.key);
    }
    seenAt[i] = r + 1;
    if (end === 1) continue;
    // One value of a scalar (or of a rate) is the value itself; no need to copy the row.
    // A text cell such as '40 %' is a percentage of a share or a rate (src/model/notation.ts).
    values[meta.key] = end === 2 && meta.kind !== 'vector' ? percentCell(row[1], meta) : shapeValues(meta, row.slice(1, end).map((c) => percentCell(c, meta)));
  }
  return preset !== undefined ? { preset, values } : { values };
}
