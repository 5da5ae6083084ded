/**
 * How the budget-line inputs of later layers combine with earlier ones (docs/budget-lines.md): a later
 * layer's consequences replace the earlier list; price lines replace or add by id; index years
 * replace or add by year. Values that are not lists or maps pass through for validation to report.
 */
import type { StructuredInput } from './models';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function idOf(v: unknown): unknown {
  return isObject(v) ? v.id : undefined;
}

function mergeById(previous: unknown, next: unknown): unknown {
  if (!Array.isArray(previous) || !Array.isArray(next)) return next;
  const out = previous.filter((p) => !next.some((n) => idOf(n) !== undefined && idOf(n) === idOf(p)));
  return [...out, ...next];
}

function mergeByYear(previous: unknown, next: unknown): unknown {
  return isObject(previous) && isObject(next) ? { ...previous, ...next } : next;
}

export const BUDGET_LINE_INPUTS: readonly StructuredInput[] = [
  { key: 'consequences', merge: (_previous, next) => next },
  { key: 'prices', merge: mergeById },
  { key: 'priceYear', merge: (_previous, next) => next },
  { key: 'priceIndex', merge: mergeByYear },
];
