/** dsi case: presets, --set, --params, applying order; figures checked against MODEL.md and by hand. */
import { dsi, dsiJson, tempFile, holbaekS, kommuneCumulative } from './helpers';

describe('dsi case --preset holbaek-ips (text)', () => {
  const r = dsi(['case', '--preset', 'holbaek-ips']);

  it('succeeds and writes once to stdout, nothing to stderr', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdoutWrites).toBe(1);
  });

  it('shows the municipality breaking even in year 4 (2027) and the others in year 1 (MODEL.md: after 4 years)', () => {
    expect(r.stdout).toMatch(/^kommune\s+year 4 \(2027\)\s+3,136,070\s+1\.45$/m);
    // region and state bear no cost: break-even in year 1, no benefit-cost ratio
    expect(r.stdout).toMatch(/^region\s+year 1 \(2024\)\s+1,090,877\s+none \(no costs\)$/m);
    expect(r.stdout).toMatch(/^stat\s+year 1 \(2024\)\s+3,927,158\s+none \(no costs\)$/m);
  });

  it('shows the total of 8.15m over 6 years (3,576,960 x 4.20863125 - 6,900,000 = 8,154,105.6)', () => {
    expect(r.stdout).toMatch(/^total\s+year 3 \(2026\)\s+8,154,106\s/m);
    expect(r.stdout).toMatch(/total net over 6 years\s+about DKK 8m\s+8\.15m/);
  });

  it('prints the yearly municipality table with the hand-computed cumulative -1,296,096 (2026) and 426,806 (2027)', () => {
    // gains 25.92 x 92,000 x e_t; costs 4.14m, 2.76m
    expect(r.stdout).toMatch(/^2024\s+1,192,320\s+4,140,000\s+-2,947,680\s+-2,947,680$/m);
    expect(r.stdout).toMatch(/^2026\s+2,026,944\s+0\s+2,026,944\s+-1,296,096$/m);
    expect(r.stdout).toMatch(/^2027\s+1,722,902\s+0\s+1,722,902\s+426,806$/m);
  });

  it('prints the check against the report and the calibration caveat', () => {
    expect(r.stdout).toContain('Check against the report');
    expect(r.stdout).toMatch(/municipality break-even\s+after 4 years\s+year 4/);
    expect(r.stdout).toMatch(/net successes S\s+-\s+25\.92/);
    expect(r.stdout).toMatch(/calibrated[\s\S]*not\s+official\s+SØM\s+prices/);
  });

  it('never prints NaN or Infinity', () => {
    expect(r.stdout).not.toMatch(/NaN|Infinity/);
  });
});

describe('dsi case --json', () => {
  const j = dsiJson(['case', '--preset', 'holbaek-ips', '--json']);

  it('has exactly the keys of FUNCTIONS.md, in order', () => {
    // gainsPerSuccess: MODEL.md section 8 ("the case JSON output always has gainsPerSuccess").
    expect(Object.keys(j)).toEqual(['netSuccesses', 'years', 'effect', 'gainsPerSuccess', 'actors']);
    expect(j.gainsPerSuccess).toEqual({ kommune: Array(6).fill(92_000), region: Array(6).fill(10_000), stat: Array(6).fill(36_000) });
    expect(Object.keys(j.actors)).toEqual(['kommune', 'region', 'stat', 'total']);
    for (const a of ['kommune', 'region', 'stat', 'total']) {
      expect(Object.keys(j.actors[a])).toEqual(['gains', 'costs', 'net', 'cumulative', 'breakEvenYear', 'presentValue', 'benefitCostRatio']);
    }
  });

  it('matches MODEL.md: S = 25.92, years 2024..2029, municipality break-even 4, total 8.15m', () => {
    expect(j.netSuccesses).toBeCloseTo(25.92, 10);
    expect(j.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
    expect(j.effect).toEqual([0.5, 1, 0.85, 0.7225, 0.614125, 0.52200625].map((x) => expect.closeTo(x, 12)));
    expect(j.actors.kommune.breakEvenYear).toBe(4);
    expect(j.actors.kommune.cumulative[2]).toBeCloseTo(-1_296_096, 4);
    expect(j.actors.kommune.cumulative[3]).toBeCloseTo(426_806.4, 4);
    expect(j.actors.total.presentValue).toBeCloseTo(8_154_105.636, 3);
    expect(j.actors.kommune.presentValue).toBeCloseTo(3_136_070.424, 3);
    expect(j.actors.region.presentValue).toBeCloseTo(1_090_877.22, 2);
    expect(j.actors.stat.presentValue).toBeCloseTo(3_927_157.992, 3);
    expect(j.actors.stat.presentValue).toBeGreaterThan(j.actors.kommune.presentValue);
  });

  it('gives null (not a number) for a ratio without costs and for no break-even', () => {
    expect(j.actors.region.benefitCostRatio).toBeNull();
    const low = dsiJson(['case', '--preset', 'holbaek-ips-low', '--json']);
    expect(low.actors.kommune.breakEvenYear).toBeNull();
    expect(Object.keys(low.actors.kommune)).toContain('breakEvenYear');
  });

  it('prints only JSON (no report check or caveat)', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--json']);
    expect(r.stdout.trim().startsWith('{')).toBe(true);
    expect(r.stdout).not.toContain('SØM');
  });
});

