/** "Export as plain workbook" in Excel: Excel.createWorkbook when ExcelApi 1.8 is there, else a download. */
import { deliverWorkbook, toBase64, excelCreateWorkbook } from '../../src/taskpane/exportOffice';

const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x80]);

test('toBase64 is the standard encoding, also across its 32 KiB chunks', () => {
  expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  const big = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
  expect(toBase64(big)).toBe(Buffer.from(big).toString('base64'));
});

test('with createWorkbook: the file opens in Excel, nothing is downloaded', async () => {
  const createWorkbook = jest.fn(async () => undefined);
  const download = jest.fn();
  await expect(deliverWorkbook(bytes, 'x.xlsx', { createWorkbook, download }, true)).resolves.toEqual({ how: 'opened' });
  expect(createWorkbook).toHaveBeenCalledWith('UEsDBP8AgA==');
  expect(download).not.toHaveBeenCalled();
});

test('Excel refusing falls back to the download and keeps Excel\'s reason', async () => {
  const download = jest.fn();
  const r = await deliverWorkbook(bytes, 'x.xlsx', { createWorkbook: async () => Promise.reject(new Error('pop-up blocked')), download }, true);
  expect(r).toEqual({ how: 'downloaded', reason: 'failed', message: 'pop-up blocked' });
  expect(download).toHaveBeenCalledWith(bytes, 'x.xlsx');
});

test('without the API: a download, said to be for lack of the API in Excel, plain in a browser', async () => {
  const download = jest.fn();
  await expect(deliverWorkbook(bytes, 'x.xlsx', { download }, true)).resolves.toEqual({ how: 'downloaded', reason: 'no-api' });
  await expect(deliverWorkbook(bytes, 'x.xlsx', { download }, false)).resolves.toEqual({ how: 'downloaded', reason: 'browser' });
  expect(download).toHaveBeenCalledTimes(2);
});

describe('excelCreateWorkbook asks Office for ExcelApi 1.8', () => {
  const g = globalThis as any;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  test('no Office or no Excel: none', () => {
    expect(excelCreateWorkbook()).toBeUndefined();
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    expect(excelCreateWorkbook()).toBeUndefined();
  });

  test('1.8 supported: Excel.createWorkbook is used; 1.7 only: none', async () => {
    const isSetSupported = jest.fn((name: string, v: string) => name === 'ExcelApi' && Number(v) <= 1.7);
    g.Office = { context: { requirements: { isSetSupported } } };
    g.Excel = { createWorkbook: jest.fn(async () => undefined) };
    expect(excelCreateWorkbook()).toBeUndefined();
    expect(isSetSupported).toHaveBeenCalledWith('ExcelApi', '1.8');
    isSetSupported.mockImplementation(() => true);
    const create = excelCreateWorkbook();
    expect(create).toBeDefined();
    await create!('QUJD');
    expect(g.Excel.createWorkbook).toHaveBeenCalledWith('QUJD');
  });
});
