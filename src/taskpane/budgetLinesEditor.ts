/**
 * The budget-line editor of the Model tab (docs/budget-lines.md): pick a price line, its units a
 * year and, for a benefit on the refusion staircase, the weeks on the benefit at start; the line's
 * price, price year, source and verification are shown beside it. The consequences replace the three
 * unit gains. Below: the case's price year, the unit gains per year and any price-year warning.
 */
import { priceList, ACTORS } from '../model';
import type { ConsequenceInput, PriceLine, CaseResult } from '../model';
import type { App } from './app';
import { h, clear } from './dom';
import { inputText, parseInput, num } from './format';
import { cloneScenario } from './storage';

const GAIN_KEYS = ['gainKommune', 'gainRegion', 'gainStat'];

function consequencesOf(app: App): ConsequenceInput[] {
  return (app.current.values.consequences as ConsequenceInput[] | undefined) ?? [];
}

function linesOf(app: App): PriceLine[] {
  return priceList(app.current.values.prices as never);
}

/** Sets the consequences; the first one replaces the three gains (they are alternatives), and the
 *  whole editor is rebuilt so the cleared gain fields show it. */
function setConsequences(app: App, next: ConsequenceInput[]): void {
  const switching = consequencesOf(app).length === 0 && next.length > 0 && GAIN_KEYS.some((k) => app.current.values[k] !== undefined);
  if (!switching) {
    app.setValue('consequences', next.length ? next : undefined);
    return;
  }
  const s = cloneScenario(app.current);
  for (const k of GAIN_KEYS) delete s.values[k];
  s.values.consequences = next;
  app.setScenario(s);
  app.announce(app.t('linesSwitched'));
}

function lineInfo(app: App, line: PriceLine): HTMLElement {
  const L = app.lang;
  const prices = ACTORS.filter((a) => line[a] !== 0).map((a) => `${a} ${num(L, line[a], 2)}`).join(', ') || '0';
  return h('p', { class: 'help line-source' },
    `${app.t('linesPrice')} (${line.unit[L]}, ${line.priceYear}): ${prices}. `,
    line.staircase ? `${app.t('linesStaircase')}. ` : '',
    `${app.t('linesSource')} (${line.status ? app.t(line.status === 'verified' ? 'linesVerified' : 'linesUnverified') : '-'}): ${line.source}`);
}

function lineRow(app: App, i: number, onChange: () => void): HTMLElement {
  const lines = linesOf(app);
  const c = consequencesOf(app)[i];
  const line = lines.find((l) => l.id === c.id);
  const update = (patch: Partial<ConsequenceInput>) => {
    const next = consequencesOf(app).map((x, k) => (k === i ? { ...x, ...patch } : x));
    setConsequences(app, next);
  };
  const select = h('select', { id: `line-${i}`, 'aria-label': `${app.t('linesLine')} ${i + 1}`, onchange: () => {
    const picked = lines.find((l) => l.id === select.value);
    update(picked?.staircase ? { id: select.value } : { id: select.value, weeksAtStart: undefined });
    onChange();
  } }, ...lines.map((l) => h('option', { value: l.id }, `${l.label[app.lang]} (${l.id})`)));
  select.value = c.id;
  const units = h('input', { id: `line-${i}-units`, type: 'text', inputmode: 'decimal', size: 6, 'aria-label': `${app.t('linesUnits')}, ${c.id}`, oninput: () => update({ units: parseInput(units.value, app.lang) as number }) });
  units.value = inputText(app.lang, c.units);
  const weeks = h('input', { id: `line-${i}-weeks`, type: 'text', inputmode: 'numeric', size: 4, 'aria-label': `${app.t('linesWeeks')}, ${c.id}`, oninput: () => {
    const w = parseInput(weeks.value, app.lang);
    update({ weeksAtStart: w === undefined ? undefined : (w as number) });
  } });
  weeks.value = inputText(app.lang, c.weeksAtStart);
  const remove = h('button', { type: 'button', class: 'small', 'aria-label': `${app.t('linesRemove')}: ${c.id}`, onclick: () => {
    setConsequences(app, consequencesOf(app).filter((_, k) => k !== i));
    onChange();
  } }, app.t('linesRemove'));
  return h('div', { class: 'field budget-line', 'data-line': c.id },
    h('label', { for: `line-${i}` }, `${app.t('linesLine')} ${i + 1}`), select,
    h('div', { class: 'line-numbers' },
      h('label', { for: `line-${i}-units` }, app.t('linesUnits')), units,
      line?.staircase ? [h('label', { for: `line-${i}-weeks` }, app.t('linesWeeks')), weeks] : null,
      remove),
    line ? lineInfo(app, line) : null);
}