describe('--set', () => {
  it('successRate=0.48 breaks even in year 3 (MODEL.md high scenario; by hand: -1,534,560 then +1,505,856)', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.48', '--json']);
    expect(j.netSuccesses).toBeCloseTo(38.88, 10);
    expect(j.actors.kommune.cumulative[1]).toBeCloseTo(-1_534_560, 4);
    expect(j.actors.kommune.cumulative[2]).toBeCloseTo(1_505_856, 4);
    expect(j.actors.kommune.breakEvenYear).toBe(3);
    const text = dsi(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.48']).stdout;
    expect(text).toMatch(/^kommune\s+year 3 \(2026\)/m);
  });

  it('successRate=0.32 does not break even: "not within the 6-year horizon"', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.32']);
    expect(r.code).toBe(0);
    expect(kommuneCumulative(0.32)[5]).toBeLessThan(0);
    expect(r.stdout).toMatch(/^kommune\s+not within the 6-year horizon/m);
  });

  it('a changed preset gets no report check but keeps the caveat, marked as changed', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.48']);
    expect(r.stdout).not.toContain('Check against the report');
    expect(r.stdout).toContain('holbaek-ips (changed here)');
    expect(r.stdout).toMatch(/Note \(preset holbaek-ips, changed here\):[\s\S]*not\s+official\s+SØM/);
  });

  it('keys are case insensitive and the last --set of a key wins', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'SUCCESSRATE=0.32', '--set', 'successrate=0.48', '--json']);
    expect(j.netSuccesses).toBeCloseTo(holbaekS(0.48), 10);
  });

  it('takes vectors comma separated: costProfile=0.5,0.5 spends 3.45m in each of the first two years', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'costProfile=0.5,0.5', '--json']);
    expect(j.actors.kommune.costs).toEqual([3_450_000, 3_450_000, 0, 0, 0, 0]);
    expect(j.actors.total.costs).toEqual([3_450_000, 3_450_000, 0, 0, 0, 0]);
  });

  it('takes a one-value vector: effectRamp=1 starts at full effect and decays by 0.85', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'effectRamp=1', '--json']);
    expect(j.effect).toEqual([1, 0.85, 0.7225, 0.614125, 0.52200625, 0.4437053125].map((x) => expect.closeTo(x, 12)));
  });

  it('takes yearly discount rates: discountRate=0.1,0.2 discounts year 2 by 1/1.2 (r_1 is not used)', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'discountRate=0.1,0.2', '--json']);
    // CN_2 = -2,947,680 + (2,384,640 - 2,760,000) / 1.2
    expect(j.actors.kommune.cumulative[1]).toBeCloseTo(-2_947_680 - 375_360 / 1.2, 4);
    // DF_3 = 1 / 1.2^2 (the last rate continues)
    expect(j.actors.kommune.cumulative[2]).toBeCloseTo(-2_947_680 - 375_360 / 1.2 + 2_026_944 / 1.44, 4);
  });

  it('accepts numbers with exponents and signs: gainRegion=-1e4 turns the region negative', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'gainRegion=-1e4', '--json']);
    expect(j.actors.region.presentValue).toBeCloseTo(-1_090_877.22, 2);
    expect(j.actors.region.breakEvenYear).toBeNull();
  });

  it('accepts --set=key=value and --preset=NAME', () => {
    const j = dsiJson(['case', '--preset=holbaek-ips', '--set=successRate=0.48', '--json']);
    expect(j.actors.kommune.breakEvenYear).toBe(3);
  });
});

