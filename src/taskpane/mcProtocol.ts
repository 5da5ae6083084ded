/** Messages between the pane and the Monte Carlo worker (mcWorker.ts). */
import type { DistSpec, InputLayer, MessageParts, SimKind, SimResult } from '../model';

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
  /** A model error with its key and catalogue parts (so the pane can show it in its language). */
  | { type: 'error'; message: string; domain: boolean; key?: string; parts?: MessageParts };
