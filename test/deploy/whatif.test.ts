/**
 * Excel's What-If tools, honestly: the recipes in docs/functions.md, the help page and the pane name defined
 * names that the native-formula export really defines, and none of them says a Data Table or Goal Seek
 * works on DSI.* cells.
 */
import fs from 'fs';
import path from 'path';
import { casePlan } from '../../src/export';
import * as model from '../../src/model';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS without types
const { buildHelpPage } = require('../../scripts/help-page.js');

const ROOT = path.join(__dirname, '../..');
// The functions' documentation moved from the README to docs/functions.md.
const readme = fs.readFileSync(path.join(ROOT, 'docs/functions.md'), 'utf8');
const pane = fs.readFileSync(path.join(ROOT, 'src/taskpane/exportTab.ts'), 'utf8');
const help = buildHelpPage({ functions: [] }, { functions: [] }, [], model);

const plan = casePlan(model.run(model.caseModel, [{ preset: 'holbaek-ips' }]).params);
const names = new Set(plan.names.map((n) => n.name));

test('the Goal Seek recipe names the export\'s defined names of the municipality\'s present value and the success rate', () => {
  expect(names.has('presentValueKommune')).toBe(true);
  expect(names.has('successRate')).toBe(true);
  expect(names.has('breakEvenYearKommune')).toBe(true);
  // successRate names one cell of the inputs sheet (a Goal Seek changing cell must be a single cell).
  expect(plan.names.find((n) => n.name === 'successRate')!.ref).toMatch(/^'?[A-Za-z ]+'?!\$?[A-Z]+\$?\d+$/);
  expect(readme).toContain('*Set cell* `presentValueKommune`, *To value*\n  0, *By changing cell* `successRate`');
  expect(pane).toContain('Set cell presentValueKommune, To value 0, By changing cell successRate');
  expect(help).toContain('set cell <code>presentValueKommune</code> to 0 by changing cell <code>successRate</code>');
});

test.each([
  ['docs/functions.md', readme],
  ['help page', help],
  ['pane', pane],
])('the %s says the What-If tools do not work on DSI.* cells and offers DSI.GOALSEEK', (_where, text) => {
  expect(text).toMatch(/do(es)? not (work on|evaluate custom functions)/);
  expect(text).toContain('DSI.GOALSEEK');
  expect(text).toContain('DSI.GRID');
  expect(text).not.toMatch(/What-If tools work on it as is|Goal Seek works the same way/);
});
