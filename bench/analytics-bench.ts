/**
 * Analytics benchmark (issue 6): 100,000 Monte Carlo draws of the Holbæk case (aim < 0.3 s), of
 * the contract and of the fund, with the default distributions; one-way sensitivity over every
 * parameter. Prints figures; asserts nothing (speed is not a test).
 * Run: npm run bench:analytics
 */
import * as os from 'os';
import { SIM_MODELS, simulate, defaultDistributions, mergeInput, validate, tornado, SimKind, simulateFund, makeDistribution, outcomeFundInputModel, ContractParams, FundSimResult } from '../src/model';

function ms(f: () => void): number {
  const t = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

function best(f: () => void, n = 3): number {
  f(); // warm-up: the JIT compiles the model on the first run
  let b = Infinity;
  for (let i = 0; i < n; i++) b = Math.min(b, ms(f));
  return b;
}

const DRAWS = 100_000;
const runs: [SimKind, string][] = [['case', 'holbaek-ips'], ['contract', 'holbaek-ips-contract'], ['fund', 'dsi-fund-25m']];
console.log(`Monte Carlo, ${DRAWS.toLocaleString('en-US')} draws, default distributions, seed 1 (best of 3 after a warm-up)`);
for (const [kind, preset] of runs) {
  const model = SIM_MODELS[kind];
  const layers = [{ preset }];
  const dists = defaultDistributions(kind, model, validate(model, mergeInput(model, layers)) as Record<string, unknown>);
  let p = NaN;
  const t = best(() => {
    const r = simulate(kind, layers, dists, { draws: DRAWS, seed: 1 });
    p = r.breakEven.kommune?.probability ?? NaN;
  });
  console.log(`  ${kind.padEnd(8)} ${preset.padEnd(22)} ${t.toFixed(0).padStart(5)} ms${Number.isNaN(p) ? '' : `   P(kommune breaks even within the horizon) = ${p.toFixed(4)}`}`);
}
console.log('One-way sensitivity over every numeric parameter (+-10 %)');
for (const [kind, preset] of runs) {
  let n = 0;
  const t = best(() => {
    n = tornado(kind, [{ preset }]).rows.length;
  }, 10);
  console.log(`  ${kind.padEnd(8)} ${preset.padEnd(22)} ${t.toFixed(2).padStart(7)} ms (${n} parameters)`);
}

// Issue 12: a million draws of the case (aim < 1 s in Node), one run after a warm-up.
{
  const model = SIM_MODELS.case;
  const layers = [{ preset: 'holbaek-ips' }];
  const dists = defaultDistributions('case', model, validate(model, mergeInput(model, layers)) as Record<string, unknown>);
  simulate('case', layers, dists, { draws: 50_000, seed: 1 });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    times.push(ms(() => simulate('case', layers, dists, { draws: 1_000_000, seed: 1 })));
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  // CPU time as well: on a shared machine the wall-clock time also counts other processes' turns.
  console.log(`Monte Carlo, 1,000,000 case draws (holbaek-ips, default distributions, seed 1): best ${Math.min(...times).toFixed(0)} ms of 3 (${times.map((t) => t.toFixed(0)).join(', ')} ms), CPU time best ${Math.min(...cpu).toFixed(0)} ms`);
}

// The fund as DSI's board sees it (MODEL.md section 7): a 20-year horizon, a reference contract and
// a success rate drawn per vintage (20 draws per fund draw), losses and a guarantee drawn per fund.
{
  const layers = [{ preset: 'dsi-fund-25m', values: { horizon: 20, operatingCost: 3_000_000, maxInvestmentPerYear: 20_000_000, lossRate: 0.1, guaranteeShare: 0.4 } }];
  const contract = validate(SIM_MODELS.contract, mergeInput(SIM_MODELS.contract, [{ preset: 'holbaek-ips-contract' }])) as ContractParams;
  const model = outcomeFundInputModel;
  const dists = [
    makeDistribution(model, { key: 'successRate', kind: 'beta', args: [0.4, 0.0625] }),
    makeDistribution(model, { key: 'lossRate', kind: 'uniform', args: [0, 0.3] }),
    makeDistribution(model, { key: 'guaranteeShare', kind: 'triangular', args: [0.2, 0.4, 0.6] }),
  ];
  let r: FundSimResult | undefined;
  let cpu = Infinity;
  const t = best(() => {
    const before = process.cpuUsage();
    r = simulateFund(layers, dists, { draws: DRAWS, seed: 1, contract });
    const used = process.cpuUsage(before);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  });
  const f = r as FundSimResult;
  console.log(`Fund Monte Carlo, ${DRAWS.toLocaleString('en-US')} draws x 20-year horizon, success rate drawn per vintage (holbaek-ips-contract), lossRate, guaranteeShare (aim < 1 s)`);
  console.log(`  ${t.toFixed(0).padStart(5)} ms (${cpu.toFixed(0)} ms of CPU time; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`);
  console.log(`  P(shortfall) = ${f.probabilities.shortfall.toFixed(4)}, P(fundValue >= capitalIn) = ${f.probabilities.capitalPreserved.toFixed(4)}, mean fundValue = DKK ${(f.stats.fundValue.mean / 1e6).toFixed(2)}m`);
}
