/**
 * Named discount schedules (docs/model.md section 6). A schedule is a vector of yearly rates r_t in the
 * model's convention: DF_1 = 1, DF_t = DF_{t-1} / (1 + r_t), the last rate continuing.
 *
 * Source of `dk-fm-2021`: Finansministeriet, "Dokumentationsnotat - den samfundsøkonomiske
 * diskonteringsrente", 7 January 2021: the recommended real social discount rate is lowered from
 * 4 % to 3.5 % in years 0-35 and from 3 % to 2.5 % in years 36-70 (read in that note). The 1.5 %
 * after year 70 (before: 2 %) is the same 0.5-point cut and is what the brief states; the part of
 * the note we could read did not show that line, so it is marked unverified here and in docs/model.md.
 * The note counts years from 0 (now); the model's year 1 is now, so the ministry's year k is the
 * model's year k + 1 and the rate of the period ending in ministry year k is r_{k+1}.
 */
import type { Text } from './fields';

export interface DiscountSchedule {
  name: string;
  label: Text;
  source: string;
  date: string;
  /** r_1, r_2, ...; the last continues beyond the vector. r_1 has no effect (DF_1 = 1). */
  rates: readonly number[];
}

function dkFm2021(): number[] {
  const r: number[] = [];
  for (let t = 1; t <= 72; t++) r.push(t <= 36 ? 0.035 : t <= 71 ? 0.025 : 0.015);
  return r;
}

export const DISCOUNT_SCHEDULES: readonly DiscountSchedule[] = [
  {
    name: 'dk-fm-2021',
    label: {
      en: 'Danish Ministry of Finance social discount rate: 3.5 % years 0-35, 2.5 % years 36-70, 1.5 % after',
      da: 'Finansministeriets samfundsøkonomiske diskonteringsrente: 3,5 % år 0-35, 2,5 % år 36-70, 1,5 % derefter',
    },
    source: 'Finansministeriet, Dokumentationsnotat - den samfundsøkonomiske diskonteringsrente (1.5 % after year 70 not verified against the note)',
    date: '2021-01-07',
    rates: dkFm2021(),
  },
];

export function findDiscountSchedule(name: string): DiscountSchedule | undefined {
  const n = name.trim().toLowerCase();
  return DISCOUNT_SCHEDULES.find((s) => s.name === n);
}

/** A discountRate value with a schedule name replaced by the schedule's rates; other values unchanged. */
export function resolveDiscountRate(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = findDiscountSchedule(v);
  return s ? [...s.rates] : v;
}
