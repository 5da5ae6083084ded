import * as fs from 'fs';
import * as path from 'path';
import { parameterReferenceMarkdown, MODELS } from '../../src/model';

const root = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const parameters = fs.readFileSync(path.join(root, 'docs', 'parameters.md'), 'utf8');

describe('parameter reference (docs/parameters.md)', () => {
  test('is the one generated from the schemas (run `npm run docs` after changing them)', () => {
    const m = parameters.match(/<!-- section:params -->\n([\s\S]*?)\n<!-- \/section:params -->/);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(parameterReferenceMarkdown());
  });

  test('names every parameter key of every model', () => {
    for (const model of Object.values(MODELS)) {
      for (const p of model.params) expect(parameters).toContain(`\`${p.key}\``);
    }
  });
});

describe('README', () => {
  test('names the test command that .ci/run runs', () => {
    const ci = fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8');
    expect(readme).toMatch(/^npm test\s/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  test('links only to files that exist in the repository', () => {
    const links = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(fs.existsSync(path.join(root, l)) ? l : `missing: ${l}`).toBe(l);
  });
});

describe('the repository stands alone', () => {
  // Users clone this repository only: the README, the sources and the scripts name nothing outside it.
  const OUTSIDE = /\.\.\/shared|\bMODEL\.md|\bFUNCTIONS\.md|seed\/README/;
  const files = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  test('no reference to the specification outside the repository in README, docs, src or scripts', () => {
    const offenders: string[] = [];
    for (const f of ['README.md', ...files('docs'), ...files('src'), ...files('scripts')]) {
      fs.readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (OUTSIDE.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
