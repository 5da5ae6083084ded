/**
 * The command registry. To add a subcommand: write commands/NAME.ts exporting a `Command`
 * (see ../types.ts; commands/presets.ts is the smallest example) and add it to this list.
 * main() finds commands here; the general help lists them in this order.
 */
import type { Command } from '../types';
import { caseCommand } from './case';
import { fundCommand } from './fund';
import { presetsCommand } from './presets';
import { paramsCommand } from './params';
import { helpCommand } from './help';
import { exportCommand } from './export';
import { contractCommand } from './contract';
import { simulateCommand } from './simulate';
import { sensitivityCommand } from './sensitivity';
import { goalSeekCommand } from './goalseek';

export const COMMANDS: readonly Command[] = [
  caseCommand,
  fundCommand,
  contractCommand,
  simulateCommand,
  sensitivityCommand,
  goalSeekCommand,
  presetsCommand,
  paramsCommand,
  exportCommand,
  helpCommand,
];
