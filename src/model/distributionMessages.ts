/**
 * The messages of distributions (distributions.ts), in English and Danish: a distribution's rule, the
 * key's range it must stay in, and the table and JSON shapes. Kept apart so the sampler stays short.
 */
import type { ParamMeta } from './fields';
import type { Lang } from './messages';
import { defineMessages, render, showValueIn } from './messages';

/** The distributions' names as users read them (the model's names, e.g. "triangular", stay the values
 *  typed in tables; the Danish names are accepted too). */
export const DIST_NAMES: Record<string, { en: string; da: string }> = {
  fixed: { en: 'fixed', da: 'fast' },
  uniform: { en: 'uniform', da: 'ligefordeling' },
  triangular: { en: 'triangular', da: 'trekant' },
  pert: { en: 'PERT', da: 'PERT' },
  normal: { en: 'normal', da: 'normal' },
  beta: { en: 'beta', da: 'beta' },
};

/** The names of a distribution's values as users read them. */
export const DIST_ARG_NAMES: Record<string, { en: string; da: string }> = {
  value: { en: 'value', da: 'værdi' },
  min: { en: 'min', da: 'min' },
  max: { en: 'max', da: 'maks' },
  mode: { en: 'mode', da: 'typetal' },
  mean: { en: 'mean', da: 'middel' },
  sd: { en: 'sd', da: 'sd' },
};
const kindDa = (k: string) => DIST_NAMES[k]?.da ?? k;
const argDa = (n: string) => DIST_ARG_NAMES[n]?.da ?? n;

/** The closed interval of the key's range (exclusive ends included: they have probability 0). */
export function range(meta: ParamMeta): [number, number] {
  return [meta.min ?? -Infinity, meta.max ?? Infinity];
}

function rangeText(meta: ParamMeta, l: Lang): string {
  const [lo, hi] = range(meta);
  const da = l === 'da';
  if (lo === -Infinity && hi === Infinity) return da ? 'ethvert endeligt tal' : 'any finite number';
  if (hi === Infinity) return `${meta.minExclusive ? (da ? 'over' : 'above') : da ? 'mindst' : 'at least'} ${fmt(lo, l)}`;
  if (lo === -Infinity) return `${meta.maxExclusive ? (da ? 'under' : 'below') : da ? 'højst' : 'at most'} ${fmt(hi, l)}`;
  return `${fmt(lo, l)} ${da ? 'til' : 'to'} ${fmt(hi, l)}`;
}

function fmt(x: number, l: Lang = 'en'): string {
  const s = String(Number(x.toPrecision(10)));
  return l === 'da' ? s.replace('.', ',') : s;
}

const list = (xs: number[], l: Lang) => xs.map((x) => fmt(x, l)).join(l === 'da' ? '; ' : ', ');
const shown = (x: unknown, l: Lang) => showValueIn(x, l);
const KINDS_EN = 'fixed, uniform, triangular, pert, normal or beta';
const KINDS_DA = 'fast, ligefordeling, trekant, PERT, normal eller beta';

