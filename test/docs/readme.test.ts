import * as fs from 'fs';
import * as path from 'path';
import { parameterReferenceMarkdown, MODELS } from '../../src/model';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  test('the parameter reference is the one generated from the schemas (run `npm run docs` after changing them)', () => {
    const m = readme.match(/<!-- section:params -->\n([\s\S]*?)\n<!-- \/section:params -->/);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(parameterReferenceMarkdown());
  });

  test('every parameter key of every model appears in the README', () => {
    for (const model of Object.values(MODELS)) {
      for (const p of model.params) expect(readme).toContain(`\`${p.key}\``);
    }
  });

  test('the README names the test command that .ci/run runs', () => {
    const ci = fs.readFileSync(path.join(__dirname, '..', '..', '.ci', 'run'), 'utf8');
    expect(readme).toMatch(/^npm test\s/m);
    expect(ci).toMatch(/^npm test$/m);
  });
});
