/** The built functions in Danish Excel (Office.context.displayLanguage 'da-DK'): messages in Danish,
 *  the same figures; without Office (or before it is ready) English. */
import { loadAddIn, AddIn, errorOf, single } from './harness';

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
