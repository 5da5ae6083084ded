/**
 * The published figures of MODEL.md (sections 1 and 2): the presets must reproduce every row of both
 * result tables and the three success-rate scenarios.
 *
 * Tolerances: the published figures are rounded, so each is checked to half a unit of its last
 * published digit (e.g. "8.15m" -> +/- DKK 5,000; "652.2" -> +/- 0.05). Where a figure is also worked
 * out exactly by hand below, it is checked against that exact value to floating-point accuracy.
 */
import {
  run,
  caseModel,
  fundModel,
  contractModel,
  findPreset,
  CaseResult,
  FundResult,
  CasePreset,
  FundPreset,
} from '../../src/model';
import { expectWithin } from './helpers';

const M = 1e6;
const halfOf = (unit: number) => unit / 2;

function caseRun(preset: string): { params: Record<string, any>; result: CaseResult } {
  return run(caseModel, [{ preset }]) as { params: Record<string, any>; result: CaseResult };
}

describe('case preset holbaek-ips (MODEL.md section 1 result table)', () => {
  const makeParamsResult = () => caseRun('holbaek-ips');

  test('net success rate 0.16 (published "16 %", model "0.16")', () => {
    const { params, result } = makeParamsResult();
    // Net success rate = p1 - p0 = 0.40 - 0.24; read back from S / (N (1 - d)).
    const rate = result.netSuccesses / (params.participants * (1 - params.dropoutRate));
    expectWithin(rate, 0.16, halfOf(0.01), 'net success rate');
  });

  test('net successes S = 25.92', () => {
    const { result } = makeParamsResult();
    // By hand: 180 x (1 - 0.10) x (0.40 - 0.24) = 180 x 0.9 x 0.16 = 25.92.
    expectWithin(result.netSuccesses, 25.92, halfOf(0.01), 'S (published)');
    expectWithin(result.netSuccesses, 25.92, 1e-9, 'S (exact by hand; 1e-9 allows float rounding)');
  });

  test('municipality breaks even in year 4, CN_kommune -1.30m in year 3 and +0.43m in year 4', () => {
    const { result } = makeParamsResult();
    expect(result.actors.kommune.breakEvenYear).toBe(4);
    expectWithin(result.actors.kommune.cumulative[2], -1.3 * M, halfOf(0.01 * M), 'CN_kommune year 3');
    expectWithin(result.actors.kommune.cumulative[3], 0.43 * M, halfOf(0.01 * M), 'CN_kommune year 4');
  });

  test('CN_kommune, year by year, equals the hand calculation', () => {
    const { result } = makeParamsResult();
    // Effect e = [0.5, 1, 0.85, 0.85^2, 0.85^3, 0.85^4] = [0.5, 1, 0.85, 0.7225, 0.614125, 0.52200625].
    // Gain at full effect = S x 92,000 = 25.92 x 92,000 = 2,384,640 a year.
    // Costs = 6,900,000 x [0.6, 0.4] = 4,140,000 and 2,760,000, all borne by the municipality.
    // Net: 1,192,320 - 4,140,000 = -2,947,680;  2,384,640 - 2,760,000 = -375,360;
    //      2,026,944;  1,722,902.4;  1,464,467.04;  1,244,796.984.
    const expected = [-2_947_680, -3_323_040, -1_296_096, 426_806.4, 1_891_273.44, 3_136_070.424];
    // 1e-6 DKK: the sums are of numbers ~1e6, where double rounding is ~1e-10 per operation.
    expected.forEach((x, t) => expectWithin(result.actors.kommune.cumulative[t], x, 1e-6, `CN_kommune year ${t + 1}`));
  });

  test('total net over 6 years 8.15m (kommune 3.14m, region 1.09m, stat 3.93m)', () => {
    const { result } = makeParamsResult();
    expectWithin(result.actors.total.presentValue, 8.15 * M, halfOf(0.01 * M), 'total');
    expectWithin(result.actors.kommune.presentValue, 3.14 * M, halfOf(0.01 * M), 'kommune');
    expectWithin(result.actors.region.presentValue, 1.09 * M, halfOf(0.01 * M), 'region');
    expectWithin(result.actors.stat.presentValue, 3.93 * M, halfOf(0.01 * M), 'stat');
  });

  test('present values equal the hand calculation', () => {
    const { result } = makeParamsResult();
    // Sum of e = 0.5 + 1 + 0.85 + 0.7225 + 0.614125 + 0.52200625 = 4.20863125.
    // region = 25.92 x 10,000 x 4.20863125 = 1,090,877.22 (no cost);
    // stat   = 25.92 x 36,000 x 4.20863125 = 3,927,157.992 (no cost);
    // kommune = 25.92 x 92,000 x 4.20863125 - 6,900,000 = 3,136,070.424.
    expectWithin(result.actors.region.presentValue, 1_090_877.22, 1e-6, 'region');
    expectWithin(result.actors.stat.presentValue, 3_927_157.992, 1e-6, 'stat');
    expectWithin(result.actors.kommune.presentValue, 3_136_070.424, 1e-6, 'kommune');
    expectWithin(result.actors.total.presentValue, 8_154_105.636, 1e-6, 'total');
  });

  test('the state gains more than the municipality (3.93m > 3.14m)', () => {
    const { result } = makeParamsResult();
    expect(result.actors.stat.presentValue).toBeGreaterThan(result.actors.kommune.presentValue);
  });

  test("the preset's published-figure display shows the model column of MODEL.md", () => {
    const { result } = makeParamsResult();
    const preset = findPreset('holbaek-ips') as CasePreset;
    const shown = preset.published.map((f) => f.model(result));
    expect(shown).toEqual([
      '0.16',
      '25.92',
      'year 4',
      '-1.30m / 0.43m',
      '8.15m',
      '3.14m / 1.09m / 3.93m',
      'yes',
    ]);
    expect(preset.caveat?.en).toMatch(/calibrated/);
    expect(preset.caveat?.en).toMatch(/not official/);
  });
});

