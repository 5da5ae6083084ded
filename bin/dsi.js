#!/usr/bin/env node
'use strict';
// The dsi command line. The TypeScript sources in src/cli are compiled to lib/ by
// `npm run build:node` (also run by `npm install` through "prepare").
let cli;
try {
  cli = require('../lib/src/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes('lib/src/cli/main.js')) {
    process.stderr.write("dsi: not built yet - run 'npm run build:node' in the dsi-excel-addin folder first\n");
    process.exit(1);
  }
  throw e;
}
cli.runProcess();
