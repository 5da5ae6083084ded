/**
 * dsi case|fund --csv: one row per scenario with its inputs and main results, for a spreadsheet.
 *
 * Columns: scenario (1-based), status (ok | error), error (the message of a failed scenario with
 * --keep-going), then every parameter of the model in its declared order (as validated, defaults
 * filled in; a vector's values in one cell separated by spaces), then the main results under their
 * JSON paths (the names of the export's Results sheet). An empty cell is a figure that does not exist
 * (no break-even, no ratio without costs, no IRR).
 *
 * English (default): RFC 4180, comma between fields, point decimals. Danish (--lang da): what Danish
 * Excel reads when the file is opened: semicolon between fields, decimal comma, and a UTF-8 byte order
 * mark so that æ, ø and å in messages come through. Numbers are never rounded.
 */
import type { ModelDef, CaseResult, FundResult } from '../model';
import type { Lang } from './types';
import type { Scenario } from './inputs';
import { CASE_ACTORS } from './json';

type Column<R> = [string, (r: R) => number | null];

function caseColumns(): Column<CaseResult>[] {
  const cols: Column<CaseResult>[] = [['netSuccesses', (r) => r.netSuccesses]];
  for (const a of CASE_ACTORS) {
    cols.push([`actors.${a}.breakEvenYear`, (r) => r.actors[a].breakEvenYear]);
    cols.push([`actors.${a}.presentValue`, (r) => r.actors[a].presentValue]);
    cols.push([`actors.${a}.benefitCostRatio`, (r) => r.actors[a].benefitCostRatio]);
  }
  return cols;
}

const FUND_COLUMNS: Column<FundResult>[] = [
  ['totalInvested', (r) => r.totalInvested],
  ['cumulativePeople.last', (r) => r.cumulativePeople[r.cumulativePeople.length - 1]],
  ['employed', (r) => r.employed],
  ['partnerships', (r) => r.partnerships],
  ['keptCash', (r) => r.keptCash],
  ['outstanding', (r) => r.outstanding],
  ['vintageIrr', (r) => r.vintageIrr],
];

/** The result columns of a model kind (case and fund; other kinds have no CSV). */
export function resultColumns(kind: string): Column<any>[] {
  if (kind === 'case') return caseColumns();
  if (kind === 'fund') return FUND_COLUMNS;
  throw new Error(`internal: no CSV columns for the ${kind} model`);
}

function field(text: string, sep: string): string {
  return /["\r\n]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(x: number, lang: Lang): string {
  const s = String(x);
  return lang === 'da' ? s.replace('.', ',') : s;
}

function valueText(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number') return numberText(v, lang);
  if (Array.isArray(v)) return v.map((x) => valueText(x, lang)).join(' ');
  return String(v);
}

/** The CSV text: a header row, then one row per scenario (CRLF line ends, as RFC 4180 says). */
export function csvText<R>(model: ModelDef<any, R>, scenarios: readonly Scenario<R>[], lang: Lang, message: (e: Error) => string): string {
  const sep = lang === 'da' ? ';' : ',';
  const keys = model.params.map((m) => m.key);
  const results = resultColumns(model.kind);
  const rows: string[][] = [['scenario', 'status', 'error', ...keys, ...results.map(([name]) => name)]];
  for (const s of scenarios) {
    const row = [String(s.number), s.error ? 'error' : 'ok', s.error ? message(s.error) : ''];
    for (const k of keys) row.push(valueText(s.params?.[k], lang));
    for (const [, get] of results) row.push(s.result === undefined ? '' : valueText(get(s.result), lang));
    rows.push(row);
  }
  return (lang === 'da' ? '\uFEFF' : '') + rows.map((r) => r.map((x) => field(x, sep)).join(sep)).join('\r\n') + '\r\n';
}
