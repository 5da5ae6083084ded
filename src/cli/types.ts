/**
 * The shapes every subcommand shares. A command is a plain object in the registry
 * (commands/index.ts); main() parses its options, handles --help and --lang, and runs it.
 */
import type { Text } from '../model';

export type Lang = 'en' | 'da';

/** Where the CLI reads and writes. The process wrapper passes the real streams; tests pass buffers. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a whole text file (the process wrapper reads standard input for '-'). Throws on failure. */
  readFile(path: string): string;
}

/** One option of a command: `--name VALUE` (or `--name=VALUE`) or a flag `--name`. */
export interface OptionSpec {
  name: string;
  /** Placeholder for the value in help, e.g. 'NAME'; absent for a flag that takes no value. */
  value?: string;
  /** May be given more than once (values kept in order). */
  repeat?: boolean;
  help: Text;
}

export interface ParsedOptions {
  /** Values of options that take one, in the order given (one entry unless `repeat`). */
  values: Record<string, string[]>;
  /** Flags that were given. */
  flags: Set<string>;
  /** Arguments that are not options (only for commands that declare `args`). */
  positional: string[];
}

export interface Context {
  io: CliIO;
  lang: Lang;
  /** Appends to standard output; written only when the command succeeds. */
  out(text: string): void;
  /** Exit status of a command that succeeds with output but must report failures (--keep-going: 1). */
  status: number;
  /** All registered commands (for help). */
  commands: readonly Command[];
}

export interface Command {
  name: string;
  summary: Text;
  /** Usage line(s) without the leading 'dsi '. */
  usage: string[];
  options: OptionSpec[];
  /** Placeholder for positional arguments in help (e.g. '[COMMAND]'); absent: none are accepted. */
  args?: string;
  /** Extra help after the options (e.g. the parameter list of a model). */
  helpDetails?(ctx: Context): string;
  /** Runs the command. Throws UsageError / ParameterError for bad input (exit 2). */
  run(opts: ParsedOptions, ctx: Context): void | Promise<void>;
}

export function tr(lang: Lang, t: Text): string {
  return t[lang];
}
