/** The built functions in Danish Excel (Office.context.displayLanguage 'da-DK'): messages in Danish,
 *  the same figures; without Office (or before it is ready) English. */
import { loadAddIn, AddIn, errorOf, single, matrixOf } from './harness';

let da: AddIn;
let en: AddIn;
beforeAll(() => {
  da = loadAddIn(undefined, { Office: { context: { displayLanguage: 'da-DK' } } });
  en = loadAddIn();
});

describe('Danish Excel', () => {
  it.each([
    ['BREAKEVEN', ['holbaek-ips-low'], [], '#N/A', 'kommune når ikke break-even inden for den 6-årige horisont (2024-2029)', 'kommune does not break even within the 6-year horizon (2024-2029)'],
    ['BCR', ['holbaek-ips', 'region'], [], '#N/A', 'region bærer ingen udgift og har derfor intet gevinst/udgift-forhold', 'region bears no cost, so it has no benefit-cost ratio'],
    ['BREAKEVEN', ['holbaek-ips'], ['sucessRate', 0.4], '#VALUE!', "Ukendt parameter 'sucessRate' - mente du 'successRate'?", "Unknown parameter 'sucessRate' - did you mean 'successRate'?"],
    ['BREAKEVEN', ['holbaek-ips'], ['successRate', 1.4], '#VALUE!', 'successRate skal være mellem 0 og 1 (fik 1,4)', 'successRate must be between 0 and 1 (got 1.4)'],
    ['BREAKEVEN', ['holbaek-ips'], ['participants', '50 %'], '#VALUE!', "participants er i personer, ikke en andel eller en rente, så den kan ikke skrives med % (fik '50 %')", "participants is in people, not a share or a rate, so it cannot be written with % (got '50 %')"],
    ['BREAKEVEN', ['holbaek-ips'], ['costProfile', [[0.5, 0.4]]], '#VALUE!', 'costProfile skal summere til 1 (summerer til 0,9)', 'costProfile must sum to 1 (sums to 0.9)'],
    ['GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate', 0, 0.3], [], '#N/A', 'ingen værdi af successRate i [0; 0,3] giver actors.kommune.presentValue = 0', 'no value of successRate in [0, 0.3] gives actors.kommune.presentValue = 0'],
    ['TORNADO', ['holbaek-ips', 'kommune', 2], [], '#VALUE!', 'fraction skal være over 0 og under 1 (fik 2)', 'fraction must be above 0 and below 1 (got 2)'],
    ['GRID', ['holbaek-ips', 'kommune', 'successRate', [[0.3]], 'successRate', [[0.4]]], [], '#VALUE!', 'gitterets to parametre skal være forskellige (fik successRate to gange)', 'the two grid parameters must differ (got successRate twice)'],
    ['SWITCHRATE', ['dsi-fund-25m'], [], '#VALUE!', 'SKIFTERATE er til en case eller en kontrakt, ikke en fond', 'SWITCHRATE is for a case or a contract, not a fund'],
    ['OUTCOMEFUND', ['dsi-fund-25m', null], [], '#VALUE!',
      'contract er tom: giv en kontraktforudindstilling (fx "holbaek-ips-contract") eller et område med kontraktparametre',
      'contract is empty: give a contract preset (e.g. "holbaek-ips-contract") or a contract parameter range'],
    ['OUTCOMEFUND', ['dsi-fund-25m', 'holbaek-ips-contract', 'tabel'], [], '#VALUE!',
      'output skal være "table" eller en af totalInvested, people, employed, partnerships, outstanding, keptCash, irr, uninvested, lost, guaranteePaid, shortfall, firstShortfallYear, capitalIn, fundValue (fik \'tabel\')',
      'output must be "table" or one of totalInvested, people, employed, partnerships, outstanding, keptCash, irr, uninvested, lost, guaranteePaid, shortfall, firstShortfallYear, capitalIn, fundValue (got \'tabel\')'],
    ['REFUSION', [0, 5], [], '#VALUE!', 'weekFrom skal være et helt tal på mindst 1 (uge 1 er forløbets første uge; fik 0)', 'weekFrom must be a whole number of at least 1 (week 1 is the first week of the spell; got 0)'],
  ])('%s %j %j', (id, args, overrides, code, danish, english) => {
    const d = errorOf(da.xl(id, args, overrides));
    expect(d.code).toBe(code);
    expect(d.message).toBe(danish);
    expect(errorOf(en.xl(id, args, overrides)).message).toBe(english);
  });

  it('figures do not depend on the language; a typed 40 % is 0.4', () => {
    expect(single(da.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate']))).toBe(
      single(en.xl('GOALSEEK', ['holbaek-ips', 'actors.kommune.presentValue', 0, 'successRate'])),
    );
    expect(single(da.xl('BREAKEVEN', ['holbaek-ips'], ['successRate', '48 %']))).toBe(3);
  });
});

