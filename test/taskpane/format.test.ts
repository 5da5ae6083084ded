import { parseInput, inputText, mio, num, pct } from '../../src/taskpane/format';
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