function gainsTable(app: App, r: CaseResult): HTMLElement {
  const L = app.lang;
  return h('table', { class: 'compare', id: 'lines-gains' },
    h('caption', {}, app.t('linesGains')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('yearN')), ...ACTORS.map((a) => h('th', { scope: 'col' }, a)))),
    h('tbody', {}, ...r.years.map((y, t) => h('tr', {}, h('th', { scope: 'row' }, String(y)), ...ACTORS.map((a) => h('td', {}, num(L, r.gainsPerSuccess[a][t], 0)))))));
}

/** The section; rebuilt when the scenario changes, its result part refreshed on every edit. */
export function renderBudgetLines(root: HTMLElement, app: App): void {
  const box = h('details', { class: 'group', id: 'group-budget-lines' });
  const result = h('div', { id: 'lines-result', 'aria-live': 'polite' });
  root.append(box);
  const showResult = () => {
    clear(result);
    const o = app.outcome;
    if (!(o.ok && o.kind === 'case' && o.result.budgetLines)) return;
    for (const w of o.result.budgetLines.warnings) result.append(h('p', { class: 'error', role: 'status' }, `${app.t('linesWarning')}: ${w[app.lang]}`));
    result.append(h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('linesGains') }, gainsTable(app, o.result)), h('p', { class: 'note' }, app.t('linesNotModelled')));
  };
  const build = () => {
    const open = box.open || consequencesOf(app).length > 0;
    clear(box);
    box.hidden = app.current.kind !== 'case';
    box.open = open;
    box.append(h('summary', {}, app.t('linesTitle')), h('p', { class: 'help' }, app.t('linesIntro')));
    const list = consequencesOf(app);
    if (list.length === 0) box.append(h('p', { class: 'note' }, app.t('linesNone')));
    list.forEach((_, i) => box.append(lineRow(app, i, build)));
    const first = linesOf(app)[0];
    box.append(h('button', { type: 'button', id: 'lines-add', onclick: () => {
      setConsequences(app, [...consequencesOf(app), { id: first.id, units: 0 }]);
      build();
    } }, list.length === 0 ? app.t('linesUse') : app.t('linesAdd')));
    const year = h('input', { id: 'lines-price-year', type: 'text', inputmode: 'numeric', size: 6, oninput: () => app.setValue('priceYear', parseInput(year.value, app.lang)) });
    year.value = inputText(app.lang, app.current.values.priceYear);
    box.append(h('div', { class: 'field' }, h('label', { for: 'lines-price-year' }, app.t('linesPriceYear')), year), result);
    showResult();
  };
  build();
  app.on('scenario', build);
  app.on('values', showResult);
}

/** Compare rows: the unit gains of year 1 and year 2 per actor (they differ on the staircase). */
export function unitGainCompareRows(app: App): { label: string; get: (o: App['outcome']) => string }[] {
  const na = app.t('notApplicable');
  return [1, 2].flatMap((t) => ACTORS.map((a) => ({
    label: `${app.t('linesUnitGain', { t })}: ${a}`,
    get: (o: App['outcome']) => (o.ok && o.kind === 'case' && o.result.years.length >= t ? num(app.lang, o.result.gainsPerSuccess[a][t - 1], 0) : na),
  })));
}
