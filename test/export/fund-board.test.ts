/**
 * The board's fund rows of the exported workbook (capital injections, running costs, the pipeline
 * limit as MIN, losses, the guarantee, shortfalls as IF) recalculated by HyperFormula and by
 * LibreOffice, against MODEL.md section 7's hand check and the engine on random funds.
 */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { validate, fundModel, run } from '../../src/model';
import type { FundParams } from '../../src/model';
import { exportXlsx, outcomeFundPlan, planToXlsx } from '../../src/export';
import { readWorkbook, hyperFormulaOf, hfResults, compareMetrics, expectedFund, expectedOutcomeFund, rng, randomFund, cachedSheet, poisonResultsCache } from './helpers';
import type { Metric } from './helpers';
import { sofficeVersion, recalcAll } from './libreoffice';

jest.setTimeout(240_000);

const M = 1e6;
/** MODEL.md section 7's check by hand. */
const HAND = validate(fundModel, {
  initialCapital: 10 * M, horizon: 3, repaymentMultiple: 1.2, repaymentYears: 2, repaymentLag: 1, reinvestShare: 1,
  costPerParticipant: 0.1 * M, successRate: 0.5, operatingCost: 0.5 * M, maxInvestmentPerYear: 8 * M, lossRate: 0.25, guaranteeShare: 0.4,
});

/** A random fund with random section 7 keys; about a third run short of cash at some point. */
function randomBoardFund(r: () => number): FundParams {
  const base = randomFund(r);
  const K = base.initialCapital;
  const H = base.horizon;
  const injections = Array.from({ length: 1 + Math.floor(r() * H) }, () => (r() < 0.5 ? 0 : r() * K));
  const cost = r() < 0.5 ? r() * 0.3 * K : Array.from({ length: 1 + Math.floor(r() * 4) }, () => r() * 0.3 * K);
  const values: Record<string, unknown> = { ...base, capitalInjections: injections, operatingCost: cost, lossRate: r() < 0.2 ? 0 : r(), guaranteeShare: r() };
  if (r() < 0.7) values.maxInvestmentPerYear = (0.05 + r()) * K;
  return validate(fundModel, values);
}

async function hfCheck(p: FundParams, shares?: number[]) {
  const bytes = shares ? await planToXlsx(outcomeFundPlan(p, { shares, label: 'test' })) : await exportXlsx('fund', p);
  const results = hfResults(hyperFormulaOf(await readWorkbook(bytes)));
  return { results, bad: compareMetrics(shares ? expectedOutcomeFund(p, shares) : expectedFund(p), results) };
}

describe('HyperFormula', () => {
  test('the hand check: I = 8, 5.08, 6.1708m; B_1 = 1.5m; fund value 8.885016m; no shortfall (#N/A)', async () => {
    const { results, bad } = await hfCheck(HAND);
    expect(bad).toEqual([]);
    [8, 5.08, 6.1708].forEach((x, t) => expect(Math.abs((results.get(`invested.${t + 1}`) as number) - x * M)).toBeLessThan(1e-6));
    expect(Math.abs((results.get('uninvested.1') as number) - 1.5 * M)).toBeLessThan(1e-6);
    expect(Math.abs((results.get('fundValue') as number) - 8.885016 * M)).toBeLessThan(1e-6);
    expect(results.get('firstShortfallYear')).toEqual({ error: '#N/A' });
  });

  test('a shortfall year by hand: running costs of 6m a year on dsi-fund-25m with at most 1m invested a year, short in year 4', async () => {
    const p = run(fundModel, [{ preset: 'dsi-fund-25m', values: { operatingCost: 6 * M, maxInvestmentPerYear: 1 * M } }]).params;
    const { results, bad } = await hfCheck(p);
    expect(bad).toEqual([]);
    expect(results.get('firstShortfallYear')).toBe(4);
    // A'_4 = 4.69 + 0.69 - 6 = -0.62m (docs/fund.md's example of a shortfall).
    expect(Math.abs((results.get('shortfall.4') as number) - 0.62 * M)).toBeLessThan(1e-6);
  });

  test('60 random funds with the board\'s keys: every metric agrees with the engine', async () => {
    const r = rng(1307);
    const failures: string[] = [];
    let short = 0;
    let limited = 0;
    for (let i = 0; i < 60; i++) {
      const p = randomBoardFund(r);
      const { bad, results } = await hfCheck(p);
      if (bad.length) failures.push(`fund ${i} ${JSON.stringify(p)}: ${bad.slice(0, 4).join('; ')}`);
      if (typeof results.get('firstShortfallYear') === 'number') short++;
      if (p.maxInvestmentPerYear !== undefined) limited++;
    }
    expect(failures).toEqual([]);
    // The sample covers shortfalls and both kinds of pipeline.
    expect(short).toBeGreaterThan(5);
    expect(limited).toBeGreaterThan(10);
    expect(limited).toBeLessThan(60);
  });

  test('30 random funds with the board\'s keys and contract shares (some in the vintage\'s own year): every metric agrees', async () => {
    const r = rng(2718);
    const failures: string[] = [];
    for (let i = 0; i < 30; i++) {
      const p = randomBoardFund(r);
      const q = Array.from({ length: 1 + Math.floor(r() * 8) }, () => (r() < 0.3 ? 0 : r() * 0.5));
      const { bad } = await hfCheck(p, q);
      if (bad.length) failures.push(`fund ${i} ${JSON.stringify({ p, q })}: ${bad.slice(0, 4).join('; ')}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsi-fund-board-lo-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  mkdirSync(inDir);
  mkdirSync(outDir);
  const jobs: { file: string; expected: Map<string, Metric> }[] = [];
  const POISON = 123456789.5;

  beforeAll(async () => {
    sofficeVersion(); // throws a clear message when LibreOffice is missing
    const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'fund-board.json'), 'utf8'));
    const { preset, ...board } = example;
    const funds: [string, FundParams][] = [['hand', HAND], ['example', run(fundModel, [{ preset, values: board }]).params]];
    const r = rng(99);
    for (let i = 0; i < 20; i++) funds.push([`random-${i}`, randomBoardFund(r)]);
    for (const [name, p] of funds) {
      // A wrong cached value in every Results cell: what comes back must be LibreOffice's own.
      const bytes = await poisonResultsCache(await exportXlsx('fund', p), POISON);
      const file = join(inDir, `${name}.xlsx`);
      writeFileSync(file, bytes);
      jobs.push({ file, expected: expectedFund(p) });
    }
    recalcAll(jobs.map((j) => j.file), outDir);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the hand check, examples/fund-board.json and 20 random funds: every metric agrees with the engine', async () => {
    const failures: string[] = [];
    for (const job of jobs) {
      const res = await cachedSheet(new Uint8Array(readFileSync(join(outDir, job.file.slice(job.file.lastIndexOf('/') + 1)))), 'Results');
      const bad = compareMetrics(job.expected, res);
      if (bad.length) failures.push(`${job.file}: ${bad.slice(0, 4).join('; ')}`);
      if ([...res.values()].some((v) => v === POISON)) failures.push(`${job.file}: kept a cached value`);
    }
    expect(failures).toEqual([]);
  });
});
