/** Messages between the pane and the Monte Carlo worker (mcWorker.ts). */
import type { DistSpec, InputLayer, SimKind, SimResult } from '../model';

export interface RunRequest {
  type: 'run';
  kind: SimKind;
  layers: InputLayer[];
  /** The distributions as specs: the worker rebuilds them with the model's makeDistribution. */
  dists: DistSpec[];
  draws: number;
  seed: number;
}

export type WorkerReply =
  | { type: 'progress'; share: number }
  | { type: 'done'; result: SimResult }
  | { type: 'error'; message: string; domain: boolean };