describe('the three success-rate scenarios (low 0.32, main 0.40, high 0.48)', () => {
  test('low (holbaek-ips-low): net 8 %, the municipality does not break even within 6 years', () => {
    const { params, result } = caseRun('holbaek-ips-low');
    expect(params.successRate).toBe(0.32);
    expectWithin(params.successRate - params.baselineRate, 0.08, halfOf(0.01), 'net success rate');
    expect(result.actors.kommune.breakEvenYear).toBeNull();
    // By hand: S = 180 x 0.9 x 0.08 = 12.96; PV = 12.96 x 92,000 x 4.20863125 - 6,900,000 = -1,881,964.788.
    expectWithin(result.actors.kommune.presentValue, -1_881_964.788, 1e-6, 'PV kommune, low');
  });

  test('main (holbaek-ips): break-even year 4', () => {
    expect(caseRun('holbaek-ips').result.actors.kommune.breakEvenYear).toBe(4);
  });

  test('high (holbaek-ips-high): net 24 %, break-even year 3', () => {
    const { params, result } = caseRun('holbaek-ips-high');
    expect(params.successRate).toBe(0.48);
    expectWithin(params.successRate - params.baselineRate, 0.24, halfOf(0.01), 'net success rate');
    expect(result.actors.kommune.breakEvenYear).toBe(3);
    // By hand: S = 38.88; full gain 3,576,960; CN = -2,351,520, -1,534,560, +1,505,856 in years 1..3.
    expectWithin(result.actors.kommune.cumulative[1], -1_534_560, 1e-6, 'CN year 2, high');
    expectWithin(result.actors.kommune.cumulative[2], 1_505_856, 1e-6, 'CN year 3, high');
  });

  test('the scenario presets differ from the main preset only in successRate', () => {
    const main = findPreset('holbaek-ips') as CasePreset;
    for (const name of ['holbaek-ips-low', 'holbaek-ips-high']) {
      const p = findPreset(name) as CasePreset;
      expect({ ...p.values, successRate: main.values.successRate }).toEqual(main.values);
    }
  });
});

