/** Help, presets and params: generated from the registry and the models' metadata. */
import { caseParamMeta, fundParamMeta, PRESETS } from '../../src/model';
import { COMMANDS } from '../../src/cli/main';
import { dsi, dsiJson, tempFile } from './helpers';

describe('help', () => {
  const caseHelp = dsi(['case', '--help']);

  it('dsi case --help lists every case parameter with unit, rule and default', () => {
    expect(caseHelp.code).toBe(0);
    expect(caseHelp.stderr).toBe('');
    for (const m of caseParamMeta) {
      const line = caseHelp.stdout.split('\n').find((l) => l.trim().split(/\s+/)[0] === m.key);
      expect(line).toBeDefined();
      expect(line).toContain(m.unit.en);
    }
    // rules and defaults as MODEL.md states them
    expect(caseHelp.stdout).toMatch(/^\s+successRate\s+share; between 0 and 1; required$/m);
    expect(caseHelp.stdout).toMatch(/^\s+horizon\s+years; a whole number from 1 to 50; default 6$/m);
    expect(caseHelp.stdout).toMatch(/^\s+dropoutRate\s+share; at least 0 and below 1; default 0$/m);
    expect(caseHelp.stdout).toMatch(/^\s+participants\s+people; greater than 0; required$/m);
    expect(caseHelp.stdout).toMatch(/^\s+costTotal\s+DKK; 0 or more; give one of costTotal, costPerParticipant$/m);
    expect(caseHelp.stdout).toContain('p1, share in employment with the intervention');
    expect(caseHelp.stdout).toContain('values sum to 1');
  });

  it('lists the options of the command', () => {
    for (const o of ['--preset NAME', '--params FILE.json', '--set key=value', '--json', '--lang en|da', '--help']) {
      expect(caseHelp.stdout).toContain(o);
    }
  });

  it('dsi help case, dsi case -h and dsi --help case are the same text', () => {
    expect(dsi(['help', 'case']).stdout).toBe(caseHelp.stdout);
    expect(dsi(['case', '-h']).stdout).toBe(caseHelp.stdout);
    expect(dsi(['--help', 'case']).stdout).toBe(caseHelp.stdout);
  });

  it('dsi help lists every command and every parameter of both models', () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const r = dsi(argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`dsi ${c.usage[0]}`);
      for (const m of [...caseParamMeta, ...fundParamMeta]) expect(r.stdout).toMatch(new RegExp(`^\\s+${m.key}\\s`, 'm'));
      expect(r.stdout).toContain('Parameters of the fund model');
      expect(r.stdout).toMatch(/^\s+averageInvestment\s+DKK per partnership; greater than 0; default 4,000,000$/m);
    }
  });

  it('--lang da gives Danish labels and number format', () => {
    const r = dsi(['case', '--help', '--lang', 'da']);
    expect(r.stdout).toContain('Parametre i case-modellen');
    expect(r.stdout).toMatch(/^\s+successRate\s+andel; mellem 0 og 1; skal angives$/m);
    const t = dsi(['case', '--preset', 'holbaek-ips', '--lang', 'da']).stdout;
    expect(t).toMatch(/^kommune\s+år 4 \(2027\)\s+3\.136\.070\s+1,45$/m);
    expect(t).toMatch(/ikke\s+officielle\s+SØM-priser/);
  });
});

describe('dsi presets', () => {
  it('lists every preset with its kind and description', () => {
    const r = dsi(['presets']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^holbaek-ips\s+case\s+IPS for 180 people/m);
    expect(r.stdout).toMatch(/^dsi-fund-25m\s+fund\s+DSI revolving fund/m);
    expect(r.stdout.trim().split('\n')).toHaveLength(2 + PRESETS.length);
  });
  it('--json gives name, kind and description', () => {
    const j = dsiJson(['presets', '--json']);
    expect(j).toHaveLength(PRESETS.length);
    // the presets of MODEL.md (the model may add more, e.g. contract presets)
    expect(j.map((p: any) => [p.name, p.kind])).toEqual(expect.arrayContaining([
      ['holbaek-ips', 'case'], ['holbaek-ips-low', 'case'], ['holbaek-ips-high', 'case'], ['dsi-fund-25m', 'fund'],
    ]));
    expect(j.find((p: any) => p.name === 'holbaek-ips-high').description).toContain('48 %');
  });
});

describe('dsi params', () => {
  it('--json gives the preset values of MODEL.md section 1', () => {
    expect(dsiJson(['params', '--preset', 'holbaek-ips', '--json'])).toEqual({
      participants: 180, costTotal: 6_900_000, costProfile: [0.6, 0.4], costShareKommune: 1, costShareRegion: 0,
      costShareStat: 0, dropoutRate: 0.1, successRate: 0.4, baselineRate: 0.24, effectRamp: [0.5, 1],
      persistence: 0.85, gainKommune: 92_000, gainRegion: 10_000, gainStat: 36_000, horizon: 6, startYear: 2024,
      discountRate: 0,
    });
  });

  it('the JSON can be passed back with --params (break-even 4 without any preset)', () => {
    const file = tempFile('p.json', dsi(['params', '--preset', 'holbaek-ips', '--json']).stdout);
    expect(dsiJson(['case', '--params', file, '--json']).actors.kommune.breakEvenYear).toBe(4);
  });

  it('the table shows values, units and the caveat', () => {
    const r = dsi(['params', '--preset', 'dsi-fund-25m']);
    expect(r.stdout).toMatch(/^initialCapital\s+25,000,000\s+DKK\s+Initial capital$/m);
    expect(r.stdout).toMatch(/^costPerParticipant\s+38333\.3333333\s+DKK per person/m);
    expect(r.stdout).toContain('repayment multiple of 1.15');
    const c = dsi(['params', '--preset', 'holbaek-ips']).stdout;
    expect(c).toMatch(/^costProfile\s+0\.6, 0\.4\s+share per year/m);
    expect(c).toMatch(/not\s+official\s+SØM\s+prices/);
  });
});
