/*
 * Lets the build scripts require the TypeScript model (src/model) directly, so the help page reads
 * parameter keys, units, ranges and presets from the zod schemas rather than from a copy. Each .ts
 * file under src/ is transpiled on require (no type check: tsc and ts-loader do that).
 */
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const srcRoot = path.resolve(__dirname, '..', 'src') + path.sep;
const previous = require.extensions['.ts'];

require.extensions['.ts'] = function (module, filename) {
  if (!filename.startsWith(srcRoot)) {
    if (previous) return previous(module, filename);
    throw new Error(`ts-require: only files under src/ are transpiled (${filename})`);
  }
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};
