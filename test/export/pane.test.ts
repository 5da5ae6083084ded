/** The task pane's export actions, on their pure parts: the insertion grids and the freeze logic. */
import { run, caseModel } from '../../src/model';
import { casePlan } from '../../src/export/case';
import { planGrids, clashes, freezeGrid } from '../../src/taskpane/exportOffice';
import { exportFileName } from '../../src/taskpane/exportTab';

describe('inserting the model sheets into the open workbook', () => {
  const plan = casePlan(run(caseModel, [{ preset: 'holbaek-ips' }]).params);

  test('one grid per sheet with every formula and constant of the plan, text kept as text', () => {
    const grids = planGrids(plan);
    expect(grids.map((g) => g.sheet)).toEqual(['About', 'Inputs', 'Model', 'Results']);
    plan.sheets.forEach((s, i) => {
      s.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell) return;
          // A value cell left empty (costPerParticipant when costTotal is given) is written as ''.
          expect(grids[i].formulas[r][c]).toBe(cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? ''));
        }),
      );
      expect(grids[i].formulas.every((row) => row.length === grids[i].formulas[0].length)).toBe(true);
    });
    const results = grids[3];
    expect(results.address).toBe(`A1:D${plan.metrics.length + 1}`);
    // A label beginning with '-' or '=' would become a formula if not quoted.
    const quoted = planGrids({ ...plan, sheets: [{ name: 'X', rows: [[{ value: '=1+1' }, { value: '-x' }]], widths: [] }] });
    expect(quoted[0].formulas).toEqual([["'=1+1", "'-x"]]);
  });

  test('refuses sheets and names the workbook already has (any letter case)', () => {
    expect(clashes(plan, ['Sheet1'], ['myName'])).toEqual([]);
    expect(clashes(plan, ['Sheet1', 'model'], ['PARTICIPANTS'])).toEqual(["sheet 'Model'", "name 'participants'"]);
    expect(clashes(plan, ['Sheet1', 'model'], ['PARTICIPANTS'], 'da')).toEqual(["arket 'Model'", "navnet 'participants'"]);
  });
});

describe('freezing DSI formulas as values', () => {
  test('DSI cells and their spilled values become values; other formulas stay; each frozen formula is noted', () => {
    const formulas = [
      ['=DSI.BREAKEVEN(A1:C16,"kommune")', '=SUM(A1:A3)', 'label'],
      ['=dsi.cashflows("holbaek-ips")', 2025, '=B2*2'],
      ['=MYDSI.X(1)', '=NOTDSI.F(2)', ''],
    ];
    const values = [
      [4, 10, 'label'],
      ['Year', 2025, 4050],
      [1, 2, ''],
    ];
    const f = freezeGrid(formulas, values, 4, 1);
    expect(f.formulas).toEqual([
      [4, '=SUM(A1:A3)', 'label'],
      ['Year', 2025, '=B2*2'],
      ['=MYDSI.X(1)', '=NOTDSI.F(2)', ''],
    ]);
    expect(f.notes).toEqual([
      ['B5', `'=DSI.BREAKEVEN(A1:C16,"kommune")`, 4],
      ['B6', `'=dsi.cashflows("holbaek-ips")`, 'Year'],
    ]);
  });

  test('a #N/A result is frozen as the error value, not as a number', () => {
    const f = freezeGrid([['=DSI.BREAKEVEN("holbaek-ips-low")']], [['#N/A']], 0, 0);
    expect(f.formulas).toEqual([['#N/A']]);
  });
});

test('the download is named after the scenario, without characters files cannot have', () => {
  expect(exportFileName('Holbæk IPS: main / 2024')).toBe('Holbæk IPS main 2024.xlsx');
  expect(exportFileName('  ')).toBe('DSI scenario.xlsx');
});
