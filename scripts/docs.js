#!/usr/bin/env node
// Rewrites the README's generated parameter reference from the model schemas (needs `npm run build:node`).
const fs = require('fs');
const path = require('path');
const { parameterReferenceMarkdown } = require('../lib/src/model/docs');

const file = path.join(__dirname, '..', 'README.md');
const text = fs.readFileSync(file, 'utf8');
const re = /(<!-- section:params -->\n)[\s\S]*?(<!-- \/section:params -->)/;
if (!re.test(text)) throw new Error('README.md has no <!-- section:params --> markers');
fs.writeFileSync(file, text.replace(re, `$1${parameterReferenceMarkdown()}\n$2`));
console.log('README.md parameter reference updated');
