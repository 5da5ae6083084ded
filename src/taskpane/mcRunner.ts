/**
 * Runs a Monte Carlo for the pane: in a Web Worker (mcworker.js, CSP worker-src 'self') when the
 * page can start one, else on the page in chunks (simulateAsync). Both run the model's Simulation,
 * so the same seed gives the same result either way. Cancel: the worker is terminated at once. A
 * worker is started when the Risk tab is first used (prewarmWorker) and kept for the next run.
 */
import { simulateAsync, simulateFundAsync, SimulationCancelled, ParameterError, Distribution, InputLayer, SimKind, SimResult } from '../model';
import type { RunRequest, WorkerReply } from './mcProtocol';

export const WORKER_URL = 'mcworker.js';

export interface RunOptions {
  draws: number;
  seed: number;
  signal: AbortSignal;
  onProgress(share: number): void;
}

function startWorker(): Worker | undefined {
  try {
    return typeof Worker === 'function' ? new Worker(WORKER_URL) : undefined;
  } catch {
    return undefined; // blocked (CSP) or unsupported: run on the page instead
  }
}

/** A worker started ahead of the next run (its script loaded and compiled), or none. */
let spare: Worker | undefined;

/** Starts a worker before it is needed, so that a run does not wait for the worker's script. */
export function prewarmWorker(): void {
  if (spare) return;
  spare = startWorker();
  // A worker whose script cannot load is no spare; the next run starts its own or runs on the page.
  if (spare) spare.onerror = () => dropSpare();
}

function dropSpare(): void {
  spare?.terminate();
  spare = undefined;
}

function takeWorker(): Worker | undefined {
  const w = spare ?? startWorker();
  spare = undefined;
  return w;
}

/** A worker that finished a run serves the next one (a cancelled or failed one is terminated). */
function keep(worker: Worker): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (spare) worker.terminate();
  else {
    spare = worker;
    spare.onerror = () => dropSpare();
  }
}

function inWorker(worker: Worker, req: RunRequest, o: RunOptions, onPage: () => Promise<SimResult>): Promise<SimResult> {
  let heard = false;
  return new Promise<SimResult>((resolve, reject) => {
    const stop = (e: unknown) => {
      worker.terminate();
      o.signal.removeEventListener('abort', onAbort);
      reject(e);
    };
    const onAbort = () => stop(new SimulationCancelled());
    o.signal.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      heard = true;
      const m = e.data;
      if (m.type === 'progress') o.onProgress(m.share);
      else if (m.type === 'done') {
        keep(worker);
        o.signal.removeEventListener('abort', onAbort);
        resolve(m.result);
      } else stop(m.domain ? new ParameterError(m.message, m.key, undefined, m.parts) : new Error(m.message));
    };
    worker.onerror = (e) => {
      if (heard) return stop(new Error(e.message || 'the simulation worker failed'));
      // The worker's script did not load or start (blocked, missing): run on the page instead.
      worker.terminate();
      o.signal.removeEventListener('abort', onAbort);
      onPage().then(resolve, reject);
    };
    worker.postMessage(req);
  });
}

export function runSimulation(kind: SimKind, layers: InputLayer[], dists: readonly Distribution[], o: RunOptions): Promise<SimResult> {
  const opts = { draws: o.draws, seed: o.seed, chunk: 2000, signal: o.signal, onProgress: o.onProgress };
  // The fund has its own simulation (docs/fund.md: fund value, shortfalls).
  const onPage = () => (kind === 'fund' ? simulateFundAsync(layers, dists, opts) : simulateAsync(kind, layers, dists, opts));
  const worker = takeWorker();
  if (!worker) return onPage();
  const req: RunRequest = { type: 'run', kind, layers, dists: dists.map((d) => ({ key: d.key, kind: d.kind, args: [...d.args] })), draws: o.draws, seed: o.seed };
  return inWorker(worker, req, o, onPage);
}
