/**
 * Parameter tables as Excel passes ranges (rows of cells): parseParameterTable, and the whole path
 * table -> mergeInput -> validate -> evaluate.
 */
import {
  caseModel,
  fundModel,
  parseParameterTable,
  mergeInput,
  validate,
  run,
  evaluateCase,
  findPreset,
  shapeValues,
  caseParamMeta,
} from '../../src/model';
import { parameterErrorOf, refusalOf } from './helpers';

describe('parseParameterTable', () => {
  test('keys are case-insensitive and come out in the model spelling', () => {
    const layer = parseParameterTable(caseModel, [
      ['SUCCESSRATE', 0.5],
      ['costprofile', 0.6, 0.4],
      ['  Horizon  ', 8],
    ]);
    expect(layer).toEqual({ values: { successRate: 0.5, costProfile: [0.6, 0.4], horizon: 8 } });
  });

  test('vectors run to the right; trailing empty cells (null and empty text) end a row', () => {
    const layer = parseParameterTable(caseModel, [
      ['effectRamp', 0.25, 0.5, 1, null, '', null],
      ['costProfile', 0.5, 0.5, '', '  '],
      ['successRate', 0.4, null, null],
    ]);
    expect(layer.values).toEqual({ effectRamp: [0.25, 0.5, 1], costProfile: [0.5, 0.5], successRate: 0.4 });
  });

  test('a one-value vector is still a vector; discountRate is a number or a schedule', () => {
    const layer = parseParameterTable(caseModel, [
      ['effectRamp', 1],
      ['discountRate', 0.035],
    ]);
    expect(layer.values).toEqual({ effectRamp: [1], discountRate: 0.035 });
    const schedule = parseParameterTable(caseModel, [['discountRate', 0.035, 0.03, 0.025]]);
    expect(schedule.values).toEqual({ discountRate: [0.035, 0.03, 0.025] });
  });

  test('blank rows are skipped', () => {
    const layer = parseParameterTable(caseModel, [
      [null, null, null],
      ['successRate', 0.4],
      ['', '', ''],
      [],
      [undefined, '  '],
      ['horizon', 6],
    ]);
    expect(layer.values).toEqual({ successRate: 0.4, horizon: 6 });
  });

  test('a header row "Parameter | Value" is skipped (also after blank rows, in any letter case)', () => {
    expect(parseParameterTable(caseModel, [['Parameter', 'Value'], ['horizon', 6]]).values).toEqual({ horizon: 6 });
    expect(parseParameterTable(caseModel, [[null, null], ['PARAMETER', 'VALUE', 'Unit'], ['horizon', 6]]).values).toEqual({ horizon: 6 });
  });

  test('a header row after the first parameter is an unknown key', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['horizon', 6], ['Parameter', 'Value']]));
    expect(e.message).toContain("Unknown parameter 'Parameter'");
  });

  test('a preset row starts from that preset', () => {
    const layer = parseParameterTable(caseModel, [
      ['Parameter', 'Value'],
      ['preset', 'holbaek-ips'],
      ['successRate', 0.48],
    ]);
    expect(layer).toEqual({ preset: 'holbaek-ips', values: { successRate: 0.48 } });
    // ... and gives the high scenario's break-even year 3.
    expect(run(caseModel, [layer]).result.actors.kommune.breakEvenYear).toBe(3);
  });

  test('preset given twice, without a name, or with a number is rejected', () => {
    const twice = parameterErrorOf(() => parseParameterTable(caseModel, [['preset', 'holbaek-ips'], ['Preset', 'holbaek-ips-low']]));
    expect(twice.message).toMatch(/preset is given twice \(rows 1 and 2\)/);
    const none = parameterErrorOf(() => parseParameterTable(caseModel, [['preset']]));
    expect(none.message).toMatch(/preset takes one preset name/);
    const num = parameterErrorOf(() => parseParameterTable(caseModel, [['preset', 5]]));
    expect(num.message).toMatch(/preset must be a preset name \(got 5\)/);
  });

  test('unknown keys are rejected with the closest valid key', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['Parameter', 'Value'], ['sucessRate', 0.4]]));
    expect(e.message).toContain("Unknown parameter 'sucessRate'");
    expect(e.message).toContain("did you mean 'successRate'");
    const f = parameterErrorOf(() => parseParameterTable(fundModel, [['initialCapitol', 1]]));
    expect(f.message).toContain("did you mean 'initialCapital'");
  });

  test('duplicate keys are rejected, also when spelt in another letter case', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['horizon', 6], ['successRate', 0.4], ['HORIZON', 7]]));
    expect(e.key).toBe('horizon');
    expect(e.message).toBe('horizon is given twice (rows 1 and 3)');
  });

  test('a key given twice is rejected even if one of the rows has no value', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['horizon'], ['horizon', 7]]));
    expect(e.message).toMatch(/horizon is given twice/);
  });

  test('a gap inside a vector is rejected', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['costProfile', 0.5, null, 0.5]]));
    expect(e.message).toContain('costProfile');
    expect(e.message).toContain('column 3');
    expect(e.message).toContain('0.5');
    expect(e.message).toMatch(/next to each other/);
    const blankText = parameterErrorOf(() => parseParameterTable(caseModel, [['effectRamp', 0.5, '', 1]]));
    expect(blankText.message).toMatch(/next to each other/);
  });

  test('a scalar key given two values is rejected', () => {
    const e = parameterErrorOf(() => parseParameterTable(caseModel, [['horizon', 6, 7]]));
    expect(e.key).toBe('horizon');
    expect(e.message).toBe('horizon takes one value (got 2: [6, 7])');
  });

  test('a key with no value means not given: the preset value, or else the default, applies', () => {
    const layer = parseParameterTable(caseModel, [
      ['preset', 'holbaek-ips'],
      ['persistence'],
      ['horizon', null, ''],
    ]);
    expect(layer.values).toEqual({});
    const p = validate(caseModel, mergeInput(caseModel, [layer]));
    expect(p.persistence).toBe(0.85); // from the preset
    expect(p.horizon).toBe(6);

    const noPreset = parseParameterTable(caseModel, [
      ['participants', 10],
      ['costTotal', 100],
      ['successRate', 0.5],
      ['gainKommune', 1],
      ['gainRegion', 1],
      ['gainStat', 1],
      ['persistence', null],
      ['costProfile'],
    ]);
    const q = validate(caseModel, mergeInput(caseModel, [noPreset]));
    expect(q.persistence).toBe(1); // MODEL.md default
    expect(q.costProfile).toEqual([1]); // MODEL.md default
  });

  test('a value without a key, or a key that is not text, is rejected', () => {
    expect(parameterErrorOf(() => parseParameterTable(caseModel, [[null, 0.4]])).message).toMatch(/has a value \(0.4\) but no parameter name/);
    expect(parameterErrorOf(() => parseParameterTable(caseModel, [[42, 0.4]])).message).toMatch(/parameter name must be text \(got 42\)/);
  });

  test('text in a number cell passes the parser and is rejected by validate, naming key and value', () => {
    const layer = parseParameterTable(caseModel, [['preset', 'holbaek-ips'], ['successRate', 'forty %']]);
    const e = parameterErrorOf(() => validate(caseModel, mergeInput(caseModel, [layer])));
    expect(e.key).toBe('successRate');
    expect(e.message).toBe("successRate must be a number, not text (got 'forty %')");
  });
});

