/**
 * The budget-line editor in the built task pane (headless Chromium, office.js stubbed): the lines of
 * holbaek-ips-lines with their sources, an edit that moves the results to the model's, the switch
 * from the three gains to budget lines, and the Danish texts.
 */
import { startHarness, openPane, Harness } from './harness';
import { run, caseModel, validate, mergeInput, simulate, defaultDistributions } from '../src/model';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const pvTotal = '#actor-table tr[data-actor="total"] [data-kpi="netValue"]';

test('holbaek-ips-lines: the lines with their sources, the unit gains per year, and an edit that follows the model', async () => {
  const { page, log } = await openPane(h);
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:holbaek-ips-lines');
  await page.click('#start-load');
  expect(await page.$$eval('.budget-line', (els) => els.map((e) => e.getAttribute('data-line')))).toEqual(['sygedagpenge-uge', 'skat-sygedagpenge-uge', 'skat-fuldtid-aar', 'laegebesoeg']);
  expect(await page.textContent('.budget-line[data-line="sygedagpenge-uge"] .line-source')).toMatch(/4,695\.00.*refusion staircase.*Source \(verified\): .*dag\.dk/);
  const model = run(caseModel, [{ preset: 'holbaek-ips-lines' }]).result;
  expect(await page.getAttribute(pvTotal, 'data-value')).toBe(String(model.actors.total.presentValue));
  // Unit gains table: 2024 kommune 145,306 (MODEL.md section 8 staircase over weeks 9-52)
  expect((await page.textContent('#lines-gains tbody tr:first-child td:first-of-type'))?.trim()).toBe('145,306');
  await page.fill('#line-0-units', '30');
  const edited = run(caseModel, [{ preset: 'holbaek-ips-lines' }, { values: { consequences: (model.budgetLines!.lines.map((l) => l.consequence)).map((c) => (c.id === 'sygedagpenge-uge' ? { ...c, units: 30 } : c)) } }]).result;
  await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.getAttribute('data-value') === v, [pvTotal, String(edited.actors.total.presentValue)] as const, { timeout: 5000 });
  expect(log.errors).toEqual([]);
  expect(log.external).toEqual([]);
});

test('holbaek-ips: switching to budget lines clears the three gains; 10 weeks of sickness benefit give the hand-checked split', async () => {
  const { page } = await openPane(h);
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:holbaek-ips');
  await page.click('#start-load');
  await page.click('#group-budget-lines summary');
  await page.click('#lines-add');
  expect(await page.inputValue('#field-gainKommune')).toBe('');
  await page.fill('#line-0-units', '10');
  // weeks 1-10 of the spell: s = (4 x 0.8 + 6 x 0.4) / 10 = 0.56; kommune 10 x 4,695 x 0.44 = 20,658
  await page.waitForFunction(() => document.querySelector('#lines-gains tbody tr:first-child td:first-of-type')?.textContent?.trim() === '20,658', undefined, { timeout: 5000 });
  expect((await page.textContent('#lines-gains tbody tr:first-child td:nth-of-type(3)'))?.trim()).toBe('26,292');
});

test('in Danish', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:holbaek-ips-lines');
  await page.click('#start-load');
  expect(await page.textContent('#group-budget-lines summary')).toBe('Budgetlinjer: enhedsgevinster fra konsekvenser');
  expect((await page.textContent('#lines-gains tbody tr:first-child td:first-of-type'))?.trim()).toBe('145.306');
});

test('Risk tab on holbaek-ips-lines: the default rows draw the units; the run gives the model\'s break-even probability', async () => {
  const { page } = await openPane(h);
  await page.click('#tab-model');
  await page.selectOption('#start-select', 'preset:holbaek-ips-lines');
  await page.click('#start-load');
  await page.click('#tab-risk');
  const keys = await page.$$eval('#risk-dist-table select.key', (els) => els.map((e) => (e as HTMLSelectElement).value));
  expect(keys).toEqual(['successRate', 'persistence', 'units:sygedagpenge-uge', 'units:skat-sygedagpenge-uge', 'units:skat-fuldtid-aar', 'units:laegebesoeg']);
  await page.fill('#risk-draws', '1000');
  await page.fill('#risk-seed', '3');
  await page.click('#risk-run');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running, undefined, { timeout: 60000 });
  const layers = [{ preset: 'holbaek-ips-lines' }];
  const params = validate(caseModel, mergeInput(caseModel, layers)) as Record<string, unknown>;
  const sim = simulate('case', layers, defaultDistributions('case', caseModel, params), { draws: 1000, seed: 3 });
  expect(await page.getAttribute('#risk-breakeven tr[data-actor="kommune"] [data-kpi="pBreakEven"]', 'data-value')).toBe(String(sim.breakEven.kommune.probability));
});
