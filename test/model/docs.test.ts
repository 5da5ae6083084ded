/**
 * The texts the field registry derives (src/model/fields.ts, src/model/docs.ts): every kind of rule
 * sentence in both languages, the parameter reference table built from field metadata, and
 * fieldValue (a field's default or its value, as the cell functions take it). Expected sentences are
 * written out here, one per shape of rule.
 */
import { ruleText, parameterTableMarkdown, parameterReferenceMarkdown, fieldValue, caseParamMeta, ParamMeta, ParameterError } from '../../src/model';
import { parameterErrorOf } from './helpers';

const text = (s: string) => ({ en: s, da: `${s} (da)` });
const meta = (m: Partial<ParamMeta> & Pick<ParamMeta, 'key' | 'kind'>): ParamMeta => ({
  label: text(m.key), description: text(`the ${m.key}`), unit: text('DKK'), required: false, ...m,
});

describe('ruleText: one sentence per shape of rule', () => {
  test.each([
    [{ kind: 'integer', min: 1, max: 50 }, 'must be a whole number from 1 to 50', 'skal være et helt tal fra 1 til 50'],
    [{ kind: 'number', min: 0, max: 1 }, 'must be between 0 and 1', 'skal være mellem 0 og 1'],
    [{ kind: 'number', min: 0, max: 1, maxExclusive: true }, 'must be at least 0 and below 1', 'skal være mindst 0 og under 1'],
    [{ kind: 'number', min: 0, max: 0.5, minExclusive: true }, 'must be above 0 and at most 0.5', 'skal være over 0 og højst 0,5'],
    [{ kind: 'integer', min: 1900 }, 'must be a whole number of at least 1900', 'skal være et helt tal på mindst 1900'],
    [{ kind: 'number', min: 0, minExclusive: true }, 'must be greater than 0', 'skal være større end 0'],
    [{ kind: 'number', min: 0, max: 1, minExclusive: true, maxExclusive: true }, 'must be above 0 and below 1', 'skal være over 0 og under 1'],
    [{ kind: 'number', min: 25000 }, 'must be 25,000 or more', 'skal være 25.000 eller mere'],
    [{ kind: 'number', min: 10000 }, 'must be 10,000 or more', 'skal være 10.000 eller mere'],
    [{ kind: 'number', min: 9999 }, 'must be 9999 or more', 'skal være 9999 eller mere'],
    [{ kind: 'integer' }, 'must be a whole number', 'skal være et helt tal'],
    [{ kind: 'number' }, 'must be a finite number', 'skal være et endeligt tal'],
    [{ kind: 'vector', max: 2.5 }, 'must be a finite number', 'skal være et endeligt tal'],
  ] as const)('%p', (rule, en, da) => {
    expect(ruleText(rule)).toBe(en);
    expect(ruleText(rule, 'da')).toBe(da);
  });
});

describe('the parameter reference', () => {
  test('a row per field: key, meaning, unit, kind and range, default', () => {
    const md = parameterTableMarkdown([
      meta({ key: 'share', kind: 'number', min: 0, max: 1, default: 0.25, note: text('the shares sum to 1') }),
      meta({ key: 'years', kind: 'integer', min: 1, max: 50, required: true }),
      meta({ key: 'ramp', kind: 'vector', min: 0, default: [1, 0.5] }),
      meta({ key: 'rate', kind: 'rates', min: 0, max: 1, maxExclusive: true }),
      meta({ key: 'gain', kind: 'number', default: 12000 }),
      meta({ key: 'big', kind: 'number', min: 0, minExclusive: true, default: 25000 }),
    ]);
    expect(md.split('\n')).toEqual([
      '| key | meaning | unit | rule | default |',
      '| --- | --- | --- | --- | --- |',
      '| `share` | the share | DKK | number: between 0 and 1; the shares sum to 1 | 0.25 |',
      '| `years` | the years | DKK | whole number: from 1 to 50 | required |',
      '| `ramp` | the ramp | DKK | row of numbers: 0 or more | [1, 0.5] |',
      '| `rate` | the rate | DKK | number or row of numbers: at least 0 and below 1 | - |',
      '| `gain` | the gain | DKK | number, any value | 12,000 |',
      '| `big` | the big | DKK | number: greater than 0 | 25,000 |',
    ]);
  });

  test('the whole reference has one section per model, each with the model\'s own fields', () => {
    const md = parameterReferenceMarkdown();
    expect(md.match(/^### .*$/gm)).toEqual(['### Case model', '### Fund model', '### Contract model']);
    const caseSection = md.slice(md.indexOf('### Case model'), md.indexOf('### Fund model'));
    expect(caseSection.match(/^\| `[^`]+` /gm)).toHaveLength(caseParamMeta.length);
    expect(caseSection).toContain('| `successRate` |');
  });
});

describe('fieldValue', () => {
  const share = meta({ key: 'share', kind: 'number', min: 0, max: 1, default: 0.25 });
  const ramp = meta({ key: 'ramp', kind: 'vector', min: 0, default: [1, 0.5] });

  test('an absent value takes the default, a vector default as a fresh copy', () => {
    expect(fieldValue(share, undefined)).toBe(0.25);
    const a = fieldValue(ramp, undefined) as number[];
    expect(a).toEqual([1, 0.5]);
    a[0] = 9;
    expect(fieldValue(ramp, undefined)).toEqual([1, 0.5]);
  });

  test('a valid value is kept; an invalid one is a ParameterError naming key, value and rule', () => {
    expect(fieldValue(share, 0.75)).toBe(0.75);
    const e: ParameterError = parameterErrorOf(() => fieldValue(share, 1.5));
    expect([e.key, e.value, e.message]).toEqual(['share', 1.5, 'share must be between 0 and 1 (got 1.5)']);
    expect(parameterErrorOf(() => fieldValue(meta({ key: 'n', kind: 'integer', required: true }), undefined)).message).toBe('n is required (must be a whole number)');
  });
});
