/** Numbers typed as text in the user's notation (FUNCTIONS.md "Input in the user's own notation"). */
import { readNumber, percentCell, acceptsPercent, caseParamMeta, fundParamMeta, parseParameterTable, caseModel, run, localMessage } from '../../src/model';
import { parseInput } from '../../src/taskpane/format';

const meta = (key: string) => [...caseParamMeta, ...fundParamMeta].find((m) => m.key === key)!;
const successRate = meta('successRate');
const participants = meta('participants');

function message(f: () => unknown, lang: 'en' | 'da' = 'en'): string {
  try {
    f();
  } catch (e) {
    return localMessage(e, lang);
  }
  throw new Error('expected an error');
}

describe('percentages', () => {
  it.each([
    ['40%', 0.4], ['40 %', 0.4], [' 37% ', 0.37], ['100 %', 1], ['0%', 0], ['12.5%', 0.125], ['-2%', -0.02],
  ])('%s is %d for a share (cli notation)', (text, x) => {
    expect(readNumber(text, 'cli', 'successRate', successRate)).toBe(x);
  });

  it('3,5 % in Danish is 0.035, and parses exactly as the decimal does', () => {
    expect(readNumber('3,5 %', 'da', 'discountRate', meta('discountRate'))).toBe(0.035);
    // the exponent shift, not a division: 0.37 and 37 % are the same double (37 / 100 would also be,
    // but 0.57 * 100 / 100 is not; this is the case where a division would differ: 1.1 / 100)
    expect(readNumber('1.1%', 'cli', 'successRate', successRate)).toBe(0.011);
    expect(1.1 / 100).not.toBe(0.011);
  });

  it('only shares and rates accept %', () => {
    expect(caseParamMeta.filter(acceptsPercent).map((m) => m.key)).toEqual([
      'costProfile', 'costShareKommune', 'costShareRegion', 'costShareStat', 'dropoutRate', 'successRate', 'baselineRate',
      'effectRamp', 'persistence', 'discountRate',
    ]);
    expect(fundParamMeta.filter(acceptsPercent).map((m) => m.key)).toEqual(['reinvestShare', 'successRate', 'lossRate', 'guaranteeShare']);
    expect(message(() => readNumber('50%', 'cli', 'participants', participants))).toBe(
      "participants is in people, not a share or a rate, so it cannot be written with % (got '50%')",
    );
    expect(message(() => readNumber('50%', 'cli', 'participants', participants), 'da')).toBe(
      "participants er i personer, ikke en andel eller en rente, så den kan ikke skrives med % (fik '50%')",
    );
  });
});

describe('number notations', () => {
  it('Danish: decimal comma, point between thousands; English the reverse', () => {
    expect(readNumber('0,4', 'da', 'x')).toBe(0.4);
    expect(readNumber('6.900.000', 'da', 'x')).toBe(6_900_000);
    expect(readNumber('6.900.000,5', 'da', 'x')).toBe(6_900_000.5);
    expect(readNumber('6 900 000', 'da', 'x')).toBe(6_900_000);
    expect(readNumber('0.4', 'en', 'x')).toBe(0.4);
    expect(readNumber('6,900,000', 'en', 'x')).toBe(6_900_000);
    expect(readNumber('6,900,000.5', 'en', 'x')).toBe(6_900_000.5);
    expect(readNumber('−3', 'en', 'x')).toBe(-3); // the minus sign U+2212
  });

  it('the wrong decimal mark is refused with the right one suggested', () => {
    expect(message(() => readNumber('0.4', 'da', 'successRate'), 'da')).toBe("successRate skal være et tal, ikke tekst (fik '0.4'); i dansk notation er decimaltegnet komma: skriv 0,4");
    expect(message(() => readNumber('0,4', 'en', 'successRate'))).toBe("successRate must be a number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4");
    // a misplaced group mark is text, not a number: 6.90.000 and 1,50 are refused
    expect(() => readNumber('6.90.000', 'da', 'x')).toThrow('must be a number, not text');
    expect(() => readNumber('1,50,000', 'en', 'x')).toThrow('must be a number, not text');
  });

  it('the CLI keeps point decimals and says so for 0,4, in both languages', () => {
    expect(message(() => readNumber('0,4', 'cli', 'successRate'))).toBe("successRate must be a number, not text (got '0,4'); write 0.4 (decimals with a point; commas separate the values of a vector)");
    expect(message(() => readNumber('0,4', 'cli', 'successRate'), 'da')).toBe("successRate skal være et tal, ikke tekst (fik '0,4'); skriv 0.4 (decimaler med punktum; komma adskiller værdierne i en vektor)");
    expect(() => readNumber('6 900', 'cli', 'x')).toThrow('not text');
    expect(() => readNumber('1e999', 'cli', 'x')).toThrow("x must be a finite number (got '1e999')");
    expect(() => readNumber('  ', 'cli', 'x')).toThrow('x must be a number (got nothing)');
  });
});

