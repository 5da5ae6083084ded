/**
 * MODEL.md section 8 through the command line: --params JSON with consequences, prices, priceYear
 * and priceIndex; gainsPerSuccess in the JSON; unit gains and the price-year warning in the text.
 */
import { dsi, dsiJson, expectBadInput } from './helpers';

const HAND_LINE = { id: 'hand-check', kommune: 4000, region: 0, stat: 0, priceYear: 2024, staircase: true, source: 'MODEL.md section 8 hand check' };
const handCase = {
  participants: 10, costTotal: 0, successRate: 1, horizon: 2,
  prices: [HAND_LINE], consequences: [{ id: 'hand-check', units: 10, weeksAtStart: 0 }],
};
const files = (o: unknown) => ({ 'case.json': JSON.stringify(o) });

describe('dsi case --params with budget lines', () => {
  test('the hand check: kommune 17,600 / 32,000, stat 22,400 / 8,000 per net success', () => {
    const j = dsiJson(['case', '--params', 'case.json', '--json'], files(handCase));
    expect(j.gainsPerSuccess.kommune.map((x: number) => Math.round(x * 1e6) / 1e6)).toEqual([17_600, 32_000]);
    expect(j.gainsPerSuccess.stat.map((x: number) => Math.round(x * 1e6) / 1e6)).toEqual([22_400, 8_000]);
    expect(j.gainsPerSuccess.region).toEqual([0, 0]);
    // S = 10 at full effect: G = 10 x g
    expect(j.actors.kommune.gains[0]).toBeCloseTo(176_000, 6);
  });

  test('the readable output shows the lines, the unit gains per year and the state share', () => {
    const r = dsi(['case', '--params', 'case.json'], files(handCase));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Budget lines behind the unit gains/);
    expect(r.stdout).toMatch(/hand-check \(staircase\)\s+10\.00\s+0\s+4,000\.00/);
    expect(r.stdout).toMatch(/2024\s+17,600\s+0\s+22,400\s+0\.5600/);
    expect(r.stdout).toMatch(/2025\s+32,000\s+0\s+8,000\s+0\.2000/);
    expect(r.stdout).toMatch(/restarts after 52 weeks of self-support is not modelled/);
    expect(r.stderr).toBe('');
  });

  test('in Danish', () => {
    const r = dsi(['case', '--params', 'case.json', '--lang', 'da'], files(handCase));
    expect(r.stdout).toMatch(/Enhedsgevinster, kr\. pr\. nettosucces/);
    expect(r.stdout).toMatch(/2024\s+17\.600\s+0\s+22\.400\s+0,5600/);
  });

  test('mixed price years without priceYear: the result, and a warning on stderr', () => {
    const mixed = { ...handCase, prices: [HAND_LINE, { id: 'visit', kommune: 0, region: 500, stat: 0, priceYear: 2020, source: 'assumption' }], consequences: [...handCase.consequences, { id: 'visit', units: 1 }] };
    const r = dsi(['case', '--params', 'case.json', '--json'], files(mixed));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gainsPerSuccess.region).toEqual([500, 500]);
    expect(r.stderr).toMatch(/^Warning: The price lines are in different price years \(2020: visit; 2024: hand-check\)/);
    const da = dsi(['case', '--params', 'case.json', '--lang', 'da'], files(mixed));
    expect(da.stderr).toMatch(/^Advarsel: Prislinjerne er i forskellige prisniveauer/);
  });

  test('priceYear and priceIndex uprate: 500 x 125 / 100', () => {
    const up = { ...handCase, prices: [{ id: 'visit', kommune: 0, region: 500, stat: 0, priceYear: 2020, source: 'assumption' }], consequences: [{ id: 'visit', units: 1 }], priceYear: 2023, priceIndex: { 2020: 100, 2023: 125 } };
    const r = dsi(['case', '--params', 'case.json', '--json'], files(up));
    expect(JSON.parse(r.stdout).gainsPerSuccess.region).toEqual([625, 625]);
    expect(r.stderr).toBe('');
  });

  test('bad input: exit 2 with the rule, naming the closest id or the missing year', () => {
    expectBadInput(dsi(['case', '--params', 'case.json'], files({ ...handCase, consequences: [{ id: 'hand-chek', units: 1 }] })), /consequence 'hand-chek' is not in the price list - did you mean 'hand-check'\?/);
    expectBadInput(dsi(['case', '--params', 'case.json'], files({ ...handCase, priceYear: 2030 })), /priceIndex has no value for 2030/);
    expectBadInput(dsi(['case', '--params', 'case.json'], files({ ...handCase, consequences: [{ id: 'hand-check', units: 60 }] })), /units are weeks a year, 0 to 52/);
    expectBadInput(dsi(['case', '--preset', 'holbaek-ips', '--params', 'case.json'], files({ gainKommune: 1, consequences: [{ id: 'laegebesoeg', units: 1 }] })), /give gainKommune, gainRegion, gainStat or consequences, not both/);
  });
});

describe('dsi case --preset holbaek-ips-lines beside holbaek-ips', () => {
  const r = dsi(['case', '--preset', 'holbaek-ips-lines']);
  const calibrated = dsiJson(['case', '--preset', 'holbaek-ips', '--json']);
  const lines = dsiJson(['case', '--preset', 'holbaek-ips-lines', '--json']);

  test('shows the reasons and the comparison table with both presets\' figures', () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Why these units/);
    expect(r.stdout).toMatch(/Compared with holbaek-ips/);
    expect(r.stdout).toMatch(/unit gain kommune, year 1 \/ 2\s+92,000 \/ 92,000/);
    expect(r.stdout).toMatch(/break-even kommune\s+year 4\s+year \d/);
    expect(r.stdout).toMatch(/The difference is a finding/);
  });

  test('the comparison reads the same figures as --json of each preset', () => {
    const m = (x: number) => `${(x / 1e6).toFixed(2)}m`;
    expect(r.stdout).toContain(`present value total                      ${m(calibrated.actors.total.presentValue)}`);
    expect(r.stdout).toMatch(new RegExp(`present value total\\s+${m(calibrated.actors.total.presentValue)}\\s+${m(lines.actors.total.presentValue).replace('.', '\\.')}`));
  });

  test('holbaek-ips itself prints no budget-line section', () => {
    expect(dsi(['case', '--preset', 'holbaek-ips']).stdout).not.toMatch(/Budget lines|Compared with/);
  });
});

test('dsi params --preset holbaek-ips-lines --json gives the consequences too: passed back, the same result', () => {
  const params = dsi(['params', '--preset', 'holbaek-ips-lines', '--json']);
  expect(JSON.parse(params.stdout).consequences).toHaveLength(4);
  const back = dsiJson(['case', '--params', 'p.json', '--json'], { 'p.json': params.stdout });
  expect(back.actors.total.presentValue).toBe(dsiJson(['case', '--preset', 'holbaek-ips-lines', '--json']).actors.total.presentValue);
  expect(dsi(['params', '--preset', 'holbaek-ips-lines']).stdout).toMatch(/consequence \| sygedagpenge-uge \| 44 \| 8/);
});
