/** The argument split (util.parseArgs tokens, our checks): forms that must keep working. */
import { dsi, dsiJson, expectBadInput } from './helpers';

describe('option forms', () => {
  it('--name=value, --name value and repeated --set give the same run', () => {
    const a = dsiJson(['case', '--preset=holbaek-ips', '--set=successRate=0.48', '--set', 'baselineRate=0.2', '--json']);
    const b = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.48', '--set=baselineRate=0.2', '--json']);
    expect(a).toEqual(b);
    expect(a.netSuccesses).toBeCloseTo(180 * 0.9 * 0.28, 10);
  });

  it('--lang before or after the command, and -h anywhere', () => {
    const help = dsi(['case', '--help', '--lang', 'da']).stdout;
    expect(dsi(['--lang', 'da', 'case', '-h']).stdout).toBe(help);
    expect(dsi(['--lang=da', '--help', 'case']).stdout).toBe(help);
    expect(help.startsWith('Brug: dsi case')).toBe(true);
    // after the command wins over before it
    expect(dsi(['--lang', 'da', 'case', '--help', '--lang', 'en']).stdout.startsWith('Usage: dsi case')).toBe(true);
  });

  it('a value starting with a dash is a value when written with =', () => {
    expect(dsiJson(['case', '--preset', 'holbaek-ips', '--set=baselineRate=0.24', '--json']).netSuccesses).toBeCloseTo(25.92, 10);
    expectBadInput(dsi(['case', '--preset', '--set', 'x=1']), '--preset needs a value: --preset NAME');
  });

  it('positional arguments only where a command takes them; -- is not an option', () => {
    expect(dsi(['help', 'case']).code).toBe(0);
    expectBadInput(dsi(['presets', 'extra']), "Unexpected argument 'extra' for 'dsi presets'");
    expectBadInput(dsi(['--', 'case']), "Unknown option '--' before the command");
    expectBadInput(dsi(['--preset', 'x', 'case']), "Unknown option '--preset' before the command");
  });
});
