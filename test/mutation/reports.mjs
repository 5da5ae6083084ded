// Reading a mutation run's results, for scripts/mutation-summary.mjs and stryker.config.mjs (the
// recheck). A finished run leaves Stryker's mutation.json; a stopped one only its stream
// (results.jsonl, test/mutation/stream-reporter.mjs) with the sources it read (sources.json).
import fs from 'node:fs';
import path from 'node:path';

/** The report of a run's folder: mutation.json when the run finished, else its stream, else undefined. */
export function reportIn(dir) {
  for (const name of ['mutation.json', 'results.jsonl']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

/** A stream's lines in the shape of a JSON report: { files: { name: { source, mutants } } }. */
function readStream(file) {
  const files = {};
  const sources = JSON.parse(fs.readFileSync(path.join(path.dirname(file), 'sources.json'), 'utf8'));
  for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const m = JSON.parse(line);
    files[m.fileName] ??= { source: sources[m.fileName], mutants: [] };
    files[m.fileName].mutants.push(m);
  }
  return { files };
}

/** A report (mutation.json or a stream) as { files: { name: { source, mutants } } }. */
export function readReport(file) {
  return file.endsWith('.jsonl') ? readStream(file) : JSON.parse(fs.readFileSync(file, 'utf8'));
}
