// A Stryker reporter that appends each mutant's result to a JSON-lines file as soon as it is known
// (stryker.config.mjs: reporter 'stream'). Stryker writes its HTML and JSON reports only when a run
// ends; a run over the whole model takes hours, and this file keeps what was measured when a run is
// stopped early. The mutated files' sources as the run read them go to sources.json beside it (the
// files may be edited while a long run goes on). scripts/mutation-summary.mjs reads both.
import fs from 'node:fs';
import path from 'node:path';
import { PluginKind, declareClassPlugin, commonTokens } from '@stryker-mutator/api/plugin';

class StreamReporter {
  static inject = [commonTokens.options];

  constructor(options) {
    this.file = options.streamReporter?.fileName ?? 'artifacts/mutation/results.jsonl';
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, '');
  }

  onMutationTestingPlanReady({ mutantPlans }) {
    const files = [...new Set(mutantPlans.map((plan) => plan.mutant.fileName))];
    const sources = Object.fromEntries(files.map((file) => [path.relative(process.cwd(), file), fs.readFileSync(file, 'utf8')]));
    fs.writeFileSync(path.join(path.dirname(this.file), 'sources.json'), JSON.stringify(sources));
  }

  onMutantTested(result) {
    const { id, fileName, mutatorName, replacement, location, status, statusReason, killedBy, coveredBy } = result;
    const line = { id, fileName: path.relative(process.cwd(), fileName), mutatorName, replacement, location, status, statusReason, killedBy, coveredBy: coveredBy?.length };
    fs.appendFileSync(this.file, `${JSON.stringify(line)}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'stream', StreamReporter)];
