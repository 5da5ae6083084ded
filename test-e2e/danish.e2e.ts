/**
 * "Every visible word of the Danish pane is Danish": the built pane in Danish at 350 px, every tab
 * walked (Model with the budget lines and the fund board, Scenarios, Compare, Contract, Risk with
 * its Monte Carlo, tornado and grid, Excel, Export), every section opened and some inputs broken on
 * purpose so their messages show. Every text node that is shown (also in drop-downs, chart tooltips
 * and text for screen readers) and every title, aria-label, placeholder and optgroup label is
 * checked against
 *  - the English side of the pane's own tables (i18n tables, section names, distribution names, the
 *    model's field labels, units and help, preset descriptions and price-line labels): each English
 *    string that differs from its Danish one, split at its {placeholders}, longer than 3 letters and
 *    not a Danish text itself, must not show;
 *  - English words that no Danish sentence uses ("must", "the", "cannot", ...), which catch the
 *    model's messages too.
 * With DSI_TEXTS_OUT=file.json every text seen is written there (for a person to read through).
 */
import fs from 'fs';
import type { Page } from 'playwright-core';
import { startHarness, openPane, Harness } from './harness';
import { TABLES } from '../src/taskpane/i18n';
import { GROUP_LABELS } from '../src/taskpane/groups';
import { DIST_NAMES, DIST_ARGS } from '../src/taskpane/tabs/analyticsView';
import { caseParamMeta, contractParamMeta, fundParamMeta, PRESETS, priceList, DEFAULT_DISTRIBUTION_REASONING } from '../src/model';
import type { Text } from '../src/model';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** Every {en, da} pair the pane shows from its own tables and from the model's registry. */
function pairs(): Text[] {
  const out: Text[] = [];
  for (const k of Object.keys(TABLES.en) as (keyof typeof TABLES.en)[]) out.push({ en: TABLES.en[k], da: TABLES.da[k] });
  out.push(...Object.values(GROUP_LABELS), ...Object.values(DIST_NAMES), ...Object.values(DIST_ARGS).flat(), DEFAULT_DISTRIBUTION_REASONING);
  for (const m of [...caseParamMeta, ...contractParamMeta, ...fundParamMeta]) {
    out.push(m.label, m.description, m.unit);
    if (m.note) out.push(m.note);
  }
  for (const p of PRESETS) {
    out.push(p.description);
    if (p.caveat) out.push(p.caveat);
  }
  for (const l of priceList()) out.push(l.label, l.unit);
  return out;
}

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `s` as a whole word or phrase (not inside a longer word), either case. */
const phrase = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escape(s)}(?![\\p{L}\\p{N}-])`, 'iu');

/** The English strings that must not show in the Danish pane. */
function denylist(): string[] {
  const all = pairs();
  const danish = all.map((p) => p.da).join('\n');
  const out = new Set<string>();
  for (const p of all) {
    if (p.en === p.da) continue;
    for (const piece of p.en.split(/\{\w+\}/)) {
      const s = piece.trim().replace(/^[\s.,;:()]+|[\s.,;:()]+$/g, '');
      if (letters(s) > 3 && !phrase(s).test(danish)) out.add(s);
    }
  }
  return [...out];
}

/** English words that are no Danish words (English words that are Danish too, e.g. "at", "for", "give", "have", "per", "to", are left out). */
const ENGLISH_WORDS = [
  'the', 'must', 'cannot', 'should', 'which', 'than', 'with', 'without', 'this', 'that', 'these', 'there', 'from', 'when', 'where',
  'between', 'least', 'most', 'only', 'not', 'got', 'are', 'has', 'been', 'value', 'values', 'year', 'years', 'none', 'nothing',
  'below', 'above', 'because', 'does', 'exist', 'and', 'or', 'of', 'in', 'rows', 'row', 'bins',
];
const ENGLISH_WORD = new RegExp(`(?<![\\p{L}\\p{N}'-])(${ENGLISH_WORDS.join('|')})(?![\\p{L}\\p{N}'-])`, 'u');

/** Texts shown from data, not from the pane: the price lines' source citations (single-language). */
const DATA = new Set(priceList().map((l) => l.source));

/** Names that stay as the model spells them in both languages: parameter keys (successRate, also
 *  units:ID), preset names and price-line ids. They are taken out of a text before it is checked. */
const NAMES = [...new Set([...caseParamMeta, ...contractParamMeta, ...fundParamMeta].map((m) => m.key)), ...PRESETS.map((p) => p.name), ...priceList().map((l) => l.id)]
  .sort((a, b) => b.length - a.length);
const NAME = new RegExp(`(?<![\\p{L}\\p{N}-])(?:units:)?(?:${NAMES.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'gu');

interface Seen {
  where: string;
  text: string;
}

/** Every text shown on the page now: text nodes of shown elements (options of shown drop-downs, chart
 *  titles and text for screen readers included) and the title, aria-label, placeholder and label
 *  attributes of shown elements. */
async function shownTexts(page: Page): Promise<Seen[]> {
  return page.evaluate(() => {
    const out: { where: string; text: string }[] = [];
    const shown = (el: Element | null): boolean => {
      if (!el) return false;
      if (el.closest('[hidden]')) return false;
      // An option or optgroup shows when its drop-down does; an SVG's title when its SVG does.
      const select = el.closest('select');
      if (select && select !== el) return shown(select);
      const svg = el.closest('svg');
      if (svg && svg !== el) return shown(svg);
      // Text for screen readers (.sr-only) is clipped to a pixel but read out: it counts as shown.
      return (el as HTMLElement).checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) || !!el.closest('.sr-only');
    };
    const where = (el: Element): string => {
      const withId = el.closest('[id]');
      return `${el.tagName.toLowerCase()}${withId ? ` in #${withId.id}` : ''}`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || ['SCRIPT', 'STYLE', 'TEXTAREA'].includes(el.tagName)) continue;
      if (shown(el)) out.push({ where: where(el), text });
    }
    for (const el of Array.from(document.body.querySelectorAll('[title], [aria-label], [placeholder], optgroup[label]'))) {
      if (!shown(el)) continue;
      for (const a of ['title', 'aria-label', 'placeholder', 'label']) {
        const v = el.getAttribute(a);
        if (v && (a !== 'label' || el.tagName === 'OPTGROUP')) out.push({ where: `${where(el)} [${a}]`, text: v });
      }
    }
    out.push({ where: 'document.title', text: document.title });
    return out;
  });
}

