/**
 * dsi export: flags as dsi case / dsi fund, the file it writes computes the engine's numbers
 * (checked in HyperFormula here, in LibreOffice in export.libreoffice.test.ts), bad input -> exit 2.
 */
import { mkdtempSync, readFileSync, existsSync, mkdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { run, caseModel, fundModel, contractModel, outcomeFundInputModel, repaymentShares, validate } from '../../src/model';
import { readWorkbook, hyperFormulaOf, hfResults, compareMetrics, expectedCase, expectedFund, expectedContract, expectedOutcomeFund } from './helpers';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (t: string) => void out.push(t),
      stderr: (t: string) => void err.push(t),
      readFile: (p: string) => {
        if (p in files) return files[p];
        throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      },
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'dsi-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function results(file: string) {
  return hfResults(hyperFormulaOf(await readWorkbook(new Uint8Array(readFileSync(file)))));
}

describe('dsi export', () => {
  test('case --preset holbaek-ips: break-even year 4, DKK 8,154,106, and every metric as dsi case computes it', async () => {
    const file = join(dir, 'x.xlsx');
    const t = io();
    const code = await main(['export', 'case', '--preset', 'holbaek-ips', '--out', file], t.io);
    expect(t.err.join('')).toBe('');
    expect(code).toBe(0);
    expect(t.out.join('')).toMatch(/^Wrote .*x\.xlsx: case model \(preset holbaek-ips\)/);
    const res = await results(file);
    expect(res.get('actors.kommune.breakEvenYear')).toBe(4);
    expect(Math.round(res.get('actors.total.presentValue') as number)).toBe(8_154_106);
    expect(compareMetrics(expectedCase(run(caseModel, [{ preset: 'holbaek-ips' }]).params), res)).toEqual([]);
  });

  test('--params then --set apply in that order, as in dsi case (vectors comma separated)', async () => {
    const file = join(dir, 'y.xlsx');
    const t = io({ 'p.json': JSON.stringify({ preset: 'holbaek-ips', successRate: 0.5, discountRate: [0.04, 0.03] }) });
    const code = await main(['export', 'case', '--params', 'p.json', '--set', 'successRate=0.45', '--set', 'costProfile=0.5,0.3,0.2', '--out', file], t.io);
    expect(t.err.join('')).toBe('');
    expect(code).toBe(0);
    const p = validate(caseModel, {
      ...run(caseModel, [{ preset: 'holbaek-ips' }]).params,
      successRate: 0.45,
      discountRate: [0.04, 0.03],
      costProfile: [0.5, 0.3, 0.2],
    });
    expect(compareMetrics(expectedCase(p), await results(file))).toEqual([]);
  });

  test('fund --preset dsi-fund-25m --set repaymentMultiple=1.3', async () => {
    const file = join(dir, 'f.xlsx');
    const t = io();
    expect(await main(['export', 'fund', '--preset', 'dsi-fund-25m', '--set', 'repaymentMultiple=1.3', '--out', file], t.io)).toBe(0);
    const p = validate(fundModel, { ...run(fundModel, [{ preset: 'dsi-fund-25m' }]).params, repaymentMultiple: 1.3 });
    expect(compareMetrics(expectedFund(p), await results(file))).toEqual([]);
  });

  test('contract --preset holbaek-ips-contract --set paymentCap=7000000: every metric as dsi contract computes it', async () => {
    const file = join(dir, 'c.xlsx');
    const t = io();
    expect(await main(['export', 'contract', '--preset', 'holbaek-ips-contract', '--set', 'paymentCap=7000000', '--out', file], t.io)).toBe(0);
    expect(t.err.join('')).toBe('');
    const p = run(contractModel, [{ preset: 'holbaek-ips-contract' }, { values: { paymentCap: 7_000_000 } }]).params;
    const res = await results(file);
    expect(compareMetrics(expectedContract(p), res)).toEqual([]);
    expect(res.get('capReached')).toBe(true);
  });

  test('fund --contract holbaek-ips-contract: the repayments come from the contract, as in dsi fund --contract', async () => {
    const file = join(dir, 'fc.xlsx');
    const t = io();
    expect(await main(['export', 'fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--out', file], t.io)).toBe(0);
    expect(t.err.join('')).toBe('');
    const p = run(outcomeFundInputModel, [{ preset: 'dsi-fund-25m' }]).params;
    const shares = repaymentShares(run(contractModel, [{ preset: 'holbaek-ips-contract' }]).result);
    expect(compareMetrics(expectedOutcomeFund(p, shares), await results(file))).toEqual([]);
  });

  test('--lang da: Danish sheet names and labels, the same machine paths and values in Resultater!A:B', async () => {
    const file = join(dir, 'da.xlsx');
    const t = io();
    expect(await main(['--lang', 'da', 'export', 'case', '--preset', 'holbaek-ips', '--set', 'successRate=0.45', '--out', file], t.io)).toBe(0);
    expect(t.out.join('')).toMatch(/^Skrev .*da\.xlsx: casemodel .*ark Om, Input, Model, Resultater/);
    const book = await readWorkbook(new Uint8Array(readFileSync(file)));
    expect(Object.keys(book.sheets)).toEqual(['Om', 'Input', 'Model', 'Resultater']);
    expect(book.sheets.Resultater[0].slice(0, 3)).toEqual(['metric', 'value', 'Beskrivelse']);
    expect(book.sheets.Resultater.find((r) => r[0] === 'actors.kommune.presentValue')?.[2]).toBe('Nutidsværdi (kr.), kommune');
    const p = validate(caseModel, { ...run(caseModel, [{ preset: 'holbaek-ips' }]).params, successRate: 0.45 });
    expect(compareMetrics(expectedCase(p), await results(file))).toEqual([]);
  });

  const bad: [string, string[], RegExp][] = [
    ['no model', ['export', '--preset', 'holbaek-ips', '--out', 'a.xlsx'], /export needs the model/],
    ['unknown model', ['export', 'cases', '--out', 'a.xlsx'], /one model, case, fund or contract \(got 'cases'\)/],
    ['--contract on a case', ['export', 'case', '--preset', 'holbaek-ips', '--contract', 'holbaek-ips-contract', '--out', 'OUT'], /--contract belongs to 'dsi export fund'/],
    ['replaced key with --contract', ['export', 'fund', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--set', 'repaymentYears=4', '--out', 'OUT'], /repaymentYears is not used/],
    ['bad contract', ['export', 'contract', '--preset', 'holbaek-ips-contract', '--set', 'payerShareKommune=0.5', '--out', 'OUT'], /must sum to 1/],
    ['no --out', ['export', 'case', '--preset', 'holbaek-ips'], /needs --out FILE\.xlsx/],
    ['not .xlsx', ['export', 'case', '--preset', 'holbaek-ips', '--out', 'a.csv'], /--out must name an \.xlsx file \(got 'a\.csv'\)/],
    ['missing folder', ['export', 'case', '--preset', 'holbaek-ips', '--out', '/nonexistent-dsi/a.xlsx'], /folder .* does not exist/],
    ['bad value', ['export', 'case', '--preset', 'holbaek-ips', '--set', 'successRate=1.4', '--out', 'OUT'], /successRate must be between 0 and 1 \(got 1\.4\)/],
    ['mistyped key', ['export', 'case', '--preset', 'holbaek-ips', '--set', 'sucessRate=0.4', '--out', 'OUT'], /did you mean 'successRate'/],
    ['wrong preset kind', ['export', 'fund', '--preset', 'holbaek-ips', '--out', 'OUT'], /is a case preset/],
    ['batch file', ['export', 'case', '--params', 'many.json', '--out', 'OUT'], /one scenario, but the --params file holds an array of 2/],
  ];
  test.each(bad)('%s: exit 2, one message on stderr, nothing on stdout, no file', async (_what, argv, message) => {
    const file = join(dir, `bad-${_what.replace(/\W/g, '')}.xlsx`);
    const t = io({ 'many.json': JSON.stringify([{ preset: 'holbaek-ips' }, { preset: 'holbaek-ips' }]) });
    const code = await main(argv.map((a) => (a === 'OUT' ? file : a)), t.io);
    expect(code).toBe(2);
    expect(t.err.join('')).toMatch(message);
    expect(t.out.join('')).toBe('');
    expect(existsSync(file)).toBe(false);
  });

  test('--out naming a folder is refused', async () => {
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder);
    const t = io();
    expect(await main(['export', 'case', '--preset', 'holbaek-ips', '--out', folder], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/it is a folder/);
  });
});