describe('fund preset dsi-fund-25m (MODEL.md section 2 result table)', () => {
  const fundResult = () => (run(fundModel, [{ preset: 'dsi-fund-25m' }]) as { result: FundResult }).result;
  // Cost per participant 6,900,000 / 180 = 38,333.33..., so people = DKK x 180 / 6,900,000.
  const people = (dkk: number) => (dkk * 180) / 6_900_000;

  test('people from the initial investment 652.2', () => {
    const result = fundResult();
    expectWithin(result.peopleHelped[0], 652.2, halfOf(0.1), 'people year 1');
    expectWithin(result.peopleHelped[0], people(25_000_000), 1e-9, 'people year 1 exact (25m x 180 / 6.9m)');
  });

  test('invested per year 25.00, 5.75, 7.07, 8.70, 10.70, 13.16 DKKm', () => {
    const result = fundResult();
    const published = [25.0, 5.75, 7.07, 8.7, 10.7, 13.16];
    expect(result.invested).toHaveLength(6);
    published.forEach((x, t) => expectWithin(result.invested[t], x * M, halfOf(0.01 * M), `invested ${2024 + t}`));
    // By hand, instalment = 1.15 / 5 = 0.23 per DKK, lag 1, everything reinvested:
    // I2 = 0.23 x 25 = 5.75; I3 = 0.23 x 30.75 = 7.0725; I4 = 0.23 x 37.8225 = 8.699175;
    // I5 = 0.23 x 46.521675 = 10.69998525; I6 = 0.23 x 57.22166025 = 13.1609818575 (DKKm).
    const exact = [25, 5.75, 7.0725, 8.699175, 10.69998525, 13.1609818575];
    exact.forEach((x, t) => expectWithin(result.invested[t], x * M, 1e-6, `invested ${2024 + t} exact`));
    expect(result.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029]);
  });

  test('total invested over 6 years 70.38m (exact 70,382,642.1075)', () => {
    const result = fundResult();
    expectWithin(result.totalInvested, 70.38 * M, halfOf(0.01 * M), 'total (published)');
    // 1e-6 DKK: six additions of numbers below 1e8 lose at most ~1e-8 each.
    expectWithin(result.totalInvested, 70_382_642.1075, 1e-6, 'total (exact)');
  });

  test('cumulative people helped 652, 802, 987, 1,214, 1,493, 1,836', () => {
    const result = fundResult();
    const published = [652, 802, 987, 1214, 1493, 1836];
    published.forEach((x, t) => expectWithin(result.cumulativePeople[t], x, halfOf(1), `people to ${2024 + t}`));
    // By hand: cumulative invested 25, 30.75, 37.8225, 46.521675, 57.22166025, 70.3826421075 (DKKm).
    const cumulative = [25, 30.75, 37.8225, 46.521675, 57.22166025, 70.3826421075];
    cumulative.forEach((x, t) => expectWithin(result.cumulativePeople[t], people(x * M), 1e-9, `people to ${2024 + t} exact`));
  });

  test('employed at 40 %: 734.4', () => {
    const result = fundResult();
    expectWithin(result.employed, 734.4, halfOf(0.1), 'employed');
    expectWithin(result.employed, 0.4 * people(70_382_642.1075), 1e-9, 'employed exact');
  });

  test('partnerships at DKK 4m: 17.6', () => {
    const result = fundResult();
    expectWithin(result.partnerships, 17.6, halfOf(0.1), 'partnerships');
    expectWithin(result.partnerships, 70_382_642.1075 / 4_000_000, 1e-12, 'partnerships exact');
  });

  test('vintage IRR 4.85 % a year', () => {
    const result = fundResult();
    // The vintage pays 0.23 at the end of years 1..5 for 1 invested: the IRR solves
    // f(i) = 0.23 x sum_{k=1..5} (1 + i)^-k - 1 = 0. f falls with i; by hand f(4.845 %) > 0 > f(4.855 %),
    // so the root rounds to 4.85 %.
    const f = (i: number) => {
      let s = 0;
      for (let k = 1; k <= 5; k++) s += 0.23 / (1 + i) ** k;
      return s - 1;
    };
    expect(f(0.04845)).toBeGreaterThan(0);
    expect(f(0.04855)).toBeLessThan(0);
    expectWithin(result.vintageIrr, 0.0485, halfOf(0.0001), 'vintage IRR (published 4.85 %)');
    // The model's IRR is a root of f: 1e-10 is far below the 1e-4 change in f per 0.01 % of rate.
    expectWithin(f(result.vintageIrr as number), 0, 1e-10, 'f(vintage IRR)');
  });

  test("the preset's published-figure display shows the model column of MODEL.md", () => {
    const result = fundResult();
    const preset = findPreset('dsi-fund-25m') as FundPreset;
    expect(preset.published.map((p) => p.model(result))).toEqual([
      '652.2',
      '25.00, 5.75, 7.07, 8.70, 10.70, 13.16',
      '70.38m',
      '652, 802, 987, 1,214, 1,493, 1,836',
      '734.4',
      '17.6',
    ]);
  });
});