/** What a text has that is English: a string of the denylist, or an English word. */
function english(text: string, deny: readonly string[]): string | undefined {
  let words = text.replace(NAME, ' ');
  for (const d of DATA) words = words.split(d).join(' ');
  const hit = deny.find((s) => phrase(s).test(words));
  if (hit) return hit;
  return words.match(ENGLISH_WORD)?.[1];
}

async function fillAndWait(page: Page, sel: string, value: string): Promise<void> {
  await page.fill(sel, value);
  await page.waitForTimeout(150);
}

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

async function runRisk(page: Page, draws: string): Promise<void> {
  await page.fill('#risk-draws', draws);
  await page.click('#risk-run');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('#panel-risk')!.dataset.running && document.querySelector('#risk-histogram'), undefined, { timeout: 60000 });
}

/**
 * Walks the Danish pane through its tabs, states and error messages, calling `look(step)` at each
 * stop. `look` sees the page as a user does at that moment.
 */
async function walk(page: Page, look: (step: string) => Promise<void>): Promise<void> {
  const tab = (id: string) => page.click(`#tab-${id}`);
  const load = async (preset: string) => {
    await tab('model');
    await page.selectOption('#start-select', preset);
    await page.click('#start-load');
  };

  // Model: holbaek-ips with every section open, then broken fields.
  await openAllDetails(page);
  await look('model');
  await fillAndWait(page, '#field-successRate', '2');
  await fillAndWait(page, '#field-participants', 'mange');
  await fillAndWait(page, '#field-costProfile-2', '0.4');
  await look('model: bad success rate, participants, cost profile');
  await fillAndWait(page, '#field-successRate', '0,4');
  await fillAndWait(page, '#field-participants', '150');
  await fillAndWait(page, '#field-costProfile-2', '0,3');
  await look('model: profile does not sum');
  await fillAndWait(page, '#field-costProfile-2', '0,4');

  // Budget lines: the lines preset, then a line and the price year broken.
  await load('preset:holbaek-ips-lines');
  await openAllDetails(page);
  await look('model: budget lines');
  await fillAndWait(page, '#line-0-units', '-5');
  await look('model: budget line with negative units');
  await fillAndWait(page, '#line-0-units', 'tre');
  await fillAndWait(page, '#lines-price-year', '1850');
  await look('model: budget line with text units, price year 1850');
  await load('preset:holbaek-ips');

  // Scenarios: two saved, a delete waiting for its second press, an empty name.
  await tab('scenarios');
  await page.fill('#scenario-name', 'Holbæk A');
  await page.click('#scenario-save');
  await page.fill('#scenario-name', 'Holbæk B');
  await page.click('#scenario-save-new');
  await look('scenarios: two saved');
  await page.click('#scenario-delete');
  await look('scenarios: delete asks again');
  await page.fill('#rename-input', ' ');
  await page.click('#scenario-rename');
  await look('scenarios: empty name');

  // Compare: everything chosen.
  await tab('compare');
  for (const box of await page.locator('#compare-picks input[type="checkbox"]').all()) await box.check();
  await look('compare');

  // Contract: the terms, then a cap below the cost (figures that do not exist), then bad terms.
  await tab('contract');
  await openAllDetails(page);
  await look('contract');
  await fillAndWait(page, '#contract-field-paymentCap', '5.000.000');
  await openAllDetails(page);
  await look('contract: cap below the cost');
  await fillAndWait(page, '#contract-field-paymentCap', 'loft');
  await look('contract: text as the cap');
  await fillAndWait(page, '#contract-field-paymentCap', '');

  // Risk: a run of the case, the tornado and grid open, then broken distributions and grid values.
  await tab('risk');
  await look('risk: before a run');
  await runRisk(page, '1000');
  await openAllDetails(page);
  await look('risk: after a run');
  await page.selectOption('#risk-dist-0-kind', 'triangular');
  await fillAndWait(page, '#risk-dist-0-arg-0', '0,6');
  await fillAndWait(page, '#risk-dist-0-arg-1', '0,4');
  await fillAndWait(page, '#risk-dist-0-arg-2', '0,2');
  await page.selectOption('#risk-dist-1-key', await page.inputValue('#risk-dist-0-key'));
  await page.fill('#risk-draws', '0');
  await page.click('#risk-run');
  await fillAndWait(page, '#grid-values-x', '0,3; 2');
  await fillAndWait(page, '#grid-values-y', '');
  await look('risk: bad distributions, draws and grid values');
  await page.click('#risk-reset');
  await page.click('#grid-reset');
  await page.selectOption('#risk-kind', 'contract');
  await runRisk(page, '1000');
  await openAllDetails(page);
  await look('risk: the contract');
  await page.selectOption('#risk-kind', 'case');

  // Excel and Export (a browser: the Excel actions say why they are off; the export downloads).
  await tab('excel');
  await look('excel');
  await tab('export');
  await page.click('#export-download');
  await page.waitForFunction(() => (document.querySelector('#export-status')?.textContent ?? '') !== '', undefined, { timeout: 30000 });
  await look('export');

  // The fund: its board on the Model tab, a broken field, its Monte Carlo on the Risk tab.
  await load('preset:dsi-fund-25m');
  await openAllDetails(page);
  await look('model: fund board');
  await fillAndWait(page, '#field-reinvestShare', '1,5');
  await look('model: fund with a bad reinvest share');
  await fillAndWait(page, '#field-reinvestShare', '');
  await tab('risk');
  await runRisk(page, '500');
  await openAllDetails(page);
  await look('risk: the fund');
  await tab('compare');
  await look('compare: fund and cases');
}

