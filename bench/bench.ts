/**
 * Model benchmark (`npm run bench`): evaluations per second of
 *   - the case model on validated Holbæk parameters (evaluateCase only),
 *   - the fund model on validated DSI fund parameters (evaluateFund only),
 *   - a parameter table as DSI.PARAMS spills it (header row + 17 rows) through
 *     parseParameterTable -> mergeInput -> validate -> evaluateCase,
 *   - validate only, on the merged Holbæk input.
 * Each is warmed up, then run for about a second; the table shows the rate and the time per call.
 */
import * as os from 'os';
import {
  caseModel,
  fundModel,
  evaluateCase,
  evaluateFund,
  mergeInput,
  validate,
  parseParameterTable,
  CaseParams,
  FundParams,
} from '../src/model';

interface Row {
  name: string;
  /** Calls per second of wall time: what a user sees, and what the aim is checked against. */
  perSecond: number;
  /** Calls per second of this process's CPU time: far less disturbed when other work shares the
   *  machine (wall much below CPU means the figures were taken on a busy machine). */
  perCpuSecond: number;
  nsPerCall: number;
  aim?: number;
}

/** A value the optimiser cannot prove unused, so no measured call is dropped as dead code. */
let sink = 0;

function measure(name: string, fn: () => number, seconds: number, aim?: number): Row {
  // Warm up: let the JIT compile the hot paths before timing.
  const warmUntil = process.hrtime.bigint() + BigInt(Math.round(0.3 * 1e9));
  while (process.hrtime.bigint() < warmUntil) for (let i = 0; i < 1000; i++) sink += fn();

  // Calibrate a batch size so that reading the clock costs little next to the work.
  let batch = 1000;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink += fn();
    if (Number(process.hrtime.bigint() - t0) > 5e6 || batch >= 1e7) break;
    batch *= 2;
  }

  const budget = BigInt(Math.round(seconds * 1e9));
  const cpu0 = process.cpuUsage();
  const start = process.hrtime.bigint();
  let calls = 0;
  let elapsed = 0n;
  while (elapsed < budget) {
    for (let i = 0; i < batch; i++) sink += fn();
    calls += batch;
    elapsed = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpu0);
  const secs = Number(elapsed) / 1e9;
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  return { name, perSecond: calls / secs, perCpuSecond: calls / cpuSecs, nsPerCall: (secs * 1e9) / calls, aim };
}

function fmtInt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function main(): void {
  const seconds = Number(process.env.BENCH_SECONDS ?? '1');

  const caseInput = mergeInput(caseModel, [{ preset: 'holbaek-ips' }]);
  const caseParams: CaseParams = validate(caseModel, caseInput);
  const fundParams: FundParams = validate(fundModel, mergeInput(fundModel, [{ preset: 'dsi-fund-25m' }]));

  // What DSI.PARAMS("holbaek-ips") spills: a header row, then one row per key (17 keys; the preset gives
  // costTotal, so costPerParticipant is left out), vectors running to the right, the rest padded with
  // empty cells as Excel passes a rectangular range.
  const width = 3;
  const table: unknown[][] = [['Parameter', 'Value', null]];
  for (const [k, v] of Object.entries(caseInput)) {
    const cells = Array.isArray(v) ? [...v] : [v];
    while (cells.length < width - 1) cells.push(null);
    table.push([k, ...cells]);
  }
  if (table.length !== 18) throw new Error(`expected a header row and 17 parameter rows, got ${table.length} rows`);

  // The paths must give the same result before being timed.
  const viaTable = evaluateCase(validate(caseModel, mergeInput(caseModel, [parseParameterTable(caseModel, table)])));
  if (viaTable.actors.total.presentValue !== evaluateCase(caseParams).actors.total.presentValue) {
    throw new Error('the parameter table does not reproduce the preset');
  }

  const rows: Row[] = [
    measure('case model, evaluateCase', () => evaluateCase(caseParams).actors.total.presentValue, seconds, 2_000_000),
    measure('fund model, evaluateFund', () => evaluateFund(fundParams).totalInvested, seconds),
    measure(
      'table: parse + merge + validate + evaluateCase',
      () => {
        const layer = parseParameterTable(caseModel, table);
        const p = validate(caseModel, mergeInput(caseModel, [layer]));
        return evaluateCase(p).actors.total.presentValue;
      },
      seconds,
      300_000,
    ),
    measure('validate only (case)', () => validate(caseModel, caseInput).horizon, seconds),
  ];

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Model benchmark - node ${process.version}, ${os.cpus().length} x ${cpu}, ~${seconds} s per line`);
  const header = ['what', 'per second', 'per CPU second', 'ns per call', 'aim'];
  const body = rows.map((r) => [
    r.name,
    fmtInt(r.perSecond),
    fmtInt(r.perCpuSecond),
    fmtInt(r.nsPerCall),
    r.aim === undefined ? '' : `>= ${fmtInt(r.aim)} ${r.perSecond >= r.aim ? 'ok' : 'BELOW'}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  // Wall-clock rates well below CPU-time rates mean other work took this process's CPU.
  const starved = rows.some((r) => r.perSecond < 0.9 * r.perCpuSecond);
  console.log(
    `load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs` +
      (starved ? ' - other work took CPU time from this run; the per-CPU-second column is the steadier figure' : ''),
  );
  if (!Number.isFinite(sink)) console.log('(checksum not finite)');
}

main();
