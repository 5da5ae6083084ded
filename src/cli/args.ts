/**
 * Command-line arguments, split by Node's util.parseArgs (its token list) and checked here, so every
 * mistake gets our own message: the closest option for a misspelt one, "needs a value", "takes no
 * value", "given twice". Options are `--name VALUE`, `--name=VALUE` and flags `--name` (`-h` is
 * --help); positional arguments only for commands that ask for them.
 */
import { parseArgs } from 'util';
import { closest } from '../model';
import { UsageError } from './errors';
import type { Lang, OptionSpec, ParsedOptions } from './types';

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];
export type Token =
  | { kind: 'option'; name: string; rawName: string; index: number; value?: string; inlineValue?: boolean }
  | { kind: 'positional'; index: number; value: string }
  | { kind: 'option-terminator'; index: number };

/** The tokens of `args` for these options (unknown options come through as tokens too). */
export function tokenize(args: readonly string[], specs: readonly OptionSpec[]): Token[] {
  const options: ParseArgsOptions = {};
  for (const s of specs) {
    options[s.name] = s.value === undefined ? { type: 'boolean', ...(s.name === 'help' ? { short: 'h' } : {}) } : { type: 'string' };
  }
  // strict: false so that unknown options and positionals arrive as tokens and get our messages.
  return parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true }).tokens as Token[];
}

export function parseLang(v: string): Lang {
  const l = v.trim().toLowerCase();
  if (l === 'en' || l === 'da') return l;
  throw new UsageError(`--lang must be en or da (got '${v}')`, `--lang skal være en eller da (fik '${v}')`);
}

/** The --lang of these tokens (the last one given), or undefined. */
export function langOf(tokens: readonly Token[]): Lang | undefined {
  let lang: Lang | undefined;
  for (const t of tokens) if (t.kind === 'option' && t.name === 'lang' && t.value !== undefined && !t.value.startsWith('--')) lang = parseLang(t.value);
  return lang;
}

export function wantsHelp(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'option' && t.name === 'help');
}

function unexpected(t: Token, where: string): UsageError {
  if (t.kind === 'positional') return new UsageError(`Unexpected argument '${t.value}' for '${where}' (see '${where} --help')`, `Uventet argument '${t.value}' til '${where}' (se '${where} --help')`);
  const raw = t.kind === 'option' ? t.rawName : '--';
  return new UsageError(
    `Unknown option '${raw}' for '${where}' (options start with two dashes; see '${where} --help')`,
    `Ukendt tilvalg '${raw}' til '${where}' (tilvalg starter med to bindestreger; se '${where} --help')`,
  );
}

/** The value of an option that takes one; a value that looks like the next option means none was given. */
function optionValue(t: Extract<Token, { kind: 'option' }>, spec: OptionSpec): string {
  if (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))) {
    throw new UsageError(`--${spec.name} needs a value: --${spec.name} ${spec.value}`, `--${spec.name} kræver en værdi: --${spec.name} ${spec.value}`);
  }
  return t.value;
}

export function parseOptions(args: readonly string[], specs: readonly OptionSpec[], where: string, allowPositional = false): ParsedOptions {
  return optionsFromTokens(tokenize(args, specs), specs, where, allowPositional);
}

export function optionsFromTokens(tokens: readonly Token[], specs: readonly OptionSpec[], where: string, allowPositional = false): ParsedOptions {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: Record<string, string[]> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional' && allowPositional && !t.value.startsWith('-')) {
      positional.push(t.value);
      continue;
    }
    if (t.kind !== 'option' || !t.rawName.startsWith('--') && t.name !== 'help') throw unexpected(t, where);
    const spec = byName.get(t.name);
    if (!spec) {
      const guess = closest(t.name, [...byName.keys()]);
      throw new UsageError(
        `Unknown option '--${t.name}' for '${where}'${guess ? ` - did you mean '--${guess}'?` : ''} (see '${where} --help')`,
        `Ukendt tilvalg '--${t.name}' til '${where}'${guess ? ` - mente du '--${guess}'?` : ''} (se '${where} --help')`,
      );
    }
    if (spec.value === undefined) {
      if (t.value !== undefined) throw new UsageError(`--${spec.name} takes no value (got '${t.rawName}=${t.value}')`, `--${spec.name} tager ingen værdi (fik '${t.rawName}=${t.value}')`);
      flags.add(spec.name);
      continue;
    }
    const value = optionValue(t, spec);
    const list = (values[spec.name] ??= []);
    if (list.length > 0 && !spec.repeat) {
      throw new UsageError(`--${spec.name} is given twice ('${list[0]}' and '${value}'); give it once`, `--${spec.name} er angivet to gange ('${list[0]}' og '${value}'); angiv det én gang`);
    }
    list.push(value);
  }
  return { values, flags, positional };
}

export function single(opts: ParsedOptions, name: string): string | undefined {
  return opts.values[name]?.[0];
}
