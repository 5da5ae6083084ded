/**
 * Unit tests of the coercion and dispatch modules (src/functions/coerce.ts, adapters.ts, tables.ts)
 * and of the functions-da.json generator, without a build.
 */
import { asMatrix, isOmitted, shapeOf, scalarArg, textArg, actorArg, fingerprint } from '../../src/functions/coerce';
import { resolveBase, parseOverrides, figure, toExcelError, mapCells, clearCaches, evaluate, Cell } from '../../src/functions/adapters';
import { presetTable, fundOutputArg } from '../../src/functions/tables';
import { caseModel, fundModel, ParameterError, NotAvailableError, parseParameterTable, caseParamMeta, ruleText } from '../../src/model';
import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { translate, nameProblems } = require('../../scripts/functions-da.js');

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a throw');
};

describe('coerce', () => {
  test('asMatrix wraps scalars and rows, keeps matrices', () => {
    expect(asMatrix(3)).toEqual([[3]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    const m = [[1], [2]];
    expect(asMatrix(m)).toBe(m);
  });

  test('isOmitted: null, undefined, "", [[null]], [[""]], [] are omitted; 0 and FALSE are not', () => {
    for (const v of [null, undefined, '', '  ', [[null]], [['']], [], [[]]]) expect(isOmitted(v)).toBe(true);
    for (const v of [0, false, [[0]], [[false]], 'x', [[1, 2]]]) expect(isOmitted(v)).toBe(false);
  });

  test('shapeOf: cell, row, column, grid', () => {
    expect(shapeOf([[1]])).toBe('cell');
    expect(shapeOf([[1, 2, 3]])).toBe('row');
    expect(shapeOf([[1], [2]])).toBe('column');
    expect(shapeOf([[1, 2], [3, 4]])).toBe('grid');
  });

  test('scalarArg unwraps [[x]] and rejects a larger range', () => {
    expect(scalarArg([[7]], 'year')).toBe(7);
    expect(scalarArg(7, 'year')).toBe(7);
    expect(messageOf(() => scalarArg([[1, 2]], 'year'))).toBe('year must be a single cell (got a 1x2 range)');
  });

  test('textArg trims text, gives undefined for empty, rejects numbers and booleans', () => {
    expect(textArg('  stat ', 'actor')).toBe('stat');
    expect(textArg('', 'actor')).toBeUndefined();
    expect(textArg(null, 'actor')).toBeUndefined();
    expect(messageOf(() => textArg(true, 'actor'))).toBe('actor must be text (got TRUE)');
  });

  test('actorArg: English and Danish, any case, default when empty', () => {
    expect(actorArg('Municipality', 'total')).toBe('kommune');
    expect(actorArg('STATEN', 'total')).toBe('stat');
    expect(actorArg('I Alt', 'kommune')).toBe('total');
    expect(actorArg(null, 'kommune')).toBe('kommune');
    expect(messageOf(() => actorArg('county', 'total'))).toMatch(/actor must be one of kommune, region, stat, total/);
  });

  test('fingerprint tells apart what the parser tells apart, and is undefined for error values and huge ranges', () => {
    expect(fingerprint([[1]])).not.toBe(fingerprint([['1']]));
    expect(fingerprint([[true]])).not.toBe(fingerprint([['TRUE']]));
    expect(fingerprint([['a,b']])).not.toBe(fingerprint([['a', 'b']]));
    expect(fingerprint([['a'], ['b']])).not.toBe(fingerprint([['a', 'b']]));
    expect(fingerprint([[null]])).not.toBe(fingerprint([['']]));
    expect(fingerprint([[0.1 + 0.2]])).not.toBe(fingerprint([[0.3]]));
    expect(fingerprint([['x', 2]])).toBe(fingerprint([['x', 2]]));
    expect(fingerprint([[new Error('#N/A')]])).toBeUndefined();
    expect(fingerprint(Array.from({ length: 6000 }, () => [1]))).toBeUndefined();
  });
});

describe('adapters', () => {
  beforeEach(() => clearCaches());

  test('resolveBase: a 1x1 text is a preset name; a range is a parameter table', () => {
    expect(resolveBase(caseModel, [['holbaek-ips']]).layer).toEqual({ preset: 'holbaek-ips' });
    const table = [['participants', 10], ['costTotal', 5]];
    expect(resolveBase(caseModel, table).layer).toEqual(parseParameterTable(caseModel, table));
  });

  test('resolveBase: the cache returns the parse of equal content, and a changed cell parses anew', () => {
    const t1 = [['participants', 10], ['successRate', 0.5]];
    const a = resolveBase(caseModel, t1).layer;
    expect(resolveBase(caseModel, t1.map((r) => [...r])).layer).toBe(a);
    const t2 = [['participants', 10], ['successRate', 0.6]];
    expect(resolveBase(caseModel, t2).layer.values!.successRate).toBe(0.6);
  });

  test('resolveBase: the same range parsed for another model is not taken from the cache', () => {
    const t = [['successRate', 0.5]];
    resolveBase(caseModel, t);
    expect(resolveBase(fundModel, t).key).not.toBe(resolveBase(caseModel, t).key);
  });

  test('resolveBase errors: empty, number', () => {
    expect(messageOf(() => resolveBase(caseModel, [['']]))).toMatch(/params is empty/);
    expect(messageOf(() => resolveBase(caseModel, [[3]]))).toMatch(/params must be a preset name or a parameter range \(got 3\)/);
  });

  test('parseOverrides: pairs, canonical keys, vectors, a sweep', () => {
    const o = parseOverrides(caseModel, [[['SUCCESSRATE']], [[0.5]], [['costProfile']], [[0.5, 0.5, '']], [['baselineRate']], [[0.1], [0.2]]], true, 'X');
    expect(o.values).toEqual({ successRate: 0.5, costProfile: [0.5, 0.5] });
    expect(o.sweep).toEqual({ key: 'baselineRate', values: [0.1, 0.2], rows: 2, cols: 1 });
  });

  test('parseOverrides: a single value for a vector parameter becomes a one-element vector', () => {
    expect(parseOverrides(caseModel, [[['effectRamp']], [[1]]], true, 'X').values).toEqual({ effectRamp: [1] });
  });

  test('parseOverrides: trailing omitted arguments are dropped, an empty cell is not', () => {
    expect(parseOverrides(caseModel, [[['successRate']], [[0.5]], null, [[null]]], true, 'X').values).toEqual({ successRate: 0.5 });
    expect(messageOf(() => parseOverrides(caseModel, [[['successRate']], [['']]], true, 'X'))).toMatch(/the cell is empty/);
  });

  test('parseOverrides: no sweep where it is not allowed', () => {
    expect(messageOf(() => parseOverrides(caseModel, [[['successRate']], [[0.1], [0.2]]], false, 'CASHFLOWS'))).toMatch(/CASHFLOWS spills a table/);
  });

  test('figure: one number without a sweep, the sweep range shape with one', () => {
    const pick = ({ result }: any) => result.actors.kommune.breakEvenYear as number;
    expect(figure(caseModel, [['holbaek-ips']], null, 'X', pick)).toBe(4);
    const row = figure(caseModel, [['holbaek-ips']], [[['successRate']], [[0.4, 0.48]]], 'X', pick) as Cell[][];
    expect(row).toEqual([[4, 3]]);
  });

  test('figure: a domain error of one sweep value stays in its cell; other errors are thrown', () => {
    const out = figure(caseModel, [['holbaek-ips']], [[['successRate']], [[2], [0.4]]], 'X', ({ result }: any) => result.netSuccesses) as Cell[][];
    expect(out[0][0]).toBeInstanceOf(ParameterError);
    expect(out[1][0]).toBeCloseTo(25.92, 10);
    expect(() =>
      figure(caseModel, [['holbaek-ips']], [[['successRate']], [[0.4]]], 'X', () => {
        throw new TypeError('bug');
      }),
    ).toThrow(TypeError);
  });

  test('evaluate: the run cache is keyed on the parameters and the overrides', () => {
    const base = resolveBase(caseModel, [['holbaek-ips']]);
    const a = evaluate(caseModel, base, { successRate: 0.48 });
    expect(evaluate(caseModel, base, { successRate: 0.48 })).toBe(a);
    expect(evaluate(caseModel, base, { successRate: 0.4 }).result.actors.kommune.breakEvenYear).toBe(4);
    expect(evaluate(caseModel, base, {}).result.actors.kommune.breakEvenYear).toBe(4);
  });

  test('toExcelError: #VALUE! for bad input, #N/A for missing results, a message for anything else', () => {
    const make = { invalidValue: (m: string) => ['#VALUE!', m], notAvailable: (m: string) => ['#N/A', m] };
    expect(toExcelError(new ParameterError('bad'), make)).toEqual(['#VALUE!', 'bad']);
    expect(toExcelError(new NotAvailableError('none'), make)).toEqual(['#N/A', 'none']);
    expect(toExcelError(new TypeError('x is undefined'), make)).toEqual(['#VALUE!', 'Unexpected error: x is undefined']);
    expect(mapCells([[1, new NotAvailableError('n')]], make)).toEqual([[1, ['#N/A', 'n']]]);
  });

  test('fundOutputArg: case-insensitive figure names, "table" by default', () => {
    expect(fundOutputArg(undefined)).toBe('table');
    expect(fundOutputArg('TOTALINVESTED')).toBe('totalInvested');
    expect(messageOf(() => fundOutputArg('sum'))).toMatch(/output must be "table" or one of/);
  });

  test('presetTable parses back to the preset values (the round trip, without the bundle)', () => {
    const layer = parseParameterTable(caseModel, presetTable('holbaek-ips', 'en'));
    expect(layer.preset).toBe('holbaek-ips');
    expect(layer.values).toMatchObject({ participants: 180, costTotal: 6_900_000, costProfile: [0.6, 0.4], effectRamp: [0.5, 1], successRate: 0.4 });
    expect(layer.values).not.toHaveProperty('costPerParticipant');
  });
});

describe('JSDoc text follows the model', () => {
  test('NETSUCCESSES argument descriptions state the model rules, in English and Danish', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../src/functions/functions.ts'), 'utf8');
    const da = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/functions/translations-da.json'), 'utf8')).NETSUCCESSES.parameters;
    for (const key of ['participants', 'successRate', 'baselineRate', 'dropoutRate']) {
      const meta = caseParamMeta.find((m) => m.key === key)!;
      const line = src.split('\n').find((l) => new RegExp(`@param \\[?${key}\\]? `).test(l))!;
      expect(line).toContain(ruleText(meta, 'en'));
      expect(da[key]).toContain(ruleText(meta, 'da'));
      if (meta.default !== undefined) {
        expect(line).toContain(`default ${meta.default}`);
        expect(da[key]).toContain(`standard ${meta.default}`);
      }
    }
  });
});

describe('functions-da.json generator', () => {
  const metadata = {
    functions: [
      { id: 'ONE', name: 'ONE', description: 'one', parameters: [{ name: 'a', type: 'any' }], result: {} },
      { id: 'TWO', name: 'TWO', description: 'two', parameters: [], result: {} },
    ],
  };
  const table = {
    ONE: { name: 'ÉNE', description: 'én', parameters: { a: 'a på dansk' } },
    TWO: { name: 'TOTO', description: 'to', parameters: {} },
  };

  test('copies ids and parameters, translates names and descriptions', () => {
    const da = translate(metadata, table);
    expect(da.functions[0]).toEqual({ id: 'ONE', name: 'ÉNE', description: 'én', parameters: [{ name: 'a', type: 'any', description: 'a på dansk' }], result: {} });
  });

  test.each([
    ['a missing function', { ONE: table.ONE }, /misses function 'TWO'/],
    ['an extra function', { ...table, THREE: table.TWO }, /has function 'THREE'/],
    ['a missing parameter', { ...table, ONE: { ...table.ONE, parameters: {} } }, /ONE: translation table misses parameter 'a'/],
    ['an extra parameter', { ...table, ONE: { ...table.ONE, parameters: { a: 'x', b: 'y' } } }, /has parameter 'b'/],
    ['an empty description', { ...table, TWO: { ...table.TWO, description: ' ' } }, /TWO: the Danish description is empty/],
    ['a built-in name', { ...table, TWO: { ...table.TWO, name: 'NUTIDSVÆRDI' } }, /'NUTIDSVÆRDI' is an Excel built-in/],
    ['a duplicate name', { ...table, TWO: { ...table.TWO, name: 'éne' } }, /same Danish name/],
  ])('fails on %s', (_n, t, msg) => {
    expect(messageOf(() => translate(metadata, t))).toMatch(msg);
  });

  test('name rules: letters first, 3+ characters, no cell references', () => {
    const b = new Set<string>();
    expect(nameProblems('BALANCEÅR', b)).toEqual([]);
    expect(nameProblems('IA', b)).not.toEqual([]);
    expect(nameProblems('ABC1', b)[0]).toMatch(/cell reference/);
    expect(nameProblems('1ABC', b)).not.toEqual([]);
  });
});

describe('function reference (docs/functions.md)', () => {
  test('quotes each worked example (formula and figure) that the bundle test runs', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../docs/functions.md'), 'utf8');
    const section = readme.slice(readme.indexOf('<!-- section:functions -->'), readme.indexOf('<!-- /section:functions -->'));
    const examples = JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/functions/examples.json'), 'utf8')).examples;
    for (const e of examples) {
      expect(section).toContain('`' + e.formula + '`');
      if (e.expect.value !== undefined) expect(section).toContain(e.shows.split(' ')[0]);
    }
  });

  test('the workflow names the range the PARAMS spill fills', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../docs/functions.md'), 'utf8');
    expect(readme).toContain(`fills A1:C${presetTable('holbaek-ips', 'en').length}`);
  });
});