defineMessages({
  distAt: {
    en: (p, l) => `${p.row === 'default' ? 'default distribution' : `Row ${p.row}`} (${p.key}): ${render(p.inner, l)}`,
    da: (p, l) => `${p.row === 'default' ? 'standardfordeling' : `Række ${p.row}`} (${p.key}): ${render(p.inner, l)}`,
  },
  distKeyed: { en: (p, l) => `${p.key}: ${render(p.inner, l)}`, da: (p, l) => `${p.key}: ${render(p.inner, l)}` },
  distKeepsOutside: {
    en: (p, l) => `${p.key}: the distribution keeps drawing values outside the key's range (${rangeText(p.meta, l)})`,
    da: (p, l) => `${p.key}: fordelingen bliver ved med at trække værdier uden for nøglens interval (${rangeText(p.meta, l)})`,
  },
  distArgCount: {
    en: (p) => `${p.kind} takes ${p.names.length} value${p.names.length > 1 ? 's' : ''} (${p.names.join(', ')}), got ${p.got}`,
    da: (p) => `${kindDa(p.kind)} tager ${p.names.length} ${p.names.length > 1 ? 'værdier' : 'værdi'} (${p.names.map(argDa).join(', ')}), fik ${p.got}`,
  },
  distArgFinite: {
    en: (p, l) => `${p.kind} ${p.name} must be a finite number (got ${shown(p.value, l)})`,
    da: (p, l) => `${kindDa(p.kind)} ${argDa(p.name)} skal være et endeligt tal (fik ${shown(p.value, l)})`,
  },
  distArgNumber: {
    en: (p, l) => `${p.kind} ${p.name ?? `value ${p.place}`} must be a number (got ${shown(p.value, l)})`,
    da: (p, l) => `${kindDa(p.kind)} ${p.name === undefined ? `værdi ${p.place}` : argDa(p.name)} skal være et tal (fik ${shown(p.value, l)})`,
  },
  distVector: {
    en: (p) => `${p.key} is a row of values; distributions are for single numbers`,
    da: (p) => `${p.key} er en række af værdier; fordelinger er til enkelte tal`,
  },
  distInteger: {
    en: (p) => `${p.key} is a whole number; only a fixed value can be given for it`,
    da: (p) => `${p.key} er et helt tal; der kan kun gives en fast værdi for den`,
  },
  distSumRule: {
    en: (p) => `${p.key} takes part in a sum rule (${p.note?.en ?? 'the shares sum to 1'}), so it cannot be drawn at random; use fixed`,
    da: (p) => `${p.key} indgår i en sumregel (${p.note?.da ?? 'andelene summerer til 1'}), så den kan ikke trækkes tilfældigt; brug fast`,
  },
  distEndOutside: {
    en: (p, l) => `${p.kind} ${p.what} ${fmt(p.x, l)} is outside the valid range of ${p.key} (${rangeText(p.meta, l)})`,
    da: (p, l) => `${kindDa(p.kind)} ${argDa(p.what)} ${fmt(p.x, l)} ligger uden for det gyldige interval for ${p.key} (${rangeText(p.meta, l)})`,
  },
  distUniformOrder: {
    en: (p, l) => `uniform needs min < max (got ${list(p.args, l)})`,
    da: (p, l) => `${kindDa('uniform')} kræver min < maks (fik ${list(p.args, l)})`,
  },
  distModeOrder: {
    en: (p, l) => `${p.kind} needs min <= mode <= max and min < max (got ${list(p.args, l)})`,
    da: (p, l) => `${kindDa(p.kind)} kræver min <= typetal <= maks og min < maks (fik ${list(p.args, l)})`,
  },
  distSdPositive: {
    en: (p, l) => `${p.kind} sd must be greater than 0 (got ${fmt(p.sd, l)})`,
    da: (p, l) => `${kindDa(p.kind)} sd skal være større end 0 (fik ${fmt(p.sd, l)})`,
  },
  distNormalMass: {
    en: (p, l) => `normal(mean ${fmt(p.mu, l)}, sd ${fmt(p.sd, l)}) puts almost no probability inside the valid range of ${p.key} (${rangeText(p.meta, l)})`,
    da: (p, l) => `normal(middel ${fmt(p.mu, l)}; sd ${fmt(p.sd, l)}) lægger næsten ingen sandsynlighed inden for det gyldige interval for ${p.key} (${rangeText(p.meta, l)})`,
  },
  distBetaRange: {
    en: (p, l) => `beta lives on 0..1 (it is for rates), but the range of ${p.key} (${rangeText(p.meta, l)}) does not contain 0..1; use another distribution`,
    da: (p, l) => `beta ligger på 0..1 (den er til rater), men intervallet for ${p.key} (${rangeText(p.meta, l)}) indeholder ikke 0..1; brug en anden fordeling`,
  },
  distBetaMean: {
    en: (p, l) => `beta mean must be between 0 and 1, exclusive (got ${fmt(p.mean, l)})`,
    da: (p, l) => `beta-middel skal ligge mellem 0 og 1, begge udelukket (fik ${fmt(p.mean, l)})`,
  },
  distBetaMaxSd: {
    en: (p, l) => `beta with mean ${fmt(p.mean, l)} needs sd below sqrt(mean x (1 - mean)) = ${fmt(p.maxSd, l)} (got ${fmt(p.sd, l)})`,
    da: (p, l) => `beta med middel ${fmt(p.mean, l)} kræver sd under sqrt(middel x (1 - middel)) = ${fmt(p.maxSd, l)} (fik ${fmt(p.sd, l)})`,
  },
  distUnknownKind: {
    en: (p, l) => `${p.row ? `Row ${p.row} (${p.key})` : p.key}: unknown distribution ${shown(p.value, l)} - use ${KINDS_EN}`,
    da: (p, l) => `${p.row ? `Række ${p.row} (${p.key})` : p.key}: ukendt fordeling ${shown(p.value, l)} - brug ${KINDS_DA}`,
  },
  distTableNotRows: {
    en: (p, l) => `A distribution table must be a range of rows (got ${shown(p.value, l)})`,
    da: (p, l) => `En fordelingstabel skal være et område af rækker (fik ${shown(p.value, l)})`,
  },
  distRowNotCells: { en: (p) => `Row ${p.row} of the distribution table is not a row of cells`, da: (p) => `Række ${p.row} i fordelingstabellen er ikke en række af celler` },
  distRowNoKey: {
    en: (p) => `Row ${p.row} of the distribution table has values but no parameter name`,
    da: (p) => `Række ${p.row} i fordelingstabellen har værdier, men intet parameternavn`,
  },
  distRowKeyText: {
    en: (p, l) => `Row ${p.row}: a parameter name must be text (got ${shown(p.value, l)})`,
    da: (p, l) => `Række ${p.row}: et parameternavn skal være tekst (fik ${shown(p.value, l)})`,
  },
  distTwice: {
    en: (p) => `${p.key} has two distributions (rows ${p.first} and ${p.second})`,
    da: (p) => `${p.key} har to fordelinger (række ${p.first} og ${p.second})`,
  },
  distGap: {
    en: (p, l) => `Row ${p.row} (${p.key}) has an empty cell in column ${p.column} before the value ${shown(p.value, l)}`,
    da: (p, l) => `Række ${p.row} (${p.key}) har en tom celle i kolonne ${p.column} før værdien ${shown(p.value, l)}`,
  },
  distJsonEntry: {
    en: (p, l) => `distribution of ${p.key} must be a list like ["beta", 0.4, 0.06] (got ${shown(p.value, l)})`,
    da: (p, l) => `fordelingen af ${p.key} skal være en liste som ["beta", 0.4, 0.06] (fik ${shown(p.value, l)})`,
  },
  distJson: {
    en: (p, l) => `distributions must be a list of rows or an object {"key": ["kind", a, b, c]} (got ${shown(p.value, l)})`,
    da: (p, l) => `distributions skal være en liste af rækker eller et objekt {"key": ["kind", a, b, c]} (fik ${shown(p.value, l)})`,
  },
});