describe('a full table as DSI.PARAMS would spill it', () => {
  const values = findPreset('holbaek-ips')!.values as Record<string, unknown>;
  const table: unknown[][] = [['Parameter', 'Value', null]];
  for (const [k, v] of Object.entries(values)) table.push(Array.isArray(v) ? [k, ...v] : [k, v, null]);

  test('has a header row and 17 parameter rows and reproduces the preset', () => {
    expect(table).toHaveLength(18);
    const fromTable = evaluateCase(validate(caseModel, mergeInput(caseModel, [parseParameterTable(caseModel, table)])));
    const fromPreset = run(caseModel, [{ preset: 'holbaek-ips' }]).result;
    expect(fromTable).toEqual(fromPreset);
  });

  test('the fund preset round-trips too', () => {
    const fundValues = findPreset('dsi-fund-25m')!.values as Record<string, unknown>;
    const rows = [['Parameter', 'Value'], ...Object.entries(fundValues).map(([k, v]) => [k, v])];
    const layer = parseParameterTable(fundModel, rows);
    expect(run(fundModel, [layer]).result).toEqual(run(fundModel, [{ preset: 'dsi-fund-25m' }]).result);
  });
});

describe('parseParameterTable refuses, in English and Danish', () => {
  const refusal = (rows: unknown) => refusalOf(() => parseParameterTable(caseModel, rows as unknown[][]));

  test.each([
    [5, 'A parameter table must be a range of rows (got 5)', 'En parametertabel skal være et område af rækker (fik 5)'],
    [[['horizon', 6], 'x'], 'Row 2 of the parameter table is not a row of cells', 'Række 2 i parametertabellen er ikke en række celler'],
    [[['horizon', 6.5, 7]], 'horizon takes one value (got 2: [6.5, 7])', 'horizon tager én værdi (fik 2: [6,5; 7])'],
    [[['costProfile', 0.5, null, 0.5]], "Row 1 ('costProfile') has an empty cell in column 3 before the value 0.5; vector values must be next to each other",
      "Række 1 ('costProfile') har en tom celle i kolonne 3 før værdien 0,5; en vektors værdier skal stå ved siden af hinanden"],
    [[[null, 0.4]], 'Row 1 has a value (0.4) but no parameter name', 'Række 1 har en værdi (0,4), men intet parameternavn'],
    [[['horizon', 6], [true, 1]], 'Row 2: a parameter name must be text (got TRUE)', 'Række 2: et parameternavn skal være tekst (fik SAND)'],
    [[['preset', 'holbaek-ips'], ['horizon', 6], ['preset', 'holbaek-ips']], 'preset is given twice (rows 1 and 3)', 'preset er angivet to gange (række 1 og 3)'],
    [[['preset', 'a', 'b']], "preset takes one preset name (got ['a', 'b'])", "preset tager ét navn på en forudindstilling (fik ['a'; 'b'])"],
    [[['successRate', 0.4], ['horizon', 6], ['SuccessRate', 0.5]], 'successRate is given twice (rows 1 and 3)', 'successRate er angivet to gange (række 1 og 3)'],
  ])('%p', (rows, en, da) => {
    expect(refusal(rows)).toEqual({ en, da });
  });
});

