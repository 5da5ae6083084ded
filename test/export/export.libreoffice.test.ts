/**
 * LibreOffice, with no add-in, recalculates the exported workbooks and gets the engine's numbers.
 *
 * One soffice run (fresh profile, OOXMLRecalcMode 0 = always recalculate) converts the presets and
 * 50 random case and 50 random fund scenarios. The export writes no cached values; to prove that
 * what we read back is LibreOffice's recalculation and not a copied cache, every random workbook is
 * given a deliberately wrong cached value (POISON) in each Results cell before LibreOffice opens it.
 * This test fails, never skips, when LibreOffice is missing.
 */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import JSZip from 'jszip';
import { run, caseModel, fundModel, contractModel, outcomeFundInputModel, repaymentShares, validate } from '../../src/model';
import type { CaseParams, FundParams } from '../../src/model';
import { exportXlsx, casePlan, contractPlan, outcomeFundPlan, planToXlsx } from '../../src/export';
import type { WorkbookPlan } from '../../src/export';
import {
  cachedSheet, cachedCells, poisonResultsCache, expectedCase, expectedFund, expectedContract, expectedOutcomeFund, compareMetrics, rng, randomCase, randomFund, randomContract, withInputs, BROKEN_CASE,
} from './helpers';
import type { Metric } from './helpers';
import { sofficeVersion, recalcAll } from './libreoffice';

const POISON = 987654321.5;
const RANDOM_EACH = 50;
const CONTRACTS = 12;

interface Job {
  file: string;
  /** The engine's metrics; undefined for a broken workbook, whose Results must all be #N/A. */
  expected?: Map<string, Metric>;
  poisoned: boolean;
  results: string;
  /** For a broken workbook: what its message must say. */
  message?: RegExp;
}

// One soffice run for about 130 workbooks: 75 s on a quiet machine, over 150 s on a busy one.
jest.setTimeout(330_000);

