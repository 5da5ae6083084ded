/** dsi case|fund --csv and --keep-going: one row per scenario, checked against hand calculations. */
import { dsi, tempFile, holbaekS } from './helpers';

const SUM_E = 0.5 + 1 + 0.85 + 0.85 ** 2 + 0.85 ** 3 + 0.85 ** 4;
const batch = tempFile('b.json', JSON.stringify([{ successRate: 0.3 }, { successRate: 1.4 }, { successRate: 0.48, costProfile: [0.5, 0.5] }]));

/** Rows of a CSV without quoted fields containing separators (numbers and plain messages). */
function rows(text: string, sep: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
  const header = lines[0].split(sep);
  return lines.slice(1).map((l) => Object.fromEntries(l.split(sep).map((x, i) => [header[i], x])));
}

describe('dsi case --csv', () => {
  it('one row per scenario: inputs as validated and the main results (English: comma, point decimals)', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', tempFile('ok.json', JSON.stringify([{ successRate: 0.3 }, { successRate: 0.48 }])), '--csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('scenario,status,error,participants,costTotal,costPerParticipant,costProfile,')).toBe(true);
    const [a, b] = rows(r.stdout, ',');
    expect(a).toMatchObject({ scenario: '1', status: 'ok', error: '', participants: '180', costProfile: '0.6 0.4', successRate: '0.3', horizon: '6', costPerParticipant: '' });
    expect(Number(a.netSuccesses)).toBeCloseTo(holbaekS(0.3), 9); // 9.72
    expect(Number(a['actors.kommune.presentValue'])).toBeCloseTo(9.72 * 92_000 * SUM_E - 6_900_000, 4); // -3,136,473.59
    expect(a['actors.kommune.breakEvenYear']).toBe(''); // never breaks even
    expect(a['actors.region.benefitCostRatio']).toBe(''); // the region bears no cost
    expect(Number(a['actors.region.presentValue'])).toBeCloseTo(9.72 * 10_000 * SUM_E, 4);
    expect(b['actors.kommune.breakEvenYear']).toBe('3');
  });

  it('a single scenario is one row too', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--csv']);
    const [row] = rows(r.stdout, ',');
    expect(row['actors.kommune.breakEvenYear']).toBe('4');
    expect(Number(row['actors.total.benefitCostRatio'])).toBeCloseTo((25.92 * 138_000 * SUM_E) / 6_900_000, 9); // 2.1818
  });

  it('Danish: semicolons, decimal comma and a byte order mark, for Danish Excel', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--set', 'successRate=0.3', '--csv', '--lang', 'da']);
    expect(r.stdout.startsWith('\uFEFFscenario;status;error;participants;')).toBe(true);
    const [row] = rows(r.stdout, ';');
    expect(row.costProfile).toBe('0,6 0,4');
    expect(Number(row['actors.kommune.presentValue'].replace(',', '.'))).toBeCloseTo(9.72 * 92_000 * SUM_E - 6_900_000, 4);
  });

  it('without --keep-going a bad scenario stops the batch (exit 2, nothing on stdout)', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', batch, '--csv']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('scenario 2 (1-based; array index 1): successRate must be between 0 and 1 (got 1.4)');
  });

  it('--keep-going: an error row, the other rows computed, exit 1 and a summary on stderr', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', batch, '--csv', '--keep-going']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('dsi: 1 of 3 scenarios failed; the first: scenario 2 (1-based; array index 1): successRate must be between 0 and 1 (got 1.4)\n');
    const [a, bad, c] = rows(r.stdout, ',');
    expect(a.status).toBe('ok');
    expect(bad).toMatchObject({ scenario: '2', status: 'error', error: 'successRate must be between 0 and 1 (got 1.4)', successRate: '', netSuccesses: '' });
    expect(c).toMatchObject({ status: 'ok', costProfile: '0.5 0.5', 'actors.kommune.breakEvenYear': '3' });
  });

  it('--keep-going with JSON: {"scenario", "error"} in place of the bad result', () => {
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', batch, '--keep-going']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[1]).toEqual({ scenario: 2, error: 'successRate must be between 0 and 1 (got 1.4)' });
    expect(out[2].netSuccesses).toBeCloseTo(holbaekS(0.48), 9);
  });

  it('a message with the separator or quotes is quoted', () => {
    const file = tempFile('q.json', JSON.stringify([{ xyz: 0.4 }]));
    const r = dsi(['case', '--preset', 'holbaek-ips', '--params', file, '--csv', '--keep-going']);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^1,error,"Unknown parameter 'xyz' - valid parameters: participants, costTotal, [^"]*",,/);
  });
});

describe('dsi fund --csv', () => {
  it('reinvestShare 0 keeps 28.75m; the default invests 70.38m', () => {
    const file = tempFile('f.json', JSON.stringify([{ reinvestShare: 0 }, {}]));
    const [a, b] = rows(dsi(['fund', '--preset', 'dsi-fund-25m', '--params', file, '--csv']).stdout, ',');
    expect(a.reinvestShare).toBe('0');
    expect(Number(a.totalInvested)).toBe(25_000_000);
    expect(Number(a.keptCash)).toBeCloseTo(28_750_000, 4);
    expect(Number(b.totalInvested)).toBeCloseTo(70_382_642.1075, 4);
  });

  it('is refused with --contract, for now', () => {
    const r = dsi(['fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--csv is not available with --contract yet');
  });
});