describe("every preset's published-figure display, in both languages", () => {
  // The display's figures are formatted here from the preset's own result: millions to 2 decimals,
  // Danish with a decimal comma and "mio.", break-even as a year or "not within the horizon".
  const millions = (x: number, l: 'en' | 'da') => (l === 'da' ? `${(x / M).toFixed(2).replace('.', ',')} mio.` : `${(x / M).toFixed(2)}m`);
  const shownOf = (name: string, l: 'en' | 'da') => {
    const preset = findPreset(name);
    if (!preset) throw new Error(`no preset ${name}`);
    const model = (preset.kind === 'case' ? caseModel : preset.kind === 'fund' ? fundModel : contractModel) as typeof caseModel;
    const result = run(model, [{ preset: name }]).result;
    return preset.published.map((f) => [typeof f.report === 'string' ? f.report : f.report[l], (f.model as (r: unknown, lang: string) => string)(result, l)]);
  };

  test('the main case and the fund in Danish: decimal commas, points between thousands, values split by semicolons', () => {
    const c = caseRun('holbaek-ips').result;
    const rate = String(Number((c.netSuccesses / (180 * 0.9)).toFixed(4)));
    expect(shownOf('holbaek-ips', 'en')[0][1]).toBe(rate);
    expect(shownOf('holbaek-ips', 'da')[0][1]).toBe(rate.replace('.', ','));
    const f = run(fundModel, [{ preset: 'dsi-fund-25m' }]).result;
    const da = shownOf('dsi-fund-25m', 'da').map((row) => row[1]);
    expect(da[1]).toBe(f.invested.map((x) => (x / M).toFixed(2).replace('.', ',')).join('; '));
    expect(da[3]).toBe(f.cumulativePeople.map((x) => String(Math.round(x)).replace(/\B(?=(\d{3})+$)/g, '.')).join(', '));
    expect(da[3]).toMatch(/1\.8\d\d$/);
  });

  test('the low and high scenarios: the municipality\'s break-even', () => {
    expect(shownOf('holbaek-ips-low', 'en')).toEqual([['not within 6 years', 'not within the 6-year horizon']]);
    expect(shownOf('holbaek-ips-low', 'da')).toEqual([['ikke inden for 6 år', 'ikke inden for horisonten på 6 år']]);
    expect(shownOf('holbaek-ips-high', 'en')).toEqual([['year 3', 'year 3']]);
    expect(shownOf('holbaek-ips-high', 'da')).toEqual([['år 3', 'år 3']]);
  });

  test('the budget-line case: break-even, total, the three actors, state above municipality', () => {
    const r = caseRun('holbaek-ips-lines').result;
    for (const l of ['en', 'da'] as const) {
      const be = r.actors.kommune.breakEvenYear;
      const year = be === null ? null : l === 'da' ? `år ${be}` : `year ${be}`;
      expect(shownOf('holbaek-ips-lines', l).map((row) => row[1])).toEqual([
        year,
        millions(r.actors.total.presentValue, l),
        [r.actors.kommune, r.actors.region, r.actors.stat].map((a) => millions(a.presentValue, l)).join(' / '),
        r.actors.stat.presentValue > r.actors.kommune.presentValue ? (l === 'da' ? 'ja' : 'yes') : l === 'da' ? 'nej' : 'no',
      ]);
    }
    expect(shownOf('holbaek-ips-lines', 'da').map((row) => row[0])).toEqual(['efter 4 år', 'ca. 8 mio. kr.', '-', 'ja']);
  });

  test('the contract: investor multiple to 3 decimals, IRR in per cent to 2, the municipality', () => {
    const r = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result;
    const { multiple, irr } = r.investor;
    if (multiple === null || irr === null) throw new Error('the contract preset has a multiple and an IRR');
    const be = r.actors.kommune.breakEvenYear;
    expect(shownOf('holbaek-ips-contract', 'en').map((row) => row[1])).toEqual([
      multiple.toFixed(3), `${(irr * 100).toFixed(2)} %`, `${millions(r.actors.kommune.presentValue, 'en')}, ${be === null ? 'not within the 6-year horizon' : `year ${be}`}`,
    ]);
    expect(shownOf('holbaek-ips-contract', 'da').map((row) => row[1])).toEqual([
      multiple.toFixed(3).replace('.', ','), `${(irr * 100).toFixed(2).replace('.', ',')} %`, `${millions(r.actors.kommune.presentValue, 'da')}, ${be === null ? 'ikke inden for horisonten på 6 år' : `år ${be}`}`,
    ]);
    expect(multiple.toFixed(3)).toBe('1.149');
  });

  test('the contract display says "none" / "ingen" for a multiple or IRR the result does not have', () => {
    const rows = findPreset('holbaek-ips-contract')!.published.slice(0, 2);
    const noFigures = { investor: { multiple: null, irr: null } };
    for (const [l, none] of [['en', 'none'], ['da', 'ingen']] as const) {
      expect(rows.map((f) => (f.model as (r: unknown, lang: string) => string)(noFigures, l))).toEqual([none, none]);
    }
  });
});
