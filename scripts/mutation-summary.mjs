// Adds up StrykerJS reports (artifacts/mutation/**/mutation.json) into one score per file and in all,
// scored as Stryker scores: (killed + timeout) / (killed + timeout + survived + no coverage).
// A run that was stopped leaves only its stream (results.jsonl, test/mutation/stream-reporter.mjs):
// a folder without mutation.json is read from that, with the sources the run read (sources.json).
// `--survivors` also lists every surviving or uncovered mutant as file:line, mutator, original -> replacement,
// the list docs/mutation.md explains. Usage: node scripts/mutation-summary.mjs [--survivors] [report.json ...]
import fs from 'node:fs';
import path from 'node:path';
import { readReport, reportIn } from '../test/mutation/reports.mjs';

const args = process.argv.slice(2);
const listSurvivors = args.includes('--survivors');
const given = args.filter((a) => !a.startsWith('--'));

/** The report of every run folder below `dir` (test/mutation/reports.mjs picks mutation.json or the stream). */
function findReports(dir) {
  if (!fs.existsSync(dir)) return [];
  const here = reportIn(dir);
  const below = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => findReports(path.join(dir, e.name)));
  return here === undefined ? below : [here, ...below];
}

const reports = given.length > 0 ? given : findReports('artifacts/mutation');
if (reports.length === 0) {
  console.error('no mutation.json found under artifacts/mutation: run `npm run mutation` first');
  process.exit(1);
}

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored'];
const fileNameOf = (file) => path.relative(process.cwd(), path.resolve(file));
const mutantKey = (name, m) => `${name}:${JSON.stringify(m.location)}:${m.mutatorName}:${m.replacement}`;

// A recheck (MUTATION_RECHECK, stryker.config.mjs) ran its part's survivors against every test: its
// result stands for the mutant instead of the part's, and it is not counted on its own.
const isRecheck = (report) => path.basename(path.dirname(report)).endsWith('-recheck');
const rechecked = new Map();
for (const report of reports.filter(isRecheck)) {
  for (const [file, { mutants }] of Object.entries(readReport(report).files)) {
    for (const m of mutants) rechecked.set(mutantKey(fileNameOf(file), m), m.status);
  }
}

const byFile = new Map();
const survivors = [];
let changedByRecheck = 0;
for (const report of reports.filter((r) => !isRecheck(r))) {
  const { files } = readReport(report);
  for (const [file, { source, mutants }] of Object.entries(files)) {
    const name = fileNameOf(file);
    const counts = byFile.get(name) ?? Object.fromEntries(STATUSES.map((s) => [s, 0]));
    const lines = source.split('\n');
    for (const tested of mutants) {
      const again = rechecked.get(mutantKey(name, tested));
      const m = again === undefined ? tested : { ...tested, status: again };
      if (again !== undefined && again !== tested.status) changedByRecheck++;
      counts[m.status] = (counts[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        const { start, end } = m.location;
        const original = start.line === end.line
          ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
          : `${lines[start.line - 1].slice(start.column - 1)} ...`;
        survivors.push({ where: `${name}:${start.line}`, status: m.status, mutator: m.mutatorName, original: original.trim(), replacement: m.replacement ?? '' });
      }
    }
    byFile.set(name, counts);
  }
}

const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? '-' : `${((100 * detected) / valid).toFixed(1)} %`;
};
const total = Object.fromEntries(STATUSES.map((s) => [s, 0]));
console.log(['file', 'killed', 'timeout', 'survived', 'no coverage', 'errors', 'ignored', 'score'].join(' | '));
for (const [file, c] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  for (const s of STATUSES) total[s] += c[s];
  console.log([file, c.Killed, c.Timeout, c.Survived, c.NoCoverage, c.RuntimeError + c.CompileError, c.Ignored, score(c)].join(' | '));
}
console.log(['all', total.Killed, total.Timeout, total.Survived, total.NoCoverage, total.RuntimeError + total.CompileError, total.Ignored, score(total)].join(' | '));
if (rechecked.size > 0) console.log(`(a recheck against every test changed the result of ${changedByRecheck} of the ${rechecked.size} mutants it ran)`);

if (listSurvivors) {
  console.log('');
  for (const s of survivors) {
    const replacement = s.replacement.replace(/\s+/g, ' ').slice(0, 80);
    console.log(`${s.where} ${s.status === 'NoCoverage' ? '(no coverage) ' : ''}${s.mutator}: ${s.original.slice(0, 80)} -> ${replacement}`);
  }
}
