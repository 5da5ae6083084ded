/** Start-up without a deadline (src/taskpane/startup.ts), with a fake Office and Jest's fake clock. */
import { waitForHost, startupText, hostFromInfo, SLOW_AFTER_MS } from '../../src/taskpane/startup';
import type { ExcelApi } from '../../src/taskpane/sheet';

const excel: ExcelApi = { run: async () => undefined as never };

function officeAnswering() {
  let answer!: (info: { host: string | null }) => void;
  const onReady = jest.fn(() => new Promise<{ host: string | null }>((r) => (answer = r)));
  return { office: { onReady }, answer: (host: string | null) => answer({ host }) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('without office.js the host is "none" at once, and nothing waits', async () => {
  const onSlow = jest.fn();
  const { first } = waitForHost(undefined, excel, { onSlow, goOn: new Promise(() => {}) });
  await expect(first).resolves.toEqual({ host: 'none' });
  jest.advanceTimersByTime(60_000);
  expect(onSlow).not.toHaveBeenCalled();
});

test('a slow Excel: a note after 3 s, counting up, no give-up, then Excel and its API', async () => {
  const { office, answer } = officeAnswering();
  const onSlow = jest.fn();
  const { first } = waitForHost(office, excel, { onSlow, goOn: new Promise(() => {}) });
  jest.advanceTimersByTime(SLOW_AFTER_MS - 1);
  expect(onSlow).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(onSlow).toHaveBeenLastCalledWith(3);
  // Long past the old 10-second cut-off: still waiting, still saying so.
  jest.advanceTimersByTime(27_000);
  expect(onSlow).toHaveBeenLastCalledWith(30);
  answer('Excel');
  await expect(first).resolves.toEqual({ host: 'Excel', excel });
  const calls = onSlow.mock.calls.length;
  jest.advanceTimersByTime(10_000);
  expect(onSlow).toHaveBeenCalledTimes(calls); // the note stops once Office has answered
});

test('going on without Excel gives a browser host; a late Excel is still reported by `ready`', async () => {
  const { office, answer } = officeAnswering();
  let goOn!: () => void;
  const { first, ready } = waitForHost(office, excel, { onSlow: () => {}, goOn: new Promise<void>((r) => (goOn = r)) });
  jest.advanceTimersByTime(5000);
  goOn();
  await expect(first).resolves.toEqual({ host: null, wentOn: true });
  answer('Excel');
  await expect(ready).resolves.toEqual({ host: 'Excel', excel });
});

test('outside Office (office.js says host null) the Excel API is not offered, even if the global exists', () => {
  expect(hostFromInfo({ host: null }, excel)).toEqual({ host: null, excel: undefined });
  expect(hostFromInfo(null, excel)).toEqual({ host: null, excel: undefined });
  expect(hostFromInfo({ host: 'Word' }, excel)).toEqual({ host: 'Word', excel: undefined });
});

test('the waiting note in both languages, with the seconds', () => {
  expect(startupText('en', 'waiting', { seconds: 7 })).toMatch(/^Waiting for Excel… \(7 s\)/);
  expect(startupText('da', 'waiting', { seconds: 7 })).toMatch(/^Venter på Excel… \(7 s\)/);
  expect(startupText('da', 'lateExcel')).toMatch(/projektmappen/);
});
