/** Pieces the model commands share. */
import type { OptionSpec, Lang, ParsedOptions, Context } from '../types';
import type { ModelDef, Preset, Text } from '../../model';
import { localMessage } from '../../model';
import { runFromOptions, scenarioError } from '../inputs';
import { csvText } from '../csv';
import type { SingleRun } from '../inputs';
import { wrap } from '../format';
import { jsonMany, jsonOne } from '../json';
import { reportCheck, caveatNote } from '../presetText';

export const BATCH_OPTIONS: OptionSpec[] = [
  {
    name: 'csv',
    help: {
      en: 'print one CSV row per scenario (inputs and main results; see docs/cli.md); --lang da writes Danish Excel\'s CSV (; and decimal comma)',
      da: 'udskriv én CSV-række pr. scenarie (input og hovedresultater; se docs/cli.md); --lang da skriver dansk Excels CSV (; og decimalkomma)',
    },
  },
  {
    name: 'keep-going',
    help: {
      en: 'in a batch, report a bad scenario as an error row (JSON: {"scenario", "error"}) and run the others; exit status 1 if any failed',
      da: 'i en batch: rapportér et forkert scenarie som en fejlrække (JSON: {"scenario", "error"}) og kør de andre; afslutningsstatus 1, hvis nogen fejlede',
    },
  },
];

export const JSON_OPTION: OptionSpec = {
  name: 'json',
  help: {
    en: 'print the result as JSON (the format in docs/cli-commands.md); a batch always prints a JSON array',
    da: 'udskriv resultatet som JSON (formatet i docs/cli-commands.md); en batch udskriver altid et JSON-array',
  },
};

const MODEL_NAMES: Record<string, { en: string; da: string }> = {
  case: { en: 'Case model', da: 'Casemodel' },
  fund: { en: 'Fund model', da: 'Fondsmodel' },
};

/** First lines of a text result: which model, from which input, and the preset's description. */
export function modelHeading(kind: string, run: SingleRun<unknown>, lang: Lang): string {
  const name = MODEL_NAMES[kind]?.[lang] ?? kind;
  let s = `${name}: ${run.source || (lang === 'da' ? 'standardværdier' : 'defaults')}`;
  const p = run.basePreset;
  if (p && !run.source.includes(`preset ${p.name}`)) s += lang === 'da' ? ` (bygger på ${p.name})` : ` (based on preset ${p.name})`;
  let out = wrap(s, 100, '  ', '');
  if (p) {
    const changed = run.unchangedPreset ? '' : lang === 'da' ? ' (ændret her)' : ' (changed here)';
    out += wrap(`${p.name}${changed}: ${p.description[lang]}`, 100, '  ', '');
  }
  return out;
}

/**
 * The run of `dsi case` and `dsi fund`: a batch prints a JSON array, --json one JSON result, else the
 * readable text followed, for a preset, by the report check (unchanged preset) and the caveat.
 */
export interface ModelCommandExtras<R> {
  /** Warnings about a result, written to standard error. */
  warnings?: (r: R) => Text[];
  /** More text after the report check of an unchanged preset. */
  presetText?: (p: Preset, r: R, lang: Lang) => string;
}

export function runModelCommand<R>(
  model: ModelDef<any, R>,
  toJson: (r: R) => unknown,
  toText: (r: R, lang: Lang) => string,
  opts: ParsedOptions,
  ctx: Context,
  extras: ModelCommandExtras<R> = {},
): void {
  const out = runFromOptions(model, opts, ctx.io, opts.flags.has('keep-going'));
  const csv = opts.flags.has('csv');
  const warn = (r: R, where: string) => {
    for (const w of extras.warnings?.(r) ?? []) ctx.io.stderr(wrap(`${ctx.lang === 'da' ? 'Advarsel' : 'Warning'}${where}: ${w[ctx.lang]}`, 100, '  ', ''));
  };
  if (out.batch) out.scenarios.forEach((x) => x.error === undefined && warn(x.result as R, ` (scenario ${x.number})`));
  else warn(out.result, '');
  if (out.batch) {
    const failed = out.scenarios.filter((x) => x.error !== undefined);
    const message = (e: Error) => localMessage(e, ctx.lang);
    if (csv) ctx.out(csvText(model, out.scenarios, ctx.lang, message));
    else ctx.out(jsonMany(out.scenarios.map((x) => (x.error ? { scenario: x.number, error: message(x.error) } : toJson(x.result as R)))));
    if (failed.length > 0) {
      const first = failed[0];
      const firstText = message(scenarioError(first.number - 1, first.error!));
      ctx.io.stderr(
        ctx.lang === 'da'
          ? `dsi: ${failed.length} af ${out.scenarios.length} scenarier fejlede; det første: ${firstText}\n`
          : `dsi: ${failed.length} of ${out.scenarios.length} scenarios failed; the first: ${firstText}\n`,
      );
      ctx.status = 1;
    }
    return;
  }
  if (csv) {
    ctx.out(csvText(model, [{ number: 1, params: out.params, result: out.result }], ctx.lang, (e) => localMessage(e, ctx.lang)));
    return;
  }
  if (opts.flags.has('json')) {
    ctx.out(jsonOne(toJson(out.result)));
    return;
  }
  let s = modelHeading(model.kind, out, ctx.lang) + '\n';
  s += toText(out.result, ctx.lang);
  if (out.basePreset && out.unchangedPreset) s += '\n' + reportCheck(out.basePreset, out.result, ctx.lang);
  if (out.basePreset && out.unchangedPreset && extras.presetText) s += extras.presetText(out.basePreset, out.result, ctx.lang);
  if (out.basePreset) s += '\n' + caveatNote(out.basePreset, !out.unchangedPreset, ctx.lang);
  ctx.out(s);
}
