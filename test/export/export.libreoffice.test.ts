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
import { run, caseModel, fundModel } from '../../src/model';
import type { CaseParams, FundParams } from '../../src/model';
import { exportXlsx } from '../../src/export';
import { cachedSheet, poisonResultsCache, expectedCase, expectedFund, compareMetrics, rng, randomCase, randomFund } from './helpers';
import type { Metric } from './helpers';
import { sofficeVersion, recalcAll } from './libreoffice';

const POISON = 987654321.5;
const RANDOM_EACH = 50;

interface Job {
  file: string;
  expected: Map<string, Metric>;
  poisoned: boolean;
}

jest.setTimeout(180_000);

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
    jobs.push({ file, expected: kind === 'case' ? expectedCase(p as CaseParams) : expectedFund(p as FundParams), poisoned: poison });
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
    wallMs = recalcAll(jobs.map((j) => j.file), outDir);
    console.log(`LibreOffice (${version}) recalculated ${jobs.length} workbooks in ${(wallMs / 1000).toFixed(1)} s (one soffice run)`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const resultsOf = async (job: Job) => cachedSheet(new Uint8Array(readFileSync(join(outDir, job.file.slice(job.file.lastIndexOf('/') + 1)))), 'Results');

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

  test(`presets and ${RANDOM_EACH} + ${RANDOM_EACH} random scenarios: every Results metric agrees with the engine`, async () => {
    expect(jobs.length).toBeGreaterThanOrEqual(2 * RANDOM_EACH + 8);
    const failures: string[] = [];
    for (const job of jobs) {
      const res = await resultsOf(job);
      const bad = compareMetrics(job.expected, res);
      if (bad.length) failures.push(`${job.file}: ${bad.slice(0, 4).join('; ')}`);
      // Not one value is the planted cache: LibreOffice computed every one.
      if (job.poisoned && [...res.values()].some((v) => v === POISON)) failures.push(`${job.file}: kept a cached value`);
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
});
