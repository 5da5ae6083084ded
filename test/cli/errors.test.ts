/** Bad input anywhere: exit 2, one message on stderr naming key, value and rule; nothing on stdout. */
import { dsi, expectBadInput, tempFile } from './helpers';
import type { Command } from '../../src/cli/types';

const base = ['case', '--preset', 'holbaek-ips'];
const set = (kv: string) => dsi([...base, '--set', kv]);

describe('--set values are parsed strictly', () => {
  it.each([
    ['successRate=abc', "successRate must be a number, not text (got 'abc')"],
    ['successRate=1,5', "successRate must be a number, not text (got '1,5')"],
    ['successRate=0x10', "successRate must be a number, not text (got '0x10')"],
    ['successRate=', 'successRate must be a number (got nothing)'],
    ['successRate=Infinity', "successRate must be a number, not text (got 'Infinity')"],
    ['successRate=NaN', "successRate must be a number, not text (got 'NaN')"],
    ['successRate=1e400', "successRate must be a finite number (got '1e400')"],
    ['participants=1_000', "participants must be a number, not text (got '1_000')"],
    ['costProfile=0.6,abc', "costProfile value 2 must be a number, not text (got 'abc')"],
    ['costProfile=0.6,,0.4', "costProfile value 2 is missing (got '0.6,,0.4')"],
  ])('%s', (kv, message) => {
    expectBadInput(set(kv), message);
  });
});

describe('model rules, with the model\'s messages', () => {
  it.each([
    ['successRate=1.4', 'successRate must be between 0 and 1 (got 1.4)'],
    ['dropoutRate=1', 'dropoutRate must be at least 0 and below 1 (got 1)'],
    ['horizon=2.5', 'horizon must be a whole number from 1 to 50 (got 2.5)'],
    ['participants=0', 'participants must be greater than 0 (got 0)'],
    ['costProfile=0.5,0.4', 'costProfile must sum to 1 (sums to 0.9)'],
    ['costShareRegion=0.5', 'costShareKommune + costShareRegion + costShareStat must sum to 1 (sums to 1.5)'],
    ['successRate=0.4,0.5', 'successRate takes one value'],
  ])('%s', (kv, message) => {
    expectBadInput(set(kv), message);
  });

  it('a mistyped key names the closest valid key', () => {
    expectBadInput(set('sucessRate=0.3'), "Unknown parameter 'sucessRate' - did you mean 'successRate'?");
  });

  it('a key of the other model says so', () => {
    expectBadInput(dsi(['fund', '--preset', 'dsi-fund-25m', '--set', 'gainKommune=1']), "'gainKommune' belongs to the case model");
  });

  it('missing required parameters without a preset', () => {
    expectBadInput(dsi(['case']), 'participants is required');
    expectBadInput(dsi(['fund', '--set', 'initialCapital=1']), 'repaymentMultiple is required');
  });

  it('both costTotal and costPerParticipant in one file is an error', () => {
    const file = tempFile('p.json', JSON.stringify({ costTotal: 1, costPerParticipant: 2 }));
    expectBadInput(dsi([...base, '--params', file]), 'give costTotal or costPerParticipant, not both');
  });

  it('a result too large to compute is refused, never printed as Infinity', () => {
    const r = set('gainKommune=1e308');
    expectBadInput(r, 'the result cannot be computed with these parameters: actors.kommune.gains[0] is too large a number');
    expect(r.stderr).not.toMatch(/Infinity|NaN/);
  });
});

describe('presets', () => {
  it('unknown preset suggests the closest name', () => {
    expectBadInput(dsi(['case', '--preset', 'holbaek']), "Unknown preset 'holbaek' - did you mean 'holbaek-ips'?");
  });
  it('a fund preset for the case model is refused', () => {
    expectBadInput(dsi(['case', '--preset', 'dsi-fund-25m']), "preset 'dsi-fund-25m' is a fund preset, but this needs a case preset");
  });
  it('--set preset=... points to --preset', () => {
    expectBadInput(dsi(['case', '--set', 'preset=holbaek-ips']), 'use --preset NAME');
  });
});

describe('command line errors', () => {
  it.each([
    [['cas'], "Unknown command 'cas' - did you mean 'case'?"],
    [[], 'no command given'],
    [['case', '--jsn'], "Unknown option '--jsn' for 'dsi case' - did you mean '--json'?"],
    [['case', '-j'], "Unknown option '-j' for 'dsi case'"],
    [['case', 'holbaek-ips'], "Unexpected argument 'holbaek-ips' for 'dsi case'"],
    [['case', '--preset'], '--preset needs a value'],
    [['case', '--preset', '--json'], '--preset needs a value'],
    [['case', '--set'], '--set needs a value'],
    [['case', '--set', 'successRate'], "--set needs key=value (got 'successRate')"],
    [['case', '--preset', 'holbaek-ips', '--preset', 'holbaek-ips-low'], '--preset is given twice'],
    [['case', '--json=yes'], '--json takes no value'],
    [['case', '--lang', 'fr'], "--lang must be en or da (got 'fr')"],
    [['params'], 'dsi params needs --preset NAME'],
    [['params', '--preset', 'nope'], "Unknown preset 'nope'"],
    [['help', 'cse'], "Unknown command 'cse' - did you mean 'case'?"],
  ])('%j', (argv, message) => {
    expectBadInput(dsi(argv as string[]), message as string);
  });
});

describe('--params file errors', () => {
  it('unreadable file', () => {
    expectBadInput(dsi([...base, '--params', '/nonexistent/dir/p.json']), "cannot read the --params file '/nonexistent/dir/p.json': no such file");
  });
  it('a directory', () => {
    expectBadInput(dsi([...base, '--params', __dirname]), 'it is a directory');
  });
  it('invalid JSON', () => {
    const file = tempFile('p.json', '{"successRate": 0.4,}');
    expectBadInput(dsi([...base, '--params', file]), `the --params file '${file}' is not valid JSON`);
  });
  it('JSON that is neither an object nor an array', () => {
    const file = tempFile('p.json', '"holbaek-ips"');
    expectBadInput(dsi([...base, '--params', file]), "must hold a JSON object of parameters or an array of such objects (got string 'holbaek-ips')");
  });
  it('text where a number belongs', () => {
    const file = tempFile('p.json', JSON.stringify({ successRate: '0.4' }));
    expectBadInput(dsi([...base, '--params', file]), "successRate must be a number, not text (got '0.4')");
  });
  it('null values are refused rather than silently ignored', () => {
    const file = tempFile('p.json', JSON.stringify({ successRate: null }));
    expectBadInput(dsi([...base, '--params', file]), 'successRate is null');
  });
  it('a vector of text', () => {
    const file = tempFile('p.json', JSON.stringify({ costProfile: [0.6, '0.4'] }));
    expectBadInput(dsi([...base, '--params', file]), "costProfile value 2 must be a number, not text (got '0.4')");
  });
  it('accepts a byte order mark', () => {
    const file = tempFile('p.json', '\uFEFF' + JSON.stringify({ successRate: 0.48 }));
    const r = dsi([...base, '--params', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).actors.kommune.breakEvenYear).toBe(3);
  });
});

describe('internal errors', () => {
  it('exit 1 with a message on stderr and nothing on stdout', () => {
    const boom: Command = {
      name: 'boom',
      summary: { en: 'fails', da: 'fejler' },
      usage: ['boom'],
      options: [],
      run(_opts, ctx) {
        ctx.out('partial output');
        throw new TypeError('something broke');
      },
    };
    const r = dsi(['boom'], {}, [boom]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('internal error');
    expect(r.stderr).toContain('something broke');
  });
});
