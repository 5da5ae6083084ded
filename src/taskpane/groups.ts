/**
 * The editor's collapsible sections. A key is placed by the table below, else by its name (costs,
 * gains, time and discounting), else under "other": a field added to the registry later still
 * shows, in a sensible section, without touching this file.
 */
import type { ModelKind, ParamMeta, Text } from '../model';

export type GroupId = 'participants' | 'fund' | 'repayment' | 'costs' | 'gains' | 'time' | 'other';

export const GROUP_LABELS: Record<GroupId, Text> = {
  participants: { en: 'Participants and effect', da: 'Deltagere og effekt' },
  fund: { en: 'The fund', da: 'Fonden' },
  repayment: { en: 'Repayment', da: 'Tilbagebetaling' },
  costs: { en: 'Costs', da: 'Omkostninger' },
  gains: { en: 'Gains', da: 'Gevinster' },
  time: { en: 'Time and discounting', da: 'Tid og diskontering' },
  other: { en: 'Other', da: 'Andet' },
};

const ORDER: Record<'case' | 'fund', GroupId[]> = {
  case: ['participants', 'costs', 'gains', 'time', 'other'],
  fund: ['fund', 'participants', 'repayment', 'time', 'other'],
};

const BY_KEY: Record<'case' | 'fund', Record<string, GroupId>> = {
  case: {
    participants: 'participants', dropoutRate: 'participants', successRate: 'participants', baselineRate: 'participants',
    effectRamp: 'participants', persistence: 'participants',
  },
  fund: {
    initialCapital: 'fund', reinvestShare: 'fund', averageInvestment: 'fund',
    costPerParticipant: 'participants', successRate: 'participants',
    repaymentMultiple: 'repayment', repaymentYears: 'repayment', repaymentLag: 'repayment',
  },
};

/** The contract's case keys group as the case's. */
const table = (kind: ModelKind) => (kind === 'fund' ? 'fund' : 'case');

export function groupOf(kind: ModelKind, key: string): GroupId {
  const known = BY_KEY[table(kind)][key];
  if (known) return known;
  if (/^cost/i.test(key)) return 'costs';
  if (/^gain|price|refusion/i.test(key)) return 'gains';
  if (/horizon|year|discount/i.test(key)) return 'time';
  return 'other';
}

/** The model's parameters in sections, in the model's order within each; empty sections left out. */
export function groupParams(kind: ModelKind, params: readonly ParamMeta[]): { id: GroupId; params: ParamMeta[] }[] {
  return ORDER[table(kind)].map((id) => ({ id, params: params.filter((m) => groupOf(kind, m.key) === id) })).filter((g) => g.params.length > 0);
}