test('Danish pane at 350 px: no English string or word shows on any tab, in any section or message', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.setViewportSize({ width: 350, height: 800 });
  expect(await page.getAttribute('html', 'lang')).toBe('da');
  const deny = denylist();
  expect(deny.length).toBeGreaterThan(200);
  const found = new Map<string, string>();
  const seen: (Seen & { step: string })[] = [];
  const steps: string[] = [];
  await walk(page, async (step) => {
    steps.push(step);
    for (const s of await shownTexts(page)) {
      seen.push({ step, ...s });
      const hit = english(s.text, deny);
      const k = `${s.where}: "${s.text}"`;
      if (hit && !found.has(k)) found.set(k, `[${step}] "${hit}"`);
    }
  });
  if (process.env.DSI_TEXTS_OUT) fs.writeFileSync(process.env.DSI_TEXTS_OUT, JSON.stringify(seen, null, 1));
  expect(steps.length).toBeGreaterThanOrEqual(20);
  // The walk saw the messages it provoked (else it checked nothing there).
  expect(seen.some((s) => s.where.includes('#field-successRate-error'))).toBe(true);
  expect(seen.some((s) => s.where.includes('#risk-dist-0-error'))).toBe(true);
  expect(seen.some((s) => s.where.includes('#chart-flows'))).toBe(true);
  expect(Object.fromEntries(found)).toEqual({});
  await page.context().close();
});

test('Danish pane: 0,4 in a box of a row (costProfile) is read, 0.4 gets the Danish notation\'s hint', async () => {
  const { page } = await openPane(h, { locale: 'da-DK' });
  await page.fill('#field-costProfile-2', '0.4');
  await page.waitForSelector('#field-costProfile-error:not([hidden])');
  expect((await page.textContent('#field-costProfile-error'))?.trim()).toBe("costProfile værdi 2 skal være et tal, ikke tekst (fik '0.4'); i dansk notation er decimaltegnet komma: skriv 0,4");
  await page.fill('#field-costProfile-2', '0,4');
  await page.waitForSelector('#field-costProfile-error[hidden]', { state: 'attached' });
  expect(await page.getAttribute('#field-costProfile-2', 'aria-invalid')).toBeNull();
  expect(await page.isHidden('#stale-notice')).toBe(true);
  await page.context().close();
});
