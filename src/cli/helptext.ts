/** Help screens, generated from the command registry and the models' parameter metadata. */
import { MODELS } from '../model';
import type { Command, Context, OptionSpec } from './types';
import { wrap } from './format';
import { parameterHelp } from './paramhelp';

/** Options every command accepts; main() adds them to each command's own. */
export const COMMON_OPTIONS: OptionSpec[] = [
  { name: 'lang', value: 'en|da', help: { en: 'language of labels and number format (default en)', da: 'sprog for etiketter og talformat (standard en)' } },
  { name: 'help', help: { en: 'show this help (also -h)', da: 'vis denne hjælp (også -h)' } },
];

function optionLines(options: readonly OptionSpec[], ctx: Context): string {
  const names = options.map((o) => `--${o.name}${o.value ? ` ${o.value}` : ''}`);
  const w = Math.max(...names.map((n) => n.length));
  return options.map((o, i) => wrap(o.help[ctx.lang], 100, ' '.repeat(w + 6), `  ${names[i].padEnd(w)}    `)).join('');
}

export function commandHelp(cmd: Command, ctx: Context): string {
  const da = ctx.lang === 'da';
  let s = (da ? 'Brug: ' : 'Usage: ') + cmd.usage.map((u) => `dsi ${u}`).join('\n       ') + '\n\n';
  s += wrap(cmd.summary[ctx.lang], 100);
  s += `\n${da ? 'Tilvalg' : 'Options'}:\n` + optionLines([...cmd.options, ...COMMON_OPTIONS], ctx);
  if (cmd.helpDetails) s += '\n' + cmd.helpDetails(ctx);
  return s;
}

export function generalHelp(ctx: Context): string {
  const da = ctx.lang === 'da';
  let s = da
    ? 'dsi - økonomien i sociale investeringer (Den Sociale Investeringsfond) fra kommandolinjen\n\n'
    : 'dsi - the economics of social impact investment (Den Sociale Investeringsfond) from the command line\n\n';
  s += (da ? 'Brug:' : 'Usage:') + '\n';
  for (const c of ctx.commands) for (const u of c.usage) s += `  dsi ${u}\n`;
  s += `\n${da ? 'Kommandoer' : 'Commands'}:\n`;
  const w = Math.max(...ctx.commands.map((c) => c.name.length));
  for (const c of ctx.commands) s += wrap(c.summary[ctx.lang], 100, ' '.repeat(w + 4), `  ${c.name.padEnd(w)}  `);
  s += '\n';
  s += da
    ? wrap('Indlæsningsrækkefølge: forudindstilling (--preset), så JSON-filens nøgler (--params), så hver --set. ' +
        'Forkert input: afslutningsstatus 2 og én meddelelse på stderr, intet på stdout. "dsi KOMMANDO --help" viser tilvalgene.')
    : wrap('Inputs apply in order: the preset (--preset), then the JSON file\'s keys (--params), then each --set. ' +
        'Bad input: exit status 2 and one message on stderr, nothing on stdout. "dsi COMMAND --help" shows its options.');
  s += `\n${da ? 'Fælles tilvalg' : 'Options for every command'}:\n` + optionLines(COMMON_OPTIONS, ctx);
  for (const model of Object.values(MODELS)) s += '\n' + parameterHelp(model, ctx.lang);
  return s;
}
