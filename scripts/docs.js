#!/usr/bin/env node
// Rewrites docs/parameters.md, the parameter reference generated from the model's field registry
// (needs `npm run build:node`; `npm run docs` does both). test/docs/readme.test.ts checks it is current.
const fs = require('fs');
const path = require('path');
const { parameterReferenceMarkdown } = require('../lib/src/model/docs');

const file = path.join(__dirname, '..', 'docs', 'parameters.md');
const header = `# Parameter reference

Every parameter of every model: its key (as typed in parameter tables, JSON files and \`--set\`), what
it means, its unit, its rule and its default. Generated from the field registry in \`src/model/\` by
\`npm run docs\`; do not edit by hand. The definitions are in [model.md](model.md).

`;
fs.writeFileSync(file, `${header}<!-- section:params -->\n${parameterReferenceMarkdown()}\n<!-- /section:params -->\n`);
console.log('docs/parameters.md updated');