describe('hosts', () => {
  it('a text cell of a parameter table may hold a percentage', () => {
    const layer = parseParameterTable(caseModel, [['preset', 'holbaek-ips'], ['successRate', '37 %'], ['costProfile', '60%', 0.4]]);
    expect(layer.values).toEqual({ successRate: 0.37, costProfile: [0.6, 0.4] });
    const byNumber = run(caseModel, [{ preset: 'holbaek-ips', values: { successRate: 0.37 } }]).result;
    expect(run(caseModel, [layer]).result).toEqual(byNumber);
    expect(() => parseParameterTable(caseModel, [['participants', '50 %']])).toThrow('participants is in people, not a share or a rate');
    expect(percentCell('forty', successRate)).toBe('forty'); // left for validation to name
  });

  it('the task pane reads its own language', () => {
    expect(parseInput('0,4', 'da', successRate)).toBe(0.4);
    expect(parseInput('6.900.000', 'da', meta('costTotal'))).toBe(6_900_000);
    expect(parseInput('6,900,000', 'en', meta('costTotal'))).toBe(6_900_000);
    expect(parseInput('40 %', 'da', successRate)).toBe(0.4);
    expect(parseInput('3,5 %', 'da', meta('discountRate'))).toBe(0.035);
    // not a number in this notation: the text goes to the model, which names it at the field
    expect(parseInput('50 %', 'da', participants)).toBe('50 %');
    expect(parseInput('6.900.000', 'en', meta('costTotal'))).toBe('6.900.000');
  });
});

describe('the other refusals, and the table notation', () => {
  it('nothing typed, a number too large, and % without a parameter, in both languages; a vector value is named by its place', () => {
    expect([message(() => readNumber(' ', 'da', 'x')), message(() => readNumber(' ', 'da', 'x'), 'da')]).toEqual(['x must be a number (got nothing)', 'x skal være et tal (fik intet)']);
    expect(message(() => readNumber('2e308', 'en', 'x'), 'da')).toBe("x skal være et endeligt tal (fik '2e308')");
    expect([message(() => readNumber('40%', 'cli', 'x')), message(() => readNumber('40%', 'cli', 'x'), 'da')]).toEqual([
      "x must be a number, not text (got '40%')", "x skal være et tal, ikke tekst (fik '40%')",
    ]);
    const second = () => readNumber('abc', 'da', 'costProfile', meta('costProfile'), 2);
    expect([message(second), message(second, 'da')]).toEqual([
      "costProfile value 2 must be a number, not text (got 'abc')", "costProfile værdi 2 skal være et tal, ikke tekst (fik 'abc')",
    ]);
    expect(message(() => readNumber('', 'en', 'effectRamp', meta('effectRamp'), 3), 'da')).toBe('effectRamp værdi 3 skal være et tal (fik intet)');
  });

  it("'any' (a text cell) takes one point or one comma as the decimal mark and no thousands marks", () => {
    expect(readNumber('0,4', 'any', 'x')).toBe(0.4);
    expect(readNumber('0.4', 'any', 'x')).toBe(0.4);
    expect(readNumber('-,5', 'any', 'x')).toBe(-0.5);
    expect(readNumber('6 900 000', 'any', 'x')).toBe(6_900_000);
    expect(() => readNumber('1.000,5', 'any', 'x')).toThrow("x must be a number, not text (got '1.000,5')");
    expect(() => readNumber('1,000,000', 'any', 'x')).toThrow('not text');
  });

  it('exponents, and a percentage of an exponent, parse exactly', () => {
    expect(readNumber('5e-1', 'cli', 'x')).toBe(0.5);
    expect(readNumber('1e1%', 'cli', 'successRate', successRate)).toBe(0.1);
    expect(readNumber('3,5e2 %', 'da', 'successRate', successRate)).toBe(3.5);
    expect(readNumber('1\u00a0000,5', 'da', 'x')).toBe(1000.5);
    expect(readNumber('1\u202f000.5', 'en', 'x')).toBe(1000.5);
  });

  it('a table cell that only ends in % but has no number is left for validation to name', () => {
    expect(percentCell(' %', successRate)).toBe(' %');
    expect(percentCell('x %', successRate)).toBe('x %');
    expect(percentCell(0.4, successRate)).toBe(0.4);
    expect(percentCell('4 0 %', successRate)).toBe(0.4);
  });
});

describe('the hints in both languages, whichever notation refused the number', () => {
  test('a point in Danish notation, a comma in English notation', () => {
    const point = () => readNumber('0.4', 'da', 'successRate', successRate);
    expect(message(point)).toBe("successRate must be a number, not text (got '0.4'); in Danish notation the decimal mark is a comma: write 0,4");
    expect(message(point, 'da')).toBe("successRate skal være et tal, ikke tekst (fik '0.4'); i dansk notation er decimaltegnet komma: skriv 0,4");
    const comma = () => readNumber('0,4', 'en', 'successRate', successRate);
    expect(message(comma)).toBe("successRate must be a number, not text (got '0,4'); in English notation the decimal mark is a point: write 0.4");
    expect(message(comma, 'da')).toBe("successRate skal være et tal, ikke tekst (fik '0,4'); i engelsk notation er decimaltegnet punktum: skriv 0.4");
  });
});

describe('spaces in typed numbers and percentage cells', () => {
  test('any run of spaces between digit groups, outside the command line', () => {
    expect(readNumber('1  000', 'en', 'participants', participants)).toBe(1000);
    expect(readNumber('1 \u00a0000,5', 'da', 'participants', participants)).toBe(1000.5);
    expect(percentCell('1  000 %', successRate)).toBe(10);
  });

  test("a percentage cell with spaces around is read; one that is not a number stays text for validation to name", () => {
    expect(percentCell(' 40 % ', successRate)).toBe(0.4);
    expect(percentCell('40 %\u00a0', successRate)).toBe(0.4);
    // '5x' is no number: the cell goes back as it is, never read as its first digit.
    expect(percentCell('5x %', successRate)).toBe('5x %');
    expect(percentCell('%', successRate)).toBe('%');
  });
});