describe('--params with one JSON object', () => {
  it('runs a complete parameter set without a preset (MODEL.md example by hand)', () => {
    const file = tempFile('p.json', JSON.stringify({
      participants: 100, costTotal: 1_000_000, successRate: 0.5, baselineRate: 0.3,
      gainKommune: 100_000, gainRegion: 0, gainStat: 50_000, horizon: 3,
    }));
    const j = dsiJson(['case', '--params', file, '--json']);
    // S = 100 x 1 x 0.2 = 20; effect 1 every year; kommune: 2m a year, cost 1m in year 1
    expect(j.netSuccesses).toBeCloseTo(20, 12);
    expect(j.years).toEqual([2024, 2025, 2026]);
    expect(j.actors.kommune.cumulative).toEqual([1_000_000, 3_000_000, 5_000_000].map((x) => expect.closeTo(x, 6)));
    expect(j.actors.kommune.benefitCostRatio).toBeCloseTo(6, 12);
    expect(j.actors.stat.gains).toEqual([1_000_000, 1_000_000, 1_000_000].map((x) => expect.closeTo(x, 6)));
  });

  it('a "preset" key in the file starts from that preset (and the text says so)', () => {
    const file = tempFile('p.json', JSON.stringify({ preset: 'holbaek-ips', successRate: 0.48 }));
    expect(dsiJson(['case', '--params', file, '--json']).actors.kommune.breakEvenYear).toBe(3);
    const text = dsi(['case', '--params', file]).stdout;
    expect(text).toContain('based on preset holbaek-ips');
    expect(text).toMatch(/not\s+official\s+SØM/);
  });

  it('a file that restates the preset unchanged still gets the report check', () => {
    const file = tempFile('p.json', JSON.stringify({ preset: 'holbaek-ips-high' }));
    const r = dsi(['case', '--params', file]);
    expect(r.stdout).toMatch(/Check against the report \(holbaek-ips-high\)/);
    expect(r.stdout).toMatch(/municipality break-even\s+year 3\s+year 3/);
  });
});

describe('applying order: preset, then file, then --set', () => {
  const file48 = tempFile('p.json', JSON.stringify({ successRate: 0.48 }));

  it('the file overrides the preset', () => {
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--params', file48, '--json']);
    expect(j.netSuccesses).toBeCloseTo(holbaekS(0.48), 10);
  });

  it('--set overrides the file, whatever the order on the command line', () => {
    for (const argv of [
      ['case', '--preset', 'holbaek-ips', '--params', file48, '--set', 'successRate=0.32', '--json'],
      ['case', '--set', 'successRate=0.32', '--params', file48, '--preset', 'holbaek-ips', '--json'],
    ]) {
      const j = dsiJson(argv);
      expect(j.netSuccesses).toBeCloseTo(holbaekS(0.32), 10);
      expect(j.actors.kommune.breakEvenYear).toBeNull();
    }
  });

  it('a preset named in the file replaces --preset', () => {
    const file = tempFile('p.json', JSON.stringify({ preset: 'holbaek-ips-low' }));
    const j = dsiJson(['case', '--preset', 'holbaek-ips-high', '--params', file, '--json']);
    expect(j.netSuccesses).toBeCloseTo(holbaekS(0.32), 10);
  });

  it('costPerParticipant in a later layer replaces the preset\'s costTotal (30,000 x 180 = 5.4m)', () => {
    const file = tempFile('p.json', JSON.stringify({ costPerParticipant: 30_000 }));
    const j = dsiJson(['case', '--preset', 'holbaek-ips', '--params', file, '--json']);
    expect(j.actors.kommune.costs[0]).toBeCloseTo(0.6 * 5_400_000, 6);
    expect(j.actors.kommune.presentValue).toBeCloseTo(4_636_070.424, 3);
    const viaSet = dsiJson(['case', '--preset', 'holbaek-ips', '--set', 'costPerParticipant=30000', '--json']);
    expect(viaSet.actors.kommune.presentValue).toBeCloseTo(4_636_070.424, 3);
  });
});
