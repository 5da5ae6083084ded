/** dsi --lang da: every message Danish; English exactly as without --lang. */
import { dsi, expectBadInput, tempFile } from './helpers';

describe('Danish messages with --lang da', () => {
  it.each([
    [['cse', '--lang', 'da'], "Ukendt kommando 'cse' - mente du 'case'?"],
    [['--lang', 'da'], 'ingen kommando angivet; kommandoer: case,'],
    [['case', '--jsn', '--lang', 'da'], "Ukendt tilvalg '--jsn' til 'dsi case' - mente du '--json'? (se 'dsi case --help')"],
    [['case', '--preset', '--lang', 'da'], '--preset kræver en værdi: --preset NAME'],
    [['case', '--lang', 'da', '--json=1'], "--json tager ingen værdi (fik '--json=1')"],
    [['case', '--lang', 'da', '--preset', 'holbaek'], "Ukendt forudindstilling 'holbaek' - mente du 'holbaek-ips'?"],
    [['case', '--lang', 'da', '--preset', 'dsi-fund-25m'], "forudindstillingen 'dsi-fund-25m' er til fondsmodellen, men her skal bruges en til case-modellen"],
    [['case', '--lang', 'da', '--preset', 'holbaek-ips', '--set', 'sucessRate=0.4'], "Ukendt parameter 'sucessRate' - mente du 'successRate'?"],
    [['case', '--lang', 'da', '--preset', 'holbaek-ips', '--set', 'successRate=0,4'], "successRate skal være et tal, ikke tekst (fik '0,4'); skriv 0.4"],
    [['case', '--lang', 'da', '--preset', 'holbaek-ips', '--set', 'participants=50%'], 'participants er i personer, ikke en andel eller en rente, så den kan ikke skrives med %'],
    [['case', '--lang', 'da', '--set', 'successRate'], "--set kræver nøgle=værdi (fik 'successRate')"],
    [['case', '--lang', 'da', '--params', '/nonexistent/p.json'], "kan ikke læse --params-filen '/nonexistent/p.json': filen findes ikke"],
    [['params', '--lang', 'da'], 'dsi params kræver --preset NAVN'],
    [['goalseek', '--lang', 'da', '--preset', 'holbaek-ips', '--target', '0', '--key', 'successRate'], 'dsi goalseek kræver --output STI'],
    [['goalseek', '--lang', 'da', '--preset', 'holbaek-ips', '--output', 'actors.kommune.presentValue', '--target', '0', '--key', 'successRate', '--max', '0.3'],
      'ingen værdi af successRate i [0; 0,3] giver actors.kommune.presentValue = 0'],
    [['export', 'case', '--lang', 'da', '--preset', 'holbaek-ips'], 'export kræver --out FIL.xlsx (projektmappen, der skrives)'],
    [['export', 'case', '--lang', 'da', '--preset', 'holbaek-ips', '--out', 'x.csv'], "--out skal navngive en .xlsx-fil (fik 'x.csv')"],
    [['export', 'case', '--lang', 'da', '--preset', 'holbaek-ips', '--contract', 'holbaek-ips-contract', '--out', 'x.xlsx'], "--contract hører til 'dsi export fund'"],
    [['fund', '--lang', 'da', '--preset', 'dsi-fund-25m', '--contract', '/nonexistent/c.json'], "--contract skal være en kontraktforudindstilling (holbaek-ips-contract) eller en JSON-fil med kontraktparametre; '/nonexistent/c.json' er ingen af delene (filen findes ikke)"],
    [['fund', '--lang', 'da', '--preset', 'dsi-fund-25m', '--contract', 'holbaek-ips-contract', '--set', 'repaymentMultiple=1.2'], '--set repaymentMultiple=1.2: med --contract kommer tilbagebetalingerne fra kontraktens betalinger, så repaymentMultiple bruges ikke; udelad den'],
    [['simulate', '--lang', 'da', '--preset', 'holbaek-ips', '--draws', '0'], 'draws skal være et helt tal fra 1 til 1.000.000 (fik 0)'],
    [['sensitivity', '--lang', 'da', '--preset', 'holbaek-ips', '--fraction', '2'], 'fraction skal være over 0 og under 1 (fik 2)'],
    [['simulate', '--lang', 'da', '--preset', 'holbaek-ips', '--dist', tempFile('d.json', '{"successRate": ["beta", 0.4, 0.5]}')],
      'Række 1 (successRate): beta med middel 0,4 kræver sd under sqrt(middel x (1 - middel)) = 0,4898979486 (fik 0,5)'],
  ])('%j', (argv, message) => {
    expectBadInput(dsi(argv as string[]), message as string);
  });

  it('a batch error names the scenario in Danish', () => {
    const file = tempFile('b.json', JSON.stringify([{}, { sucessRate: 0.4 }]));
    expectBadInput(dsi(['case', '--preset', 'holbaek-ips', '--params', file, '--lang', 'da']), "scenarie 2 (fra 1; array-indeks 1): Ukendt parameter 'sucessRate' - mente du 'successRate'?");
  });

  it('the check against the report is Danish', () => {
    const t = dsi(['case', '--preset', 'holbaek-ips', '--lang', 'da']).stdout;
    expect(t).toMatch(/^kommunens break-even\s+efter 4 år\s+år 4$/m);
    expect(t).toMatch(/^samlet netto over 6 år\s+ca\. 8 mio\. kr\.\s+8,15 mio\.$/m);
    expect(t).toMatch(/^staten vinder mere end kommunen\s+ja\s+ja$/m);
    const f = dsi(['fund', '--preset', 'dsi-fund-25m', '--lang', 'da']).stdout;
    expect(f).toMatch(/^akkumuleret antal hjulpne\s+stigende til over 1\.800\s+652, 802, 987, 1\.214, 1\.493, 1\.836$/m);
  });

  it('English messages are exactly as without --lang', () => {
    for (const argv of [['cse'], ['case', '--preset', 'holbaek-ips', '--set', 'sucessRate=0.4']]) {
      expect(dsi([...argv, '--lang', 'en']).stderr).toBe(dsi(argv).stderr);
    }
    expect(dsi(['case', '--preset', 'holbaek-ips', '--set', 'sucessRate=0.4']).stderr).toBe("dsi: Unknown parameter 'sucessRate' - did you mean 'successRate'?\n");
  });
});
