import { parseInput, inputText, mio, num, pct, fieldMessage } from '../../src/taskpane/format';
import { caseParamMeta, violation, findPreset } from '../../src/model';
import { evaluateScenario } from '../../src/taskpane/evaluate';
import { langFromTag, tr } from '../../src/taskpane/i18n';

test('numbers typed in either language', () => {
  expect(parseInput('0.4')).toBe(0.4);
  expect(parseInput('0,4')).toBe(0.4);
  expect(parseInput(' 6 900 000 ')).toBe(6900000);
  expect(parseInput('-1e3')).toBe(-1000);
  expect(parseInput('')).toBeUndefined();
  expect(parseInput('   ')).toBeUndefined();
  // Anything else goes to the model as typed, so the model's "not text" message names it.
  expect(parseInput('abc')).toBe('abc');
  expect(parseInput('1.000,5')).toBe('1.000,5');
  expect(parseInput('1e999')).toBe('1e999');
});

test('display formats by language', () => {
  expect(inputText('da', 0.85)).toBe('0,85');
  expect(inputText('en', 0.85)).toBe('0.85');
  expect(mio('en', 8154105.636)).toBe('8.15');
  expect(mio('da', 8154105.636)).toBe('8,15');
  expect(num('en', 1836.25, 1)).toBe('1,836.3');
  expect(num('da', 1836.25, 1)).toBe('1.836,3');
  expect(pct('en', 0.04853)).toBe('4.85 %');
});

test('language from Office or the browser', () => {
  expect(langFromTag('da-DK')).toBe('da');
  expect(langFromTag('da')).toBe('da');
  expect(langFromTag('en-US')).toBe('en');
  expect(langFromTag('de-DE')).toBe('en');
  expect(langFromTag(undefined)).toBe('en');
  expect(tr('da', 'notWithin', { H: 6 })).toBe('ikke inden for 6 år');
});

describe('the message at a field: the notation\'s hint for a box of a row as for a single box', () => {
  const meta = (key: string) => caseParamMeta.find((m) => m.key === key)!;
  const costProfile = meta('costProfile');
  const successRate = meta('successRate');

  test('a decimal comma in the English pane: the same hint in a vector element as in a scalar field', () => {
    expect(fieldMessage(successRate, parseInput('0,4', 'en', successRate), 'en')).toBe(
      "successRate must be a number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4");
    const typed = ['0.6', '0,4'].map((x) => parseInput(x, 'en', costProfile));
    expect(fieldMessage(costProfile, typed, 'en')).toBe(
      "costProfile value 2 must be a number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4");
  });

  test('a decimal point in the Danish pane: the Danish hint, and 0,4 in a vector is read', () => {
    const typed = ['0,6', '0.4'].map((x) => parseInput(x, 'da', costProfile));
    expect(fieldMessage(costProfile, typed, 'da')).toBe(
      "costProfile værdi 2 skal være et tal, ikke tekst (fik '0.4'); i dansk notation er decimaltegnet komma: skriv 0,4");
    const read = ['0,6', '0,4'].map((x) => parseInput(x, 'da', costProfile));
    expect(read).toEqual([0.6, 0.4]);
    expect(fieldMessage(costProfile, read, 'da')).toBeUndefined();
  });

  test('anything else is the model\'s own message: text without a hint, a value out of range', () => {
    expect(fieldMessage(successRate, 'abc', 'en')).toBe(violation(successRate, 'abc'));
    expect(fieldMessage(costProfile, [0.6, 'abc'], 'da')).toBe(violation(costProfile, [0.6, 'abc'], 'da'));
    expect(fieldMessage(costProfile, [-1, '0,4'], 'en')).toBe(violation(costProfile, [-1, '0,4']));
    expect(fieldMessage(successRate, 2, 'da')).toBe(violation(successRate, 2, 'da'));
  });

  test('the pane\'s evaluation shows it at the field', () => {
    const o = evaluateScenario({ id: 'x', name: 'x', kind: 'case', preset: 'holbaek-ips', values: { ...presetCase(), costProfile: [0.6, '0,4'] } }, 'en');
    expect(o.ok).toBe(false);
    if (!o.ok) expect(o.fieldErrors.get('costProfile')).toMatch(/value 2 must be a number, not text \(got '0,4'\); in English notation the decimal mark is a point: write 0\.4$/);
  });
});

function presetCase(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(findPreset('holbaek-ips')!.values));
}
