/**
 * dsi: the command line of the model. `main` is the whole program as a function (testable
 * in-process); `runProcess` connects it to the real process; bin/dsi.js calls `runProcess`.
 *
 * Exit status: 0 success; 2 bad input (usage or parameter error: one message on stderr, nothing on
 * stdout); 1 unexpected internal error.
 */
import * as fs from 'fs';
import { closest, isDomainError, localMessage } from '../model';
import { COMMANDS } from './commands';
import { UsageError } from './errors';
import { tokenize, optionsFromTokens, langOf, wantsHelp } from './args';
import { COMMON_OPTIONS, commandHelp } from './helptext';
import type { CliIO, Command, Context, Lang } from './types';

export type { CliIO, Command, Context } from './types';
export { COMMANDS } from './commands';

/** The last valid --lang anywhere in the arguments, or undefined; a bad value is reported later. */
function earlyLang(tokens: ReturnType<typeof tokenize>): Lang | undefined {
  try {
    return langOf(tokens);
  } catch {
    return undefined;
  }
}

function findCommand(name: string, commands: readonly Command[]): Command {
  const cmd = commands.find((c) => c.name === name.toLowerCase());
  if (cmd) return cmd;
  const names = commands.map((c) => c.name);
  const guess = closest(name, names);
  throw new UsageError(
    `Unknown command '${name}'${guess ? ` - did you mean '${guess}'?` : ''} (commands: ${names.join(', ')}; see 'dsi help')`,
    `Ukendt kommando '${name}'${guess ? ` - mente du '${guess}'?` : ''} (kommandoer: ${names.join(', ')}; se 'dsi help')`,
  );
}

function failure(e: unknown, io: CliIO, lang: Lang): number {
  if (e instanceof UsageError) {
    io.stderr(`dsi: ${lang === 'da' && e.da !== undefined ? e.da : e.message}\n`);
    return 2;
  }
  if (isDomainError(e)) {
    io.stderr(`dsi: ${localMessage(e, lang)}\n`);
    return 2;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  const what = lang === 'da' ? 'intern fejl (en fejl i dsi; rapportér den gerne)' : 'internal error (a bug in dsi, please report it)';
  io.stderr(`dsi: ${what}: ${err.stack ?? err.message}\n`);
  return 1;
}

/** The exit status; a Promise of it when the command works asynchronously (dsi export). */
export function main(argv: readonly string[], io: CliIO, commands: readonly Command[] = COMMANDS): number | Promise<number> {
  const chunks: string[] = [];
  const finish = (): number => {
    if (chunks.length > 0) io.stdout(chunks.join(''));
    return ctx.status;
  };
  let pending: void | Promise<void> = undefined;
  const ctx: Context = { io, lang: 'en', out: (t) => void chunks.push(t), commands, status: 0 };
  try {
    // Options before the command: only --lang and --help; the first positional is the command.
    const head = tokenize(argv, COMMON_OPTIONS);
    // The language first, so that every message, even about the command itself, is in it.
    ctx.lang = earlyLang(head) ?? ctx.lang;
    const at = head.findIndex((t) => t.kind !== 'option');
    const before = at < 0 ? head : head.slice(0, at);
    for (const t of before) {
      if (t.kind === 'option' && t.name !== 'help' && t.name !== 'lang') throw new UsageError(`Unknown option '${t.rawName}' before the command (see 'dsi help')`, `Ukendt tilvalg '${t.rawName}' før kommandoen (se 'dsi help')`);
    }
    optionsFromTokens(before, COMMON_OPTIONS, 'dsi');
    ctx.lang = langOf(before) ?? ctx.lang;
    const command = at < 0 ? undefined : head[at];
    if (command?.kind !== 'positional') {
      if (command !== undefined) throw new UsageError("Unknown option '--' before the command (see 'dsi help')", "Ukendt tilvalg '--' før kommandoen (se 'dsi help')");
      if (!wantsHelp(before)) {
        const names = commands.map((c) => c.name).join(', ');
        throw new UsageError(`no command given; commands: ${names} (see 'dsi help')`, `ingen kommando angivet; kommandoer: ${names} (se 'dsi help')`);
      }
      findCommand('help', commands).run({ values: {}, flags: new Set(), positional: [] }, ctx);
    } else {
      const cmd = findCommand(command.value, commands);
      const specs = [...cmd.options, ...COMMON_OPTIONS];
      const tokens = tokenize(argv.slice(command.index + 1), specs);
      ctx.lang = langOf(tokens) ?? ctx.lang;
      if (wantsHelp(before) || wantsHelp(tokens)) {
        ctx.out(commandHelp(cmd, ctx));
      } else {
        pending = cmd.run(optionsFromTokens(tokens, specs, `dsi ${cmd.name}`, cmd.args !== undefined), ctx);
      }
    }
  } catch (e) {
    return failure(e, io, ctx.lang);
  }
  if (pending instanceof Promise) return pending.then(finish, (e) => failure(e, io, ctx.lang));
  return finish();
}

/** The real process: arguments from process.argv, files from disk ('-' is standard input). */
export function runProcess(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    // A closed pipe (dsi ... | head) is not an error of dsi.
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io: CliIO = {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readFile: (p) => fs.readFileSync(p === '-' ? 0 : p, 'utf8'),
  };
  const status = main(process.argv.slice(2), io);
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}

if (require.main === module) runProcess();
