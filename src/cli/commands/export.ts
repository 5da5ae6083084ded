/**
 * dsi export case|fund: the scenario as a plain .xlsx workbook (Inputs, Model, Results, chart) whose
 * native formulas compute the model without the add-in. Same --preset / --params / --set rules as
 * dsi case and dsi fund. Writing the file is asynchronous (exceljs), so run returns a Promise.
 */
import { existsSync, statSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { caseModel, fundModel } from '../../model';
import type { ModelDef } from '../../model';
import { planFor, planToXlsx } from '../../export';
import type { Command } from '../types';
import { MODEL_INPUT_OPTIONS, runFromOptions } from '../inputs';
import { single } from '../args';
import { UsageError } from '../errors';

/** The model with its validated parameters kept beside the result, so the runner's rules apply unchanged. */
function keepingParams<P, R>(model: ModelDef<P, R>): ModelDef<P, { params: P; result: R }> {
  return { ...model, evaluate: (p: P) => ({ params: p, result: model.evaluate(p) }) };
}

export const exportCommand: Command = {
  name: 'export',
  summary: {
    en: 'write the scenario as a plain .xlsx workbook that computes the model with native Excel formulas',
    da: 'skriv scenariet som en almindelig .xlsx-projektmappe, der beregner modellen med Excels egne formler',
  },
  usage: ['export case|fund [--preset NAME] [--params FILE.json] [--set key=value]... --out FILE.xlsx'],
  args: 'case|fund',
  options: [
    ...MODEL_INPUT_OPTIONS,
    {
      name: 'out',
      value: 'FILE.xlsx',
      help: { en: 'the workbook to write (replaced if it exists)', da: 'projektmappen der skrives (erstattes hvis den findes)' },
    },
  ],
  run(opts, ctx) {
    const kinds = opts.positional;
    if (kinds.length !== 1 || !['case', 'fund'].includes(kinds[0].toLowerCase())) {
      throw new UsageError(
        kinds.length === 0
          ? "export needs the model: 'dsi export case ...' or 'dsi export fund ...'"
          : `export takes one model, case or fund (got ${kinds.map((k) => `'${k}'`).join(' ')})`,
      );
    }
    const kind = kinds[0].toLowerCase() as 'case' | 'fund';
    const out = single(opts, 'out');
    if (out === undefined) throw new UsageError('export needs --out FILE.xlsx (the workbook to write)');
    if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (got '${out}')`);
    const dir = dirname(resolve(out));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`cannot write '${out}': the folder ${dir} does not exist`);
    if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`cannot write '${out}': it is a folder`);

    const model = (kind === 'case' ? keepingParams(caseModel) : keepingParams(fundModel)) as ModelDef<any, { params: any; result: unknown }>;
    const ran = runFromOptions(model, opts, ctx.io);
    if (ran.batch) {
      throw new UsageError(`export writes one scenario, but the --params file holds an array of ${ran.results.length}; give a single JSON object`);
    }
    const plan = planFor(kind, ran.result.params);
    return planToXlsx(plan).then((bytes) => {
      try {
        writeFileSync(out, bytes);
      } catch (e) {
        throw new UsageError(`cannot write '${out}': ${(e as Error).message}`);
      }
      const da = ctx.lang === 'da';
      ctx.out(
        da
          ? `Skrev ${out}: ${kind}-model${ran.source ? ` (${ran.source})` : ''}; ark Inputs, Model, Results og et diagram; ${plan.metrics.length} resultater, beregnet med almindelige formler.\n`
          : `Wrote ${out}: ${kind} model${ran.source ? ` (${ran.source})` : ''}; sheets Inputs, Model, Results and a chart; ${plan.metrics.length} results computed with plain formulas.\n`,
      );
    });
  },
};
