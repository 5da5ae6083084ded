/**
 * Analytics benchmark (issue 6): 100,000 Monte Carlo draws of the Holbæk case (aim < 0.3 s), of
 * the contract and of the fund, with the default distributions; one-way sensitivity over every
 * parameter. Prints figures; asserts nothing (speed is not a test).
 * Run: npm run bench:analytics
 */
import { SIM_MODELS, simulate, defaultDistributions, mergeInput, validate, tornado, SimKind } from '../src/model';

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
  for (let i = 0; i < 3; i++) times.push(ms(() => simulate('case', layers, dists, { draws: 1_000_000, seed: 1 })));
  console.log(`Monte Carlo, 1,000,000 case draws (holbaek-ips, default distributions, seed 1): best ${Math.min(...times).toFixed(0)} ms of 3 (${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
}