describe('spilled tables in Danish Excel', () => {
  const head = (o: ReturnType<AddIn['xl']>) => matrixOf(o)[0];
  it.each([
    ['CASHFLOWS', ['holbaek-ips', 'kommune'], ['År', 'Gevinster', 'Udgifter', 'Netto', 'Akkumuleret'], ['Year', 'Gains', 'Costs', 'Net', 'Cumulative']],
    ['CASHFLOWS', ['holbaek-ips'], ['År', 'Netto kommune', 'Netto region', 'Netto stat', 'Netto i alt'], ['Year', 'Net kommune', 'Net region', 'Net stat', 'Net total']],
    ['REINVEST', ['dsi-fund-25m'], ['År', 'Investeret', 'Tilbagebetalinger', 'Hjulpne', 'Hjulpne i alt', 'Uinvesteret kasse', 'Tabt', 'Garanti udbetalt', 'Underskud'],
      ['Year', 'Invested', 'Repayments', 'People', 'Cumulative people', 'Uninvested', 'Lost', 'Guarantee paid', 'Shortfall']],
    ['CONTRACT', ['holbaek-ips-contract'], ['År', 'Betaling', 'Investor', 'Kommune', 'Region', 'Stat'], ['Year', 'Payment', 'Investor', 'Kommune', 'Region', 'Stat']],
    ['TORNADO', ['holbaek-ips', 'kommune'], ['Parameter', 'Lav', 'Høj', 'Resultat ved lav', 'Resultat ved høj', 'Udsving'], ['Parameter', 'Low', 'High', 'Output at low', 'Output at high', 'Swing']],
    ['PRESETS', [], ['Forudindstilling', 'Model', 'Beskrivelse', 'Bemærkning'], ['Preset', 'Model', 'Description', 'Note']],
    ['UNITGAINS', ['holbaek-ips'], ['År', 'kommune', 'region', 'stat'], ['Year', 'kommune', 'region', 'stat']],
  ])('%s %j', (id, args, danish, english) => {
    expect(head(da.xl(id, args))).toEqual(danish);
    expect(head(en.xl(id, args))).toEqual(english);
  });

  it('the body of a table is the same numbers in both languages', () => {
    expect(matrixOf(da.xl('CASHFLOWS', ['holbaek-ips', 'kommune'])).slice(1)).toEqual(matrixOf(en.xl('CASHFLOWS', ['holbaek-ips', 'kommune'])).slice(1));
    expect(matrixOf(da.xl('REINVEST', ['dsi-fund-25m'])).slice(1)).toEqual(matrixOf(en.xl('REINVEST', ['dsi-fund-25m'])).slice(1));
  });

  it('a Danish preset table carries the Danish caveat and reads back as the same preset', () => {
    const t = matrixOf(da.xl('PARAMS', ['holbaek-ips']));
    expect(t[0][0]).toBe('Parameter');
    expect(String(t[0][1])).toMatch(/^Værdi \(/);
    expect(t[0][1]).not.toBe(matrixOf(en.xl('PARAMS', ['holbaek-ips']))[0][1]);
    expect(single(da.xl('BREAKEVEN', [t]))).toBe(single(en.xl('BREAKEVEN', ['holbaek-ips'])));
  });

  it('a fund without a shortfall says so in Danish', () => {
    const d = errorOf(da.xl('REINVEST', ['dsi-fund-25m', 'firstShortfallYear']));
    expect(d.code).toBe('#N/A');
    expect(d.message).toBe('Fonden betaler sine driftsomkostninger i hvert år af den 6-årige horisont: intet underskud');
  });
});
