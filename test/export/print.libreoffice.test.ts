/**
 * Printable: LibreOffice prints the exported workbooks to PDF with each sheet's page setup (A4, one
 * page wide, titles repeated, the chart on its own page), in one soffice run. The Holbæk case prints
 * on at most 6 pages in English and in Danish; the fund and the contract are counted too. The PDFs
 * are kept in artifacts/print/ to look at (e.g. pdftoppm -png artifacts/print/case-da.pdf page).
 * Pages are counted from the PDF's page objects, so no PDF tool is needed.
 */
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync, copyFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run, caseModel, fundModel, contractModel } from '../../src/model';
import { casePlan, fundPlan, contractPlan, planToXlsx } from '../../src/export';
import type { WorkbookPlan } from '../../src/export';
import { sofficeVersion, recalcAll, pdfPages } from './libreoffice';

jest.setTimeout(180_000);

describe('the workbooks print on few pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dsi-export-pdf-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  const keep = join(__dirname, '..', '..', 'artifacts', 'print');
  mkdirSync(inDir);
  mkdirSync(outDir);
  mkdirSync(keep, { recursive: true });
  const pages = new Map<string, number>();

  beforeAll(async () => {
    sofficeVersion(); // throws a clear message when LibreOffice is missing
    const holbaek = run(caseModel, [{ preset: 'holbaek-ips' }]).params;
    const fund = run(fundModel, [{ preset: 'dsi-fund-25m' }]).params;
    const contract = run(contractModel, [{ preset: 'holbaek-ips-contract' }]).params;
    const plans: [string, WorkbookPlan][] = [];
    for (const lang of ['en', 'da'] as const) {
      const o = { lang, date: '2026-12-01' };
      plans.push([`case-${lang}`, casePlan(holbaek, { ...o, preset: 'holbaek-ips', scenarioName: lang === 'da' ? 'Holbæk, redigeret' : 'Holbæk, edited' })]);
      plans.push([`fund-${lang}`, fundPlan(fund, { ...o, preset: 'dsi-fund-25m' })]);
      plans.push([`contract-${lang}`, contractPlan(contract, { ...o, preset: 'holbaek-ips-contract' })]);
    }
    const files = [];
    for (const [name, plan] of plans) {
      const file = join(inDir, `${name}.xlsx`);
      writeFileSync(file, await planToXlsx(plan));
      files.push(file);
    }
    recalcAll(files, outDir, 'pdf');
    for (const [name] of plans) {
      const pdf = join(outDir, `${name}.pdf`);
      pages.set(name, pdfPages(readFileSync(pdf)));
      copyFileSync(pdf, join(keep, `${name}.pdf`));
    }
    console.log(`pages: ${[...pages].map(([n, p]) => `${n} ${p}`).join(', ')}`);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(['en', 'da'])('the Holbæk case (%s) prints on at most 6 pages: About, Inputs, Model, its chart, Results', (lang) => {
    const n = pages.get(`case-${lang}`)!;
    // About 1, Inputs 1, Model 1 + the chart 1, Results 2: six is also the least with the chart on its own page.
    expect(n).toBeGreaterThanOrEqual(5);
    expect(n).toBeLessThanOrEqual(6);
  });

  test.each(['en', 'da'])('the fund (%s) prints on at most 6 pages and the contract on at most 8', (lang) => {
    expect(pages.get(`fund-${lang}`)!).toBeLessThanOrEqual(6);
    expect(pages.get(`contract-${lang}`)!).toBeLessThanOrEqual(8);
  });
});