describe('where a header, a preset row and the shape of values are read', () => {
  test("'preset' and a header word are read with spaces around, in any letter case", () => {
    expect(parseParameterTable(caseModel, [[' Parameter ', 'value'], [' PRESET ', 'holbaek-ips'], ['horizon', 7]])).toEqual({ preset: 'holbaek-ips', values: { horizon: 7 } });
  });

  test('a header word is a header only in the first row with content; later it is an unknown key', () => {
    const later = [
      [['parameter', 'value'], ['parameter', 'value']],
      [['preset', 'holbaek-ips'], ['parameter', 'value']],
      [['consequence', 'laegebesoeg', 1], ['parameter', 'value']],
    ];
    for (const rows of later) expect(parameterErrorOf(() => parseParameterTable(caseModel, rows)).message).toMatch(/^Unknown parameter 'parameter'/);
    expect(parseParameterTable(caseModel, [[], [null, ''], ['Parameter', 'value'], ['horizon', 7]])).toEqual({ values: { horizon: 7 } });
  });

  test('shapeValues: one value of a rate is the number itself, more are a row; a vector is always a row', () => {
    const meta = (key: string) => caseParamMeta.find((m) => m.key === key)!;
    expect(shapeValues(meta('discountRate'), [0.04])).toBe(0.04);
    expect(shapeValues(meta('discountRate'), [0.04, 0.03])).toEqual([0.04, 0.03]);
    expect(shapeValues(meta('costProfile'), [1])).toEqual([1]);
    expect(shapeValues(meta('horizon'), [6])).toBe(6);
  });
});
