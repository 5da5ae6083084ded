/**
 * Consequence units as uncertain inputs (docs/budget-lines.md): `units:ID` names the units of
 * the case's consequence ID, so a distribution row or a tornado row can move it like a parameter.
 * A staircase line's units stay within 0..52 weeks a year.
 */
import type { ParamMeta } from './fields';
import type { ConsequenceInput, PriceInput } from './budgetLineInput';
import { priceList, WEEKS_PER_YEAR } from './budgetLines';
import { defineMessages, invalid } from './messages';
import type { Distribution } from './distributions';

export const UNITS_PREFIX = 'units:';

/** The consequence id a key names, or undefined when it is not a `units:ID` key. */
export function unitsId(key: string): string | undefined {
  return key.trim().toLowerCase().startsWith(UNITS_PREFIX) ? key.trim().slice(UNITS_PREFIX.length).trim() : undefined;
}

export function unitsKey(id: string): string {
  return UNITS_PREFIX + id;
}

/** The rule of a `units:ID` key: any finite number, or 0..52 for a staircase line (of the case's list when given). */
export function unitsMeta(key: string, params?: { prices?: PriceInput[] }): ParamMeta | undefined {
  const id = unitsId(key);
  if (id === undefined) return undefined;
  const staircase = priceList(params?.prices).find((l) => l.id === id)?.staircase === true;
  return {
    key: unitsKey(id),
    kind: 'number',
    label: { en: `units of ${id}`, da: `enheder af ${id}` },
    description: { en: `units of consequence ${id} per net success per year`, da: `enheder af konsekvensen ${id} pr. nettosucces pr. år` },
    unit: staircase ? { en: 'weeks a year', da: 'uger om året' } : { en: 'units a year', da: 'enheder om året' },
    required: true,
    ...(staircase ? { min: 0, max: WEEKS_PER_YEAR } : {}),
  };
}

/** The units keys of a case's consequences, in order. */
export function unitsKeys(params: Record<string, unknown>): string[] {
  return ((params.consequences as ConsequenceInput[] | undefined) ?? []).map((c) => unitsKey(c.id));
}

export function unitsOf(params: Record<string, unknown>, key: string): number | undefined {
  const id = unitsId(key);
  return ((params.consequences as ConsequenceInput[] | undefined) ?? []).find((c) => c.id === id)?.units;
}

/** `input` with its consequences' units set from the `units:ID` entries of `changes`; other entries as they are. */
export function withUnits(input: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  let consequences = input.consequences as ConsequenceInput[] | undefined;
  for (const [k, v] of Object.entries(changes)) {
    const id = unitsId(k);
    if (id === undefined) {
      out[k] = v;
      continue;
    }
    consequences = (consequences ?? []).map((c) => (c.id === id ? { ...c, units: v as number } : c));
  }
  if (consequences !== undefined) out.consequences = consequences;
  return out;
}

defineMessages({
  unitsNoConsequence: {
    en: (p) => `${p.key}: the case has no consequence '${p.id}'`,
    da: (p) => `${p.key}: casen har ingen konsekvens '${p.id}'`,
  },
  unitsOutsideWeeks: {
    en: (p) => `${p.key}: a staircase line's units are weeks a year, ${p.min} to ${p.max}; the ${p.kind} distribution reaches outside that`,
    da: (p) => `${p.key}: en trappelinjes enheder er uger om året, ${p.min} til ${p.max}; ${p.kind}-fordelingen rækker uden for det`,
  },
});

/** A units:ID distribution must name a consequence of the case and stay within its line's rule. */
export function checkUnitsDistributions(dists: readonly Distribution[], params: Record<string, unknown>): void {
  for (const d of dists) {
    const id = unitsId(d.key);
    if (id === undefined) continue;
    if (!((params.consequences as { id: string }[] | undefined) ?? []).some((c) => c.id === id)) {
      throw invalid('unitsNoConsequence', { key: d.key, id }, d.key);
    }
    const meta = unitsMeta(d.key, params as { prices?: [] }) as NonNullable<ReturnType<typeof unitsMeta>>;
    const [lo, hi] = d.kind === 'fixed' ? [d.args[0], d.args[0]] : d.kind === 'normal' ? [-Infinity, Infinity] : [d.args[0], d.args[d.args.length - 1]];
    if ((meta.min !== undefined && lo < meta.min) || (meta.max !== undefined && hi > meta.max)) {
      throw invalid('unitsOutsideWeeks', { key: d.key, min: meta.min, max: meta.max, kind: d.kind }, d.key);
    }
  }
}
