/** dsi goalseek: the same search as DSI.GOALSEEK, checked against hand calculations. */
import { dsi, dsiJson, expectBadInput, tempFile } from './helpers';

const SUM_E = 0.5 + 1 + 0.85 + 0.85 ** 2 + 0.85 ** 3 + 0.85 ** 4;
const base = ['goalseek', '--preset', 'holbaek-ips', '--output', 'actors.kommune.presentValue', '--target', '0', '--key', 'successRate'];

describe('dsi goalseek', () => {
  it('--json gives key, value, output, target, achieved; the switching rate 0.350003', () => {
    const j = dsiJson([...base, '--json']);
    expect(Object.keys(j)).toEqual(['key', 'value', 'output', 'target', 'achieved']);
    expect(j.value).toBeCloseTo(0.24 + 6_900_000 / (162 * 92_000 * SUM_E), 9);
    expect(j).toMatchObject({ key: 'successRate', output: 'actors.kommune.presentValue', target: 0 });
    expect(Math.abs(j.achieved)).toBeLessThan(0.1);
  });

  it('text output, in English and Danish', () => {
    expect(dsi(base).stdout).toMatch(/^successRate = 0\.350003 gives actors\.kommune\.presentValue = -?0\.\d+ \(target 0\)$/m);
    expect(dsi([...base, '--lang', 'da']).stdout).toMatch(/^successRate = 0,350003 giver actors\.kommune\.presentValue = -?0,\d+ \(mål 0\)$/m);
  });

  it('--set applies before the search: with gainKommune 100,000 the rate is lower', () => {
    const j = dsiJson([...base, '--set', 'gainKommune=100000', '--json']);
    expect(j.value).toBeCloseTo(0.24 + 6_900_000 / (162 * 100_000 * SUM_E), 9);
  });

  it('a --params file picks the model from its preset (the fund)', () => {
    const file = tempFile('f.json', JSON.stringify({ preset: 'dsi-fund-25m' }));
    const j = dsiJson(['goalseek', '--model', 'fund', '--params', file, '--output', 'totalInvested', '--target', '100000000', '--key', 'initialCapital', '--json']);
    expect(j.value).toBeCloseTo((25e6 * 100e6) / 70_382_642.1075, 1);
  });

  it('min and max of a share may be percentages', () => {
    expect(dsiJson([...base, '--min', '30%', '--max', '40 %', '--json']).value).toBeCloseTo(0.24 + 6_900_000 / (162 * 92_000 * SUM_E), 9);
    expectBadInput(dsi([...base, '--max', '30%']), 'no value of successRate in [0, 0.3] gives');
  });

  it('no crossing in [min, max]: exit 2 with the message', () => {
    expectBadInput(dsi([...base, '--max', '0.3']), 'no value of successRate in [0, 0.3] gives actors.kommune.presentValue = 0');
  });

  it('missing options and bad numbers', () => {
    expectBadInput(dsi(['goalseek', '--preset', 'holbaek-ips', '--target', '0', '--key', 'successRate']), 'dsi goalseek needs --output PATH');
    expectBadInput(dsi([...base.slice(0, 5), '--key', 'successRate']), 'dsi goalseek needs --target X');
    expectBadInput(dsi([...base, '--min', 'low']), "min must be a number, not text (got 'low')");
    expectBadInput(dsi([...base.slice(0, 4), 'actors.kommune.presentvalu', ...base.slice(5)]), "did you mean 'actors.kommune.presentValue'?");
  });
});
