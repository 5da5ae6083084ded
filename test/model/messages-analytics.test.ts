/** The Monte Carlo, distribution, sensitivity and budget-line input messages carry their parts, so every host says them
 *  in Danish; the English sentences are the ones these modules always gave. */
import { run, parseDistributionTable, parseDistributionJson, caseModel, fundModel, tornado, grid, checkDraws, checkSeed, localMessage, isDomainError, Simulation, makeDistribution, render } from '../../src/model';
import { numberField, fieldsOf } from '../../src/model';
import type { DomainError, ModelDef } from '../../src/model';
import { z } from 'zod/mini';

function error(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (isDomainError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}
const holbaek = [{ preset: 'holbaek-ips' }];
// No model of ours has a number whose range leaves out 0..1, so beta's range rule is shown on a toy.
const rangedObject = z.object({
  years: numberField({ key: 'years', min: 2, default: 3, label: { en: 'y', da: 'y' }, unit: { en: 'years', da: 'år' }, description: { en: 'y', da: 'y' } }),
  cap: numberField({ key: 'cap', max: 0.5, default: 0.2, label: { en: 'c', da: 'c' }, unit: { en: 'share', da: 'andel' }, description: { en: 'c', da: 'c' } }),
});
const ranged: ModelDef<any, any> = { kind: 'case', label: 'ranged', schema: rangedObject as any, params: fieldsOf(rangedObject), exclusive: [], evaluate: (p) => p };
const table = (...rows: unknown[][]) => () => parseDistributionTable(caseModel, rows);

describe('analytics messages in English and Danish', () => {
  it.each([
    [table(['successRate', 'beta', 0.4, 0.5]),
      'Row 1 (successRate): beta with mean 0.4 needs sd below sqrt(mean x (1 - mean)) = 0.4898979486 (got 0.5)',
      'Række 1 (successRate): beta med middel 0,4 kræver sd under sqrt(middel x (1 - middel)) = 0,4898979486 (fik 0,5)'],
    [table(['successRate', 'gamma', 1]),
      "Row 1 (successRate): unknown distribution 'gamma' - use fixed, uniform, triangular, pert, normal or beta",
      "Række 1 (successRate): ukendt fordeling 'gamma' - brug fast, ligefordeling, trekant, PERT, normal eller beta"],
    [table(['horizon', 'uniform', 1, 5]),
      'Row 1 (horizon): horizon is a whole number; only a fixed value can be given for it',
      'Række 1 (horizon): horizon er et helt tal; der kan kun gives en fast værdi for den'],
    [table(['successRate', 'fixed', 1.4]), 'Row 1 (successRate): successRate must be between 0 and 1 (got 1.4)', 'Række 1 (successRate): successRate skal være mellem 0 og 1 (fik 1,4)'],
    [table(['successRate', 'uniform', 0.1, 1.5]),
      'Row 1 (successRate): uniform max 1.5 is outside the valid range of successRate (0 to 1)',
      'Række 1 (successRate): ligefordeling maks 1,5 ligger uden for det gyldige interval for successRate (0 til 1)'],
    [table(['successRate', 'fixed', 0.4], ['successRate', 'fixed', 0.5]), 'successRate has two distributions (rows 1 and 2)', 'successRate har to fordelinger (række 1 og 2)'],
    [table(['successRate', 'uniform', 0.1, '', 0.5]), 'Row 1 (successRate) has an empty cell in column 4 before the value 0.5', 'Række 1 (successRate) har en tom celle i kolonne 4 før værdien 0,5'],
    [() => new Simulation('case', holbaek, [makeDistribution(fundModel, { key: 'lossRate', kind: 'fixed', args: [0.1] })], { draws: 10, seed: 1 }),
      'lossRate is not a parameter of the case model', 'lossRate er ikke en parameter i case-modellen'],
    [() => tornado('case', holbaek, 'kommune', { fraction: 2 }), 'fraction must be above 0 and below 1 (got 2)', 'fraction skal være over 0 og under 1 (fik 2)'],
    [() => tornado('case', holbaek, 'kommune', { bounds: { successRate: [0.3, 1.4] } }),
      'successRate at its high bound 1.4 breaks a rule; give bounds for it: successRate must be between 0 and 1 (got 1.4)',
      'successRate ved sin øvre grænse 1,4 bryder en regel; giv grænser for den: successRate skal være mellem 0 og 1 (fik 1,4)'],
    [() => grid('case', holbaek, 'kommune', 'successRate', [0.3], 'successRate', [0.4]),
      'the two grid parameters must differ (got successRate twice)', 'gitterets to parametre skal være forskellige (fik successRate to gange)'],
    [() => grid('case', holbaek, 'kommune', 'successRate', [1.5], 'participants', [180]),
      'grid point successRate = 1.5, participants = 180: successRate must be between 0 and 1 (got 1.5)',
      'gitterpunkt successRate = 1,5; participants = 180: successRate skal være mellem 0 og 1 (fik 1,5)'],
    [() => checkDraws(0), 'draws must be a whole number from 1 to 1,000,000 (got 0)', 'draws skal være et helt tal fra 1 til 1.000.000 (fik 0)'],
    [() => run(caseModel, [{ preset: 'holbaek-ips-lines', values: { consequences: [{ id: 'sygedagpenge-uge', units: 'tre' }] } }]),
      "consequence 'sygedagpenge-uge': units must be a finite number (units of the line per net success per year; got 'tre')",
      "konsekvens 'sygedagpenge-uge': units skal være et endeligt tal (linjens enheder pr. nettosucces pr. år; fik 'tre')"],
    [() => run(caseModel, [{ preset: 'holbaek-ips-lines', values: { priceIndex: { 2023: 0 } } }]),
      'priceIndex: the value for 2023 must be a number greater than 0 (got 0)', 'priceIndex: værdien for 2023 skal være et tal større end 0 (fik 0)'],
    [table(['successRate', 'uniform', 0.1]), 'Row 1 (successRate): uniform takes 2 values (min, max), got 1', 'Række 1 (successRate): ligefordeling tager 2 værdier (min, maks), fik 1'],
    [table(['successRate', 'fixed', 0.1, 0.2]), 'Row 1 (successRate): fixed takes 1 value (value), got 2', 'Række 1 (successRate): fast tager 1 værdi (værdi), fik 2'],
    [table(['costShareKommune', 'uniform', 0.2, 0.8]),
      'Row 1 (costShareKommune): costShareKommune takes part in a sum rule (the three cost shares sum to 1), so it cannot be drawn at random; use fixed',
      'Række 1 (costShareKommune): costShareKommune indgår i en sumregel (de tre udgiftsandele summerer til 1), så den kan ikke trækkes tilfældigt; brug fast'],
    [table(['successRate', 'uniform', 0.6, 0.2]), 'Row 1 (successRate): uniform needs min < max (got 0.6, 0.2)', 'Række 1 (successRate): ligefordeling kræver min < maks (fik 0,6; 0,2)'],
    [table(['successRate', 'triangular', 0.5, 0.2, 0.6]),
      'Row 1 (successRate): triangular needs min <= mode <= max and min < max (got 0.5, 0.2, 0.6)',
      'Række 1 (successRate): trekant kræver min <= typetal <= maks og min < maks (fik 0,5; 0,2; 0,6)'],
    [table(['successRate', 'normal', 0.4, 0]), 'Row 1 (successRate): normal sd must be greater than 0 (got 0)', 'Række 1 (successRate): normal sd skal være større end 0 (fik 0)'],
    [table(['successRate', 'beta', 1.2, 0.1]), 'Row 1 (successRate): beta mean must be between 0 and 1, exclusive (got 1.2)', 'Række 1 (successRate): beta-middel skal ligge mellem 0 og 1, begge udelukket (fik 1,2)'],
    [() => makeDistribution(ranged, { key: 'years', kind: 'beta', args: [0.4, 0.1] }),
      'years: beta lives on 0..1 (it is for rates), but the range of years (at least 2) does not contain 0..1; use another distribution',
      'years: beta ligger på 0..1 (den er til rater), men intervallet for years (mindst 2) indeholder ikke 0..1; brug en anden fordeling'],
    [() => makeDistribution(ranged, { key: 'cap', kind: 'beta', args: [0.4, 0.1] }),
      'cap: beta lives on 0..1 (it is for rates), but the range of cap (at most 0.5) does not contain 0..1; use another distribution',
      'cap: beta ligger på 0..1 (den er til rater), men intervallet for cap (højst 0,5) indeholder ikke 0..1; brug en anden fordeling'],
    [table(['participants', 'normal', -1000, 1]),
      'Row 1 (participants): normal(mean -1000, sd 1) puts almost no probability inside the valid range of participants (above 0)',
      'Række 1 (participants): normal(middel -1000; sd 1) lægger næsten ingen sandsynlighed inden for det gyldige interval for participants (over 0)'],
    [table(['dropoutRate', 'uniform', 0.1, 1.2]),
      'Row 1 (dropoutRate): uniform max 1.2 is outside the valid range of dropoutRate (0 to 1)',
      'Række 1 (dropoutRate): ligefordeling maks 1,2 ligger uden for det gyldige interval for dropoutRate (0 til 1)'],
    [() => makeDistribution(caseModel, { key: 'successRate', kind: 'uniform', args: [0.1, Infinity] }), 'successRate: uniform max must be a finite number (got Infinity)', 'successRate: ligefordeling maks skal være et endeligt tal (fik Infinity)'],
    [table(['costProfile', 'uniform', 0, 1]), 'Row 1 (costProfile): costProfile is a row of values; distributions are for single numbers', 'Række 1 (costProfile): costProfile er en række af værdier; fordelinger er til enkelte tal'],
    [table(['successRate', 'uniform', 'a', 1]), "Row 1 (successRate): uniform min must be a number (got 'a')", "Række 1 (successRate): ligefordeling min skal være et tal (fik 'a')"],
    [table(['successRate', 'uniform', 0.1, Infinity]), 'Row 1 (successRate): uniform max must be a number (got Infinity)', 'Række 1 (successRate): ligefordeling maks skal være et tal (fik Infinity)'],
    [() => parseDistributionTable(caseModel, 'x' as unknown as unknown[][]), "A distribution table must be a range of rows (got 'x')", "En fordelingstabel skal være et område af rækker (fik 'x')"],
    [() => parseDistributionTable(caseModel, ['abc'] as unknown as unknown[][]), 'Row 1 of the distribution table is not a row of cells', 'Række 1 i fordelingstabellen er ikke en række af celler'],
    [table(['successRate', 'fixed', 0.4], ['', 'uniform', 0.1, 0.2]), 'Row 2 of the distribution table has values but no parameter name', 'Række 2 i fordelingstabellen har værdier, men intet parameternavn'],
    [table([5, 'uniform', 0.1, 0.2]), 'Row 1: a parameter name must be text (got 5)', 'Række 1: et parameternavn skal være tekst (fik 5)'],
    [() => parseDistributionJson(caseModel, 5), 'distributions must be a list of rows or an object {"key": ["kind", a, b, c]} (got 5)', 'distributions skal være en liste af rækker eller et objekt {"key": ["kind", a, b, c]} (fik 5)'],
    [() => parseDistributionJson(caseModel, { successRate: 'beta' }), "distribution of successRate must be a list like [\"beta\", 0.4, 0.06] (got 'beta')", "fordelingen af successRate skal være en liste som [\"beta\", 0.4, 0.06] (fik 'beta')"],
    [() => checkSeed(-1), 'seed must be a whole number from 0 to 4294967295 (got -1)', 'seed skal være et helt tal fra 0 til 4294967295 (fik -1)'],
  ])('%#: %s', (f, english, danish) => {
    const e = error(f as () => unknown);
    expect(e.message).toBe(english);
    expect(localMessage(e, 'da')).toBe(danish);
  });

  it("the tornado's reasons for leaving a parameter out read in Danish too", () => {
    const t = tornado('case', holbaek, 'kommune');
    const byKey = new Map(t.skipped.map((s) => [s.key, s]));
    expect(byKey.get('costProfile')?.reason).toBe('a row of values');
    expect(render(byKey.get('costProfile')!.reasonParts, 'da')).toBe('en række af værdier');
    expect(render(byKey.get('costShareKommune')!.reasonParts, 'da')).toBe('indgår i en sumregel');
  });

  it('a default move stopped at the end of the range says so in both languages', () => {
    // successRate 0.95 moved up 10 % would be 1.045, past its maximum 1: the high end stops at 1.
    const t = tornado('case', [{ preset: 'holbaek-ips', values: { successRate: 0.95 } }], 'kommune', { keys: ['successRate'] });
    const row = t.rows[0];
    expect(row.high).toBe(1);
    expect(row.note).toBe('high limited to 1 (successRate must be between 0 and 1)');
    expect(render(row.noteParts!, 'da')).toBe('høj begrænset til 1 (successRate skal være mellem 0 og 1)');
  });
});
