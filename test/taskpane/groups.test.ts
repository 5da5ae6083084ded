/** The editor's sections: every parameter of both models in exactly one, in the model's order. */
import { MODELS } from '../../src/model';
import { groupParams, groupOf } from '../../src/taskpane/groups';

test('the case: participants and effect, costs, gains, time and discounting (the issue\'s four), nothing left over', () => {
  const g = groupParams('case', MODELS.case.params);
  expect(g.map((x) => x.id)).toEqual(['participants', 'costs', 'gains', 'time']);
  const keys = (id: string) => g.find((x) => x.id === id)!.params.map((m) => m.key);
  expect(keys('costs')).toEqual(['costTotal', 'costPerParticipant', 'costProfile', 'costShareKommune', 'costShareRegion', 'costShareStat']);
  expect(keys('gains')).toEqual(['gainKommune', 'gainRegion', 'gainStat']);
  expect(keys('time')).toEqual(['horizon', 'startYear', 'discountRate']);
  expect(g.flatMap((x) => x.params).length).toBe(MODELS.case.params.length);
});

test('the fund: every parameter in one section', () => {
  const g = groupParams('fund', MODELS.fund.params);
  expect(g.flatMap((x) => x.params.map((m) => m.key)).sort()).toEqual(MODELS.fund.params.map((m) => m.key).sort());
});

test('a key added later finds a section by its name, else "other"', () => {
  expect(groupOf('case', 'costOverhead')).toBe('costs');
  expect(groupOf('case', 'gainLines')).toBe('gains');
  expect(groupOf('case', 'priceYear')).toBe('gains');
  expect(groupOf('case', 'somethingNew')).toBe('other');
});
