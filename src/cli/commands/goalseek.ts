/** dsi goalseek: the value of one input at which one output equals a target (src/model/goalseek.ts). */
import { SIM_MODELS, goalSeek, lookupKey } from '../../model';
import type { GoalSeekResult } from '../../model';
import type { Command, Context, Lang, ParsedOptions } from '../types';
import { MODEL_INPUT_OPTIONS, parseNumber } from '../inputs';
import { jsonOne } from '../json';
import { num } from '../format';
import { JSON_OPTION } from './shared';
import { single } from '../args';
import { UsageError } from '../errors';
import { analyticsLayers, MODEL_OPTION } from './contract';
import { chooseModel } from './simulate';

/** Enough digits to read the value (six significant, as Excel's General format shows it). */
function show(x: number, lang: Lang): string {
  const digits = x === 0 ? 0 : Math.max(0, 5 - Math.floor(Math.log10(Math.abs(x))));
  return num(x, Math.min(digits, 12), lang);
}

export function goalSeekText(r: GoalSeekResult, lang: Lang): string {
  return lang === 'da'
    ? `${r.key} = ${show(r.value, lang)} giver ${r.output} = ${show(r.achieved, lang)} (mål ${show(r.target, lang)})\n`
    : `${r.key} = ${show(r.value, lang)} gives ${r.output} = ${show(r.achieved, lang)} (target ${show(r.target, lang)})\n`;
}

function required(opts: ParsedOptions, name: string, example: { en: string; da: string }): string {
  const v = single(opts, name);
  if (v === undefined) throw new UsageError(`dsi goalseek needs --${name} ${example.en}`, `dsi goalseek kræver --${name} ${example.da}`);
  return v;
}

export const goalSeekCommand: Command = {
  name: 'goalseek',
  summary: {
    en: 'the value of one input at which one output equals a target (Excel\'s Goal Seek for the model); the crossing nearest --min when there are several',
    da: 'den værdi af ét input, hvor ét output er lig et mål (Excels Målsøgning for modellen); krydsningen nærmest --min, når der er flere',
  },
  usage: ['goalseek --preset NAME --output PATH --target X --key KEY [--min A] [--max B] [--set key=value]... [--json]'],
  options: [
    MODEL_OPTION,
    ...MODEL_INPUT_OPTIONS,
    { name: 'output', value: 'PATH', help: { en: 'the output, a path of the --json result: actors.kommune.presentValue, cumulativePeople.6 (year 6), investor.irr', da: 'output, en sti i --json-resultatet: actors.kommune.presentValue, cumulativePeople.6 (år 6), investor.irr' } },
    { name: 'target', value: 'X', help: { en: 'the value the output should take', da: 'den værdi, output skal have' } },
    { name: 'key', value: 'KEY', help: { en: 'the input to vary (one number, e.g. successRate)', da: 'inputtet, der varieres (ét tal, fx successRate)' } },
    { name: 'min', value: 'A', help: { en: 'low end of the search (default: the key\'s lowest valid value)', da: 'søgningens nedre ende (standard: nøglens laveste gyldige værdi)' } },
    { name: 'max', value: 'B', help: { en: 'high end of the search (default: the key\'s highest valid value; without one the search grows from the current value)', da: 'søgningens øvre ende (standard: nøglens højeste gyldige værdi; uden en sådan vokser søgningen fra den nuværende værdi)' } },
    { ...JSON_OPTION, help: { en: 'print {"key", "value", "output", "target", "achieved"} as JSON', da: 'udskriv {"key", "value", "output", "target", "achieved"} som JSON' } },
  ],
  run(opts, ctx: Context) {
    const model = SIM_MODELS[chooseModel(opts)];
    const { layers } = analyticsLayers(model, opts, ctx.io);
    const output = required(opts, 'output', { en: 'PATH (e.g. actors.kommune.presentValue)', da: 'STI (fx actors.kommune.presentValue)' });
    const target = required(opts, 'target', { en: 'X', da: 'X' });
    const key = lookupKey(model, required(opts, 'key', { en: 'KEY (e.g. successRate)', da: 'NØGLE (fx successRate)' }));
    // min and max are values of the key: a share or a rate may be written as a percentage.
    const bound = (name: string) => {
      const raw = single(opts, name);
      return raw === undefined ? undefined : parseNumber(name, raw, key);
    };
    const r = goalSeek(model, layers, {
      output,
      target: parseNumber('target', target),
      key: key.key,
      min: bound('min'),
      max: bound('max'),
    });
    ctx.out(opts.flags.has('json') ? jsonOne(r) : goalSeekText(r, ctx.lang));
  },
};