describe('LibreOffice recalculates the exported workbooks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsi-export-lo-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  mkdirSync(inDir);
  mkdirSync(outDir);
  const jobs: Job[] = [];
  let wallMs = 0;

  async function add(name: string, kind: 'case' | 'fund', p: CaseParams | FundParams, poison: boolean) {
    let bytes = await exportXlsx(kind, p);
    if (poison) {
      bytes = await poisonResultsCache(bytes, POISON);
      // The poisoned cache really is in the file LibreOffice gets.
      const cached = await cachedSheet(bytes, 'Results');
      expect([...cached.values()].every((v) => v === POISON)).toBe(true);
    }
    const file = join(inDir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    jobs.push({ file, expected: kind === 'case' ? expectedCase(p as CaseParams) : expectedFund(p as FundParams), poisoned: poison, results: 'Results' });
  }

  async function addPlan(name: string, plan: WorkbookPlan, expected: Map<string, Metric> | undefined, message?: RegExp) {
    const bytes = await poisonResultsCache(await planToXlsx(plan), POISON);
    const file = join(inDir, `${name}.xlsx`);
    writeFileSync(file, bytes);
    jobs.push({ file, expected, poisoned: true, results: plan.sheetNames.results, message });
  }

  /** Contracts, funds with a reference contract, Danish edited workbooks and broken ones: the same soffice run. */
  async function addOthers(r: () => number) {
    const holbaek = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
    const contract = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).params;
    await addPlan('contract-preset', contractPlan(contract, { lang: 'da' }), expectedContract(contract));
    for (let i = 0; i < CONTRACTS; i++) {
      const c = randomContract(r);
      await addPlan(`contract-${i}`, contractPlan(c), expectedContract(c));
    }
    const shares = repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result);
    const fund = run(outcomeFundInputModel, [{ preset: 'dsi-fund-25m' }]).params;
    await addPlan('fund-contract', outcomeFundPlan(fund, { shares, label: 'holbaek-ips-contract' }), expectedOutcomeFund(fund, shares));
    // The Danish Holbaek case edited in the workbook (typed over the Input cells), as the issue asks.
    const edits = { successRate: 0.45, gainStat: 41_000, persistence: 0.7, costProfile: [0.5, 0.5] };
    const edited = validate(caseModel, { ...holbaek, ...edits });
    await addPlan('holbaek-da-edited', withInputs(casePlan(holbaek, { lang: 'da', preset: 'holbaek-ips' }), edits), expectedCase(edited));
    for (const [what, e, message] of BROKEN_CASE) await addPlan(`broken-${what.replace(/\W+/g, '-')}`, withInputs(casePlan(holbaek), e), undefined, message);
    await addPlan('broken-contract-payers', withInputs(contractPlan(contract), { payerShareKommune: 0.5 }), undefined, /payerShareKommune \+ payerShareRegion/);
  }

  beforeAll(async () => {
    const version = sofficeVersion(); // throws a clear message when LibreOffice is missing
    if (!/LibreOffice/.test(version)) throw new Error(`soffice --version does not name LibreOffice: ${version}`);
    for (const preset of ['holbaek-ips', 'holbaek-ips-low', 'holbaek-ips-high']) {
      const p = run(caseModel, [{ preset }]).params;
      await add(preset, 'case', p, false);
      await add(`${preset}-poisoned`, 'case', p, true);
    }
    const f = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
    await add('dsi-fund-25m', 'fund', f, false);
    await add('dsi-fund-25m-poisoned', 'fund', f, true);
    const r = rng(4242);
    for (let i = 0; i < RANDOM_EACH; i++) await add(`case-${i}`, 'case', randomCase(r), true);
    for (let i = 0; i < RANDOM_EACH; i++) await add(`fund-${i}`, 'fund', randomFund(r), true);
    await addOthers(r);
    wallMs = recalcAll(jobs.map((j) => j.file), outDir);
    console.log(`LibreOffice (${version}) recalculated ${jobs.length} workbooks in ${(wallMs / 1000).toFixed(1)} s (one soffice run)`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const outBytes = (job: Job) => new Uint8Array(readFileSync(join(outDir, job.file.slice(job.file.lastIndexOf('/') + 1))));
  const resultsOf = async (job: Job) => cachedSheet(outBytes(job), job.results);

  test('holbaek-ips: municipality break-even in year 4 and DKK 8,154,106 in total (MODEL.md)', async () => {
    for (const job of jobs.filter((j) => j.file.endsWith('/holbaek-ips.xlsx') || j.file.endsWith('/holbaek-ips-poisoned.xlsx'))) {
      const res = await resultsOf(job);
      expect(res.get('actors.kommune.breakEvenYear')).toBe(4);
      expect(Math.round(res.get('actors.total.presentValue') as number)).toBe(8_154_106);
      expect(res.get('actors.stat.benefitCostRatio')).toEqual({ error: '#N/A' });
    }
  });

  test('the low scenario has no municipal break-even (#N/A), the high one breaks even in year 3', async () => {
    const low = await resultsOf(jobs.find((j) => j.file.endsWith('/holbaek-ips-low.xlsx'))!);
    expect(low.get('actors.kommune.breakEvenYear')).toEqual({ error: '#N/A' });
    const high = await resultsOf(jobs.find((j) => j.file.endsWith('/holbaek-ips-high.xlsx'))!);
    expect(high.get('actors.kommune.breakEvenYear')).toBe(3);
  });

  test(`presets, ${RANDOM_EACH} + ${RANDOM_EACH} random scenarios, ${CONTRACTS} random contracts, a fund with a contract and an edited Danish workbook: every Results metric agrees with the engine`, async () => {
    expect(jobs.length).toBeGreaterThanOrEqual(2 * RANDOM_EACH + 8);
    const failures: string[] = [];
    for (const job of jobs.filter((j) => j.expected)) {
      const res = await resultsOf(job);
      const bad = compareMetrics(job.expected!, res);
      if (bad.length) failures.push(`${job.file}: ${bad.slice(0, 4).join('; ')}`);
      // Not one value is the planted cache: LibreOffice computed every one.
      if (job.poisoned && [...res.values()].some((v) => v === POISON)) failures.push(`${job.file}: kept a cached value`);
    }
    expect(failures).toEqual([]);
  });

  test('the run holds the contracts, the fund with a contract and the edited Danish workbook, each with the engine\'s metrics to compare', () => {
    const others = jobs.filter((j) => /\/(contract-|fund-contract|holbaek-da-edited)/.test(j.file));
    expect(others.length).toBe(CONTRACTS + 3);
    // A 6-year fund has 36 metrics, a contract over 200.
    expect(others.every((j) => j.expected !== undefined && j.expected.size >= 36)).toBe(true);
  });

  test('broken inputs: after LibreOffice recalculates, every Results value is #N/A and the message names the rule', async () => {
    const broken = jobs.filter((j) => j.message);
    expect(broken.length).toBe(BROKEN_CASE.length + 1);
    const failures: string[] = [];
    for (const job of broken) {
      const res = await resultsOf(job);
      const numbers = [...res.entries()].filter(([, v]) => !(v && typeof v === 'object' && v.error === '#N/A'));
      if (res.size < 100 || numbers.length) failures.push(`${job.file}: ${res.size} results, not #N/A: ${JSON.stringify(numbers.slice(0, 3))}`);
      const message = (await cachedCells(outBytes(job), job.results)).get('D1');
      if (typeof message !== 'string' || !job.message!.test(message) || !message.startsWith('BROKEN RULE')) failures.push(`${job.file}: message ${JSON.stringify(message)}`);
    }
    expect(failures).toEqual([]);
  });

  test('the chart survives LibreOffice: four series of cumulative net on the Model sheet', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(outDir, 'holbaek-ips.xlsx')));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBe(1);
    const xml = await zip.file(charts[0])!.async('string');
    const refs = [...xml.matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]);
    expect(refs.length).toBe(4);
    for (const ref of refs) expect(ref).toMatch(/^Model!\$B\$\d+:\$G\$\d+$/);
  });

  test('Danish: the sheet is Resultater, with the same machine paths in column A', async () => {
    const job = jobs.find((j) => j.file.endsWith('/holbaek-da-edited.xlsx'))!;
    expect(job.results).toBe('Resultater');
    expect((await resultsOf(job)).get('actors.kommune.presentValue')).toEqual(expect.any(Number));
  });
});
