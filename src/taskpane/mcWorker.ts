/**
 * The Monte Carlo off the pane's thread (a Web Worker, its own bundle mcworker.js): the same
 * Simulation as everywhere, so the same seed gives the same numbers. It runs in chunks only to
 * report progress; cancelling terminates the worker (mcRunner.ts), so no message needs to get in.
 */
import { Simulation, FundSimulation, SIM_MODELS, makeDistribution, isDomainError } from '../model';
import type { RunRequest, WorkerReply } from './mcProtocol';

interface WorkerScope {
  onmessage: ((e: MessageEvent<RunRequest>) => void) | null;
  postMessage(msg: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** Progress about every 1/50 of the run: enough for the bar, few messages. */
const REPORTS = 50;

scope.onmessage = (e) => {
  const req = e.data;
  try {
    const model = SIM_MODELS[req.kind];
    const dists = req.dists.map((d) => makeDistribution(model, d));
    // The fund has its own simulation (docs/fund.md: fund value, shortfalls).
    const sim = req.kind === 'fund' ? new FundSimulation(req.layers, dists, { draws: req.draws, seed: req.seed }) : new Simulation(req.kind, req.layers, dists, { draws: req.draws, seed: req.seed });
    const chunk = Math.max(1000, Math.ceil(req.draws / REPORTS));
    while (!sim.done) {
      sim.step(chunk);
      scope.postMessage({ type: 'progress', share: sim.progress });
    }
    const result = sim.result();
    // The samples move to the pane without a copy (32 MB at a million draws of the case).
    scope.postMessage({ type: 'done', result }, Object.values(result.samples).map((a) => a.buffer as ArrayBuffer));
  } catch (err) {
    const domain = isDomainError(err);
    scope.postMessage({ type: 'error', message: (err as Error).message, domain, key: domain ? err.key : undefined, parts: domain ? err.parts : undefined });
  }
};
