/**
 * A small, strict option parser: `--name VALUE`, `--name=VALUE`, flags `--name`; anything else is
 * an error that says what was expected. No positional arguments unless the command asks for them.
 */
import { closest } from '../model';
import { UsageError } from './errors';
import type { OptionSpec, ParsedOptions } from './types';

export function parseOptions(
  args: readonly string[],
  specs: readonly OptionSpec[],
  where: string,
  allowPositional = false,
): ParsedOptions {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const values: Record<string, string[]> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (allowPositional && !arg.startsWith('-')) {
        positional.push(arg);
        continue;
      }
      throw new UsageError(
        arg.startsWith('-') && arg !== '-'
          ? `Unknown option '${arg}' for '${where}' (options start with two dashes; see '${where} --help')`
          : `Unexpected argument '${arg}' for '${where}' (see '${where} --help')`,
      );
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).toLowerCase();
    const spec = byName.get(name);
    if (!spec) {
      const guess = closest(name, [...byName.keys()]);
      throw new UsageError(
        `Unknown option '--${name}' for '${where}'${guess ? ` - did you mean '--${guess}'?` : ''} (see '${where} --help')`,
      );
    }
    if (spec.value === undefined) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value (got '${arg}')`);
      flags.add(name);
      continue;
    }
    let value: string;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UsageError(`--${name} needs a value: --${name} ${spec.value}`);
      }
      value = next;
      i++;
    }
    const list = (values[name] ??= []);
    if (list.length > 0 && !spec.repeat) {
      throw new UsageError(`--${name} is given twice ('${list[0]}' and '${value}'); give it once`);
    }
    list.push(value);
  }
  return { values, flags, positional };
}

export function single(opts: ParsedOptions, name: string): string | undefined {
  return opts.values[name]?.[0];
}
