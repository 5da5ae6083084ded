#!/usr/bin/env node
/*
 * Builds functions-da.json (Excel's da-DK function metadata) from functions.json and the translation
 * table src/functions/translations-da.json. Ids, parameter names, types, order and every other field
 * are copied from functions.json; only names and descriptions come from the table. Any mismatch
 * (a function or parameter missing from the table or extra in it, an empty text, a name Excel would
 * reject or that equals a built-in) is an error, so the two files cannot disagree.
 * Usage: node scripts/functions-da.js dist/functions.json [out.json]
 */
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const TABLE = path.join(root, 'src/functions/translations-da.json');
const BUILTINS = path.join(root, 'src/functions/excel-builtins.json');

/** Excel's rule for a display name: starts with a letter, >= 3 characters, Unicode letters, digits, '_' and '.'. */
const NAME_RULE = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;
/** A name that reads as a cell reference (A1 or R1C1 style) would be taken as one. */
const CELL_REF = /^([A-Z]{1,3}[0-9]+|R[0-9]*C[0-9]*)$/i;

function builtinNames() {
  const b = JSON.parse(fs.readFileSync(BUILTINS, 'utf8'));
  return new Set([...b.da, ...b.en].map((n) => n.toUpperCase()));
}

/** Problems with one display name, as sentences. */
function nameProblems(name, builtins) {
  const out = [];
  if (typeof name !== 'string' || !NAME_RULE.test(name)) out.push(`'${name}' is not a valid Excel function name (a letter, then 2 or more letters, digits, '_' or '.')`);
  else {
    if (CELL_REF.test(name)) out.push(`'${name}' reads as a cell reference`);
    if (builtins.has(name.toUpperCase())) out.push(`'${name}' is an Excel built-in function name`);
  }
  return out;
}

function translate(metadata, table, builtins = builtinNames()) {
  const problems = [];
  const ids = metadata.functions.map((f) => f.id);
  for (const id of Object.keys(table)) if (!ids.includes(id)) problems.push(`translation table has function '${id}', which functions.json does not have`);
  const seen = new Map();
  const functions = metadata.functions.map((f) => {
    const t = table[f.id];
    if (!t) {
      problems.push(`translation table misses function '${f.id}'`);
      return f;
    }
    for (const p of nameProblems(f.name, builtins)) problems.push(`${f.id} (English): ${p}`);
    for (const p of nameProblems(t.name, builtins)) problems.push(`${f.id}: ${p}`);
    const upper = String(t.name).toUpperCase();
    if (seen.has(upper)) problems.push(`${f.id} and ${seen.get(upper)} have the same Danish name '${t.name}'`);
    seen.set(upper, f.id);
    if (typeof t.description !== 'string' || !t.description.trim()) problems.push(`${f.id}: the Danish description is empty`);
    const tp = t.parameters || {};
    const pnames = f.parameters.map((p) => p.name);
    for (const k of Object.keys(tp)) if (!pnames.includes(k)) problems.push(`${f.id}: translation table has parameter '${k}', which the function does not have`);
    const parameters = f.parameters.map((p) => {
      const d = tp[p.name];
      if (typeof d !== 'string' || !d.trim()) {
        problems.push(`${f.id}: translation table misses parameter '${p.name}'`);
        return p;
      }
      return { ...p, description: d };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  if (problems.length) {
    const e = new Error(`functions-da.json cannot be built:\n  - ${problems.join('\n  - ')}`);
    e.problems = problems;
    throw e;
  }
  return { ...metadata, functions };
}

module.exports = { translate, nameProblems, builtinNames, TABLE };

if (require.main === module) {
  const [input, output] = process.argv.slice(2);
  if (!input) {
    console.error('usage: node scripts/functions-da.js dist/functions.json [out.json]');
    process.exit(2);
  }
  try {
    const da = translate(JSON.parse(fs.readFileSync(input, 'utf8')), JSON.parse(fs.readFileSync(TABLE, 'utf8')));
    const text = JSON.stringify(da, null, 4);
    if (output) fs.writeFileSync(output, text);
    else process.stdout.write(text + '\n');
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
