/** The live model sheet's parameter table carries a case's budget lines, and reads back to the same case. */
import { run, caseModel, validate, mergeInput, parseParameterTable } from '../../src/model';
import { parameterTable, liveModelPlan } from '../../src/taskpane/sheet';

test('holbaek-ips-lines: consequence rows after the parameters; the table parses back to the same unit gains', () => {
  const { params, result } = run(caseModel, [{ preset: 'holbaek-ips-lines' }]);
  const t = parameterTable('case', params as unknown as Record<string, unknown>, 'en');
  const lines = t.rows.filter((r) => r[0] === 'consequence');
  expect(lines.map((r) => r.slice(0, 4))).toEqual([
    ['consequence', 'sygedagpenge-uge', 44, 8], ['consequence', 'skat-sygedagpenge-uge', -44, ''], ['consequence', 'skat-fuldtid-aar', 1, ''], ['consequence', 'laegebesoeg', 3, ''],
  ]);
  const back = validate(caseModel, mergeInput(caseModel, [parseParameterTable(caseModel, t.rows)]));
  expect(caseModel.evaluate(back).gainsPerSuccess).toEqual(result.gainsPerSuccess);
});

test('the description column has one line per table row, so the write covers the same area', () => {
  const { params } = run(caseModel, [{ preset: 'holbaek-ips-lines' }]);
  const plan = liveModelPlan('case', params as unknown as Record<string, unknown>, 'da', 'x');
  const table = parameterTable('case', params as unknown as Record<string, unknown>, 'da');
  const descriptions = plan.writes[1].values;
  expect(descriptions).toHaveLength(table.rows.length);
  expect(descriptions![descriptions!.length - 1]).toEqual(['Budgetlinjer: enhedsgevinster fra konsekvenser']);
});
