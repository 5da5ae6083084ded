/** DSI.GOALSEEK through the built bundle (npm run build first), called as Excel calls it. */
import { loadAddIn, AddIn, single, errorOf } from './harness';

let A: AddIn;
beforeAll(() => {
  A = loadAddIn();
});

const SUM_E = 0.5 + 1 + 0.85 + 0.85 ** 2 + 0.85 ** 3 + 0.85 ** 4;

describe('DSI.GOALSEEK', () => {
  it('holbaek-ips: the successRate at which the municipality PV is 0 is 0.350003', () => {
    const x = single(A.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate']));
    expect(x.toFixed(6)).toBe('0.350003');
    expect(Math.abs(x - (0.24 + 6_900_000 / (162 * 92_000 * SUM_E)))).toBeLessThan(1e-9);
  });

  it('min, max and override pairs: the baseline rate, with successRate 0.45, at which the state breaks even', () => {
    // stat: S x 36,000 x 4.2086 = 0 cost share 0, so PV = 162 (0.45 - p0) 36,000 x SUM_E >= 0; target 1m
    const x = single(A.xl('GOALSEEK', ['holbaek-ips', 'actors.stat.presentValue', 1_000_000, 'baselineRate', 0, 0.45], ['successRate', 0.45]));
    expect(x).toBeCloseTo(0.45 - 1_000_000 / (162 * 36_000 * SUM_E), 9);
  });

  it('min and max may be typed as percentages of a share', () => {
    const x = single(A.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate', '30 %', '40%']));
    expect(x).toBeCloseTo(0.24 + 6_900_000 / (162 * 92_000 * SUM_E), 9);
  });

  it('#N/A with the message when no value in the range gives the target', () => {
    const e = errorOf(A.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate', 0, 0.3]));
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe('no value of successRate in [0, 0.3] gives actors.kommune.presentValue = 0');
  });

  it('#VALUE! for a misspelt output or a missing target', () => {
    const e = errorOf(A.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValu', 0, 'successRate']));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain("did you mean 'actors.kommune.presentValue'?");
    expect(errorOf(A.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', null, 'successRate'])).message).toBe('target is required: give a number');
  });

  it('a fund preset and a contract preset choose their model', () => {
    const capital = single(A.xl('GOALSEEK', ['dsi-fund-25m', 'totalInvested', 100e6, 'initialCapital']));
    expect(capital).toBeCloseTo((25e6 * 100e6) / 70_382_642.1075, 1);
    const price = single(A.xl('GOALSEEK', ['holbaek-ips-contract', 'investor.multiple', 1, 'outcomePrice']));
    expect(price).toBeCloseTo(6_900_000 / (25.92 * (SUM_E - 0.5)), 3);
  });

  it('is registered with its Danish name', () => {
    expect(A.da.functions.find((f) => f.id === 'GOALSEEK')?.name).toBe('MÅLSØGNING');
  });
});
