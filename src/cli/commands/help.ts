/** dsi help [COMMAND]: the general help (commands and every model parameter) or one command's help. */
import { closest } from '../../model';
import type { Command } from '../types';
import { UsageError } from '../errors';
import { commandHelp, generalHelp } from '../helptext';

export const helpCommand: Command = {
  name: 'help',
  summary: { en: 'show help: all commands and parameters, or one command', da: 'vis hjælp: alle kommandoer og parametre, eller én kommando' },
  usage: ['help [COMMAND]'],
  args: '[COMMAND]',
  options: [],
  run(opts, ctx) {
    if (opts.positional.length > 1) {
      throw new UsageError(`dsi help takes at most one command name (got ${opts.positional.join(' ')})`, `dsi help tager højst ét kommandonavn (fik ${opts.positional.join(' ')})`);
    }
    const name = opts.positional[0];
    if (name === undefined) {
      ctx.out(generalHelp(ctx));
      return;
    }
    const cmd = ctx.commands.find((c) => c.name === name.toLowerCase());
    if (!cmd) {
      const guess = closest(name, ctx.commands.map((c) => c.name));
      const names = ctx.commands.map((c) => c.name).join(', ');
      throw new UsageError(
        `Unknown command '${name}'${guess ? ` - did you mean '${guess}'?` : ''} (commands: ${names})`,
        `Ukendt kommando '${name}'${guess ? ` - mente du '${guess}'?` : ''} (kommandoer: ${names})`,
      );
    }
    ctx.out(commandHelp(cmd, ctx));
  },
};
