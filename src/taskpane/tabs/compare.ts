/** Compare tab: two or more scenarios side by side, each run through the model afresh. */
import { ACTORS_AND_TOTAL } from '../../model';
import type { App } from '../app';
import { currentName } from '../scenarioName';
import type { PaneTab } from '../tabs';
import { h, clear } from '../dom';
import { num, mio, pct } from '../format';
import { evaluateScenario } from '../evaluate';
import type { Scenario } from '../storage';
import { actorLabel } from '../results';
import { unitGainCompareRows } from '../budgetLinesEditor';

type Row = { label: string; get: (o: ReturnType<typeof evaluateScenario>) => string };

export const compareTab: PaneTab = {
  id: 'compare',
  label: { en: 'Compare', da: 'Sammenlign' },
  render(panel: HTMLElement, app: App) {
    const picks = h('fieldset', { id: 'compare-picks' });
    const out = h('div', { id: 'compare-out' });
    const chosen = new Set<string>(['current']);
    const L = () => app.lang;
    const rows = (): Row[] => {
      const na = app.t('notApplicable');
      const r: Row[] = [
        { label: app.t('netSuccesses'), get: (o) => (o.ok && o.kind === 'case' ? num(L(), o.result.netSuccesses, 2) : na) },
      ];
      for (const a of ACTORS_AND_TOTAL) {
        r.push({ label: `${app.t('breakEven')}: ${actorLabel(app, a)}`, get: (o) => {
          if (!(o.ok && o.kind === 'case')) return na;
          const y = o.result.actors[a].breakEvenYear;
          return y === null ? app.t('notWithin', { H: o.result.years.length }) : String(y);
        } });
      }
      for (const a of ACTORS_AND_TOTAL) {
        r.push({ label: `${app.t('netValueShort')} (${app.t('dkkm')}): ${actorLabel(app, a)}`, get: (o) => (o.ok && o.kind === 'case' ? mio(L(), o.result.actors[a].presentValue) : na) });
      }
      r.push(...unitGainCompareRows(app));
      r.push({ label: `${app.t('bcr')}: ${actorLabel(app, 'total')}`, get: (o) => {
        if (!(o.ok && o.kind === 'case')) return na;
        const b = o.result.actors.total.benefitCostRatio;
        return b === null ? app.t('noCost') : num(L(), b, 2);
      } });
      r.push({ label: `${app.t('totalInvested')} (${app.t('dkkm')})`, get: (o) => (o.ok && o.kind === 'fund' ? mio(L(), o.result.totalInvested) : na) });
      r.push({ label: app.t('cumulativePeople'), get: (o) => (o.ok && o.kind === 'fund' ? num(L(), o.result.cumulativePeople[o.result.cumulativePeople.length - 1], 1) : na) });
      r.push({ label: app.t('employed'), get: (o) => (o.ok && o.kind === 'fund' ? num(L(), o.result.employed, 1) : na) });
      r.push({ label: app.t('partnerships'), get: (o) => (o.ok && o.kind === 'fund' ? num(L(), o.result.partnerships, 1) : na) });
      r.push({ label: app.t('vintageIrr'), get: (o) => (o.ok && o.kind === 'fund' ? (o.result.vintageIrr === null ? app.t('none') : pct(L(), o.result.vintageIrr)) : na) });
      return r;
    };
    const candidates = (): { key: string; name: string; s: Scenario }[] => [
      { key: 'current', name: `${app.t('current')}: ${currentName(app)}`, s: app.current },
      ...app.store.all().map((s) => ({ key: s.id, name: s.name, s })),
    ];
    const drawTable = () => {
      clear(out);
      const cols = candidates().filter((c) => chosen.has(c.key));
      if (cols.length < 2) {
        out.append(h('p', { class: 'note' }, app.t('compareNeedTwo')));
        return;
      }
      const outcomes = cols.map((c) => evaluateScenario(c.s, app.lang));
      const kinds = new Set(outcomes.map((o) => (o.ok ? o.kind : 'none')));
      const table = h('table', { id: 'compare-table', class: 'compare' },
        h('caption', {}, app.t('compareTitle')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, app.t('result')), ...cols.map((c) => h('th', { scope: 'col' }, c.name)))),
        h('tbody', {}, ...rows()
          .filter((r) => outcomes.some((o) => r.get(o) !== app.t('notApplicable')) || kinds.size === 0)
          .map((r) => h('tr', {}, h('th', { scope: 'row' }, r.label), ...outcomes.map((o) => h('td', {}, o.ok ? r.get(o) : app.t('generalError')))))));
      out.append(h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': app.t('compareTitle') }, table));
    };
    const drawPicks = () => {
      clear(picks);
      picks.append(h('legend', {}, app.t('compareHint')));
      const live = new Set(candidates().map((c) => c.key));
      for (const k of [...chosen]) if (!live.has(k)) chosen.delete(k);
      candidates().forEach((c, i) => {
        const id = `compare-pick-${i}`;
        const box = h('input', { type: 'checkbox', id, value: c.key, onchange: () => {
          if (box.checked) chosen.add(c.key);
          else chosen.delete(c.key);
          drawTable();
        } });
        box.checked = chosen.has(c.key);
        picks.append(h('div', {}, box, h('label', { for: id }, c.name)));
      });
      drawTable();
    };
    panel.append(h('h2', {}, app.t('compareTitle')), picks, out);
    drawPicks();
    app.on('store', drawPicks);
    app.on('scenario', drawPicks);
    app.on('result', drawTable);
  },
};
