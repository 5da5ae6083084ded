/**
 * dsi export case|fund|contract: the scenario as a plain .xlsx workbook (About, Inputs, Model,
 * Results, a chart) whose native formulas compute the model without the add-in, in the language of
 * --lang. Same --preset / --params / --set rules as dsi case, dsi fund (also with --contract) and
 * dsi contract. Writing the file is asynchronous (exceljs), so run returns a Promise.
 */
import { existsSync, statSync, writeFileSync } from 'fs';
import { dirname, resolve } from 'path';
import { caseModel, fundModel, contractModel, outcomeFundInputModel } from '../../model';
import type { ModelDef, FundParams } from '../../model';
import { planFor, planToXlsx, outcomeFundPlan } from '../../export';
import type { WorkbookPlan, PlanOptions } from '../../export';
import type { Command, Context, ParsedOptions } from '../types';
import { MODEL_INPUT_OPTIONS, runFromOptions } from '../inputs';
import { CONTRACT_OPTION, referenceContract, refuseReplacedSets } from '../outcomeFund';
import { single } from '../args';
import { UsageError } from '../errors';

type Kind = 'case' | 'fund' | 'contract';
const KINDS: readonly Kind[] = ['case', 'fund', 'contract'];

/** The model with its validated parameters kept beside the result, so the runner's rules apply unchanged. */
function keepingParams<P, R>(model: ModelDef<P, R>): ModelDef<P, { params: P; result: R }> {
  return { ...model, evaluate: (p: P) => ({ params: p, result: model.evaluate(p) }) };
}

function kindOf(opts: ParsedOptions): Kind {
  const kinds = opts.positional;
  if (kinds.length !== 1 || !(KINDS as readonly string[]).includes(kinds[0].toLowerCase())) {
    const got = kinds.map((k) => `'${k}'`).join(' ');
    throw new UsageError(
      kinds.length === 0
        ? "export needs the model: 'dsi export case ...', 'dsi export fund ...' or 'dsi export contract ...'"
        : `export takes one model, case, fund or contract (got ${got})`,
      kinds.length === 0
        ? "export kræver modellen: 'dsi export case ...', 'dsi export fund ...' eller 'dsi export contract ...'"
        : `export tager én model, case, fund eller contract (fik ${got})`,
    );
  }
  const kind = kinds[0].toLowerCase() as Kind;
  if (opts.values.contract !== undefined && kind !== 'fund') {
    throw new UsageError(
      `--contract belongs to 'dsi export fund' (the fund whose repayments come from a contract), not to '${kind}'`,
      `--contract hører til 'dsi export fund' (fonden, hvis tilbagebetalinger kommer fra en kontrakt), ikke til '${kind}'`,
    );
  }
  return kind;
}

function outPath(opts: ParsedOptions): string {
  const out = single(opts, 'out');
  if (out === undefined) throw new UsageError('export needs --out FILE.xlsx (the workbook to write)', 'export kræver --out FIL.xlsx (projektmappen, der skrives)');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must name an .xlsx file (got '${out}')`, `--out skal navngive en .xlsx-fil (fik '${out}')`);
  const dir = dirname(resolve(out));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(`cannot write '${out}': the folder ${dir} does not exist`, `kan ikke skrive '${out}': mappen ${dir} findes ikke`);
  }
  if (existsSync(out) && statSync(out).isDirectory()) throw new UsageError(`cannot write '${out}': it is a folder`, `kan ikke skrive '${out}': det er en mappe`);
  return out;
}

/** Runs the inputs through the model's own rules and plans the workbook; returns the plan and where the inputs came from. */
function plan(kind: Kind, opts: ParsedOptions, ctx: Context): { plan: WorkbookPlan; source: string } {
  const contractSpec = single(opts, 'contract');
  if (contractSpec !== undefined) refuseReplacedSets(opts);
  const reference = contractSpec !== undefined ? referenceContract(contractSpec, ctx.io) : undefined;
  const base = kind === 'case' ? caseModel : kind === 'contract' ? contractModel : reference ? outcomeFundInputModel : fundModel;
  const ran = runFromOptions(keepingParams(base as ModelDef<any, unknown>), opts, ctx.io);
  if (ran.batch) {
    throw new UsageError(
      `export writes one scenario, but the --params file holds an array of ${ran.results.length}; give a single JSON object`,
      `export skriver ét scenarie, men --params-filen indeholder et array med ${ran.results.length}; giv ét JSON-objekt`,
    );
  }
  const options: PlanOptions = { lang: ctx.lang, scenarioName: ran.source || undefined, preset: ran.basePreset?.name };
  const params = ran.result.params;
  if (reference) return { plan: outcomeFundPlan(params as FundParams, { shares: reference.shares, label: reference.label }, options), source: ran.source };
  return { plan: planFor(kind, params, options), source: ran.source };
}

export const exportCommand: Command = {
  name: 'export',
  summary: {
    en: 'write the scenario as a plain .xlsx workbook that computes the model with native Excel formulas',
    da: 'skriv scenariet som en almindelig .xlsx-projektmappe, der beregner modellen med Excels egne formler',
  },
  usage: ['export case|fund|contract [--preset NAME] [--params FILE.json] [--set key=value]... [--contract NAME|FILE.json] --out FILE.xlsx'],
  args: 'case|fund|contract',
  options: [
    ...MODEL_INPUT_OPTIONS,
    CONTRACT_OPTION,
    {
      name: 'out',
      value: 'FILE.xlsx',
      help: { en: 'the workbook to write (replaced if it exists)', da: 'projektmappen der skrives (erstattes hvis den findes)' },
    },
  ],
  run(opts, ctx) {
    const kind = kindOf(opts);
    const out = outPath(opts);
    const { plan: p, source } = plan(kind, opts, ctx);
    return planToXlsx(p).then((bytes) => {
      try {
        writeFileSync(out, bytes);
      } catch (e) {
        throw new UsageError(`cannot write '${out}': ${(e as Error).message}`, `kan ikke skrive '${out}': ${(e as Error).message}`);
      }
      const n = p.sheetNames;
      const sheets = [n.about, n.inputs, n.model, n.results].join(', ');
      const model = { case: { en: 'case', da: 'case' }, fund: { en: 'fund', da: 'fonds' }, contract: { en: 'contract', da: 'kontrakt' } }[kind];
      ctx.out(
        ctx.lang === 'da'
          ? `Skrev ${out}: ${model.da}model${source ? ` (${source})` : ''}; ark ${sheets} og et diagram; ${p.metrics.length} resultater, beregnet med almindelige formler.\n`
          : `Wrote ${out}: ${model.en} model${source ? ` (${source})` : ''}; sheets ${sheets} and a chart; ${p.metrics.length} results computed with plain formulas.\n`,
      );
    });
  },
};
