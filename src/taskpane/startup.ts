/**
 * Finding the host at start-up. Office.onReady has no deadline: Excel can take many seconds to
 * start an add-in, and giving up early would open the pane in browser mode and save scenarios to
 * the browser while the user is in a workbook. So the pane waits, says after a few seconds that it
 * is waiting, and offers to go on without Excel; if Excel answers after that, the caller switches.
 */
import type { Text } from '../model';
import type { Lang } from './i18n';
import type { HostInfo } from './app';
import type { ExcelApi } from './sheet';

export const SLOW_AFTER_MS = 3000;

export const STARTUP_TEXT = {
  waiting: {
    en: 'Waiting for Excel… ({seconds} s). Office has loaded the add-in but has not said it is ready yet; the workbench opens as soon as it does.',
    da: 'Venter på Excel… ({seconds} s). Office har indlæst tilføjelsesprogrammet, men har endnu ikke meldt klar; værktøjet åbner, så snart det sker.',
  },
  goOn: { en: 'Use as a calculator without Excel', da: 'Brug som beregner uden Excel' },
  goOnHelp: {
    en: 'Scenarios are then kept in this browser, not in the workbook, until Excel is ready.',
    da: 'Scenarier gemmes så i denne browser, ikke i projektmappen, indtil Excel er klar.',
  },
  lateExcel: {
    en: 'Excel is ready now: scenarios are saved in the workbook from here on. Those saved while waiting stay in this browser.',
    da: 'Excel er klar nu: scenarier gemmes i projektmappen herfra. De, der blev gemt under ventetiden, bliver i denne browser.',
  },
} satisfies Record<string, Text>;

export function startupText(lang: Lang, key: keyof typeof STARTUP_TEXT, vars: Record<string, string | number> = {}): string {
  let s = STARTUP_TEXT[key][lang];
  for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

export interface OfficeLike {
  onReady(): Promise<{ host?: unknown } | null | undefined>;
}

/** What Office.onReady said, as the pane's host. */
export function hostFromInfo(info: { host?: unknown } | null | undefined, excel: ExcelApi | undefined): HostInfo {
  const host = info?.host ? String(info.host) : null;
  return { host, excel: host === 'Excel' ? excel : undefined };
}

export interface WaitOptions {
  /** Called once after SLOW_AFTER_MS and then every second while Office has not answered. */
  onSlow(seconds: number): void;
  /** Resolves when the user chooses to go on without Excel (never, if not offered). */
  goOn: Promise<void>;
  slowAfterMs?: number;
}

/**
 * The host: Office's answer, or { host: null, wentOn: true } when the user goes on without Excel first. Without
 * office.js (offline, blocked) the host is 'none' at once. `ready` is Office's own answer, for a
 * caller that went on without Excel and must switch when Excel arrives late.
 */
export function waitForHost(office: OfficeLike | undefined, excel: ExcelApi | undefined, opts: WaitOptions): { first: Promise<HostInfo & { wentOn?: boolean }>; ready: Promise<HostInfo> } {
  if (!office || typeof office.onReady !== 'function') {
    const none: HostInfo = { host: 'none' };
    return { first: Promise.resolve(none), ready: Promise.resolve(none) };
  }
  const ready = office.onReady().then((info) => hostFromInfo(info, excel));
  const start = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    opts.onSlow(Math.round((Date.now() - start) / 1000));
    timer = setTimeout(tick, 1000);
  };
  timer = setTimeout(tick, opts.slowAfterMs ?? SLOW_AFTER_MS);
  const stop = () => clearTimeout(timer);
  const first = Promise.race([
    ready,
    opts.goOn.then((): HostInfo & { wentOn?: boolean } => ({ host: null, wentOn: true })),
  ]);
  first.then(stop, stop);
  return { first, ready };
}
