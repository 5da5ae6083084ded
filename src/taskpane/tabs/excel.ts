/** Excel tab: the sheet actions. Without Excel they are disabled and say why. */
import type { App } from '../app';
import type { PaneTab } from '../tabs';
import { h } from '../dom';
import { liveModelPlan, valuesPlan, writePlan } from '../sheet';

export const excelTab: PaneTab = {
  id: 'excel',
  label: { en: 'Excel', da: 'Excel' },
  render(panel: HTMLElement, app: App) {
    const excel = app.host.excel;
    const status = h('p', { class: 'status', id: 'excel-status', role: 'status' });
    const why = h('p', { class: 'note', id: 'excel-only' }, excel ? app.t('usesLastValid') : app.t('excelOnly'));
    const action = (id: string, label: string, help: string, fn: () => Promise<string>) => {
      const helpId = `${id}-help`;
      const btn = h('button', { type: 'button', id, 'aria-describedby': `${helpId} excel-only`, disabled: !excel, onclick: async () => {
        btn.disabled = true;
        try {
          const sheet = await fn();
          status.textContent = app.t('inserted', { sheet });
        } catch (e) {
          status.textContent = app.t('excelFailed', { message: (e as Error).message });
        } finally {
          btn.disabled = false;
        }
      } }, label);
      return h('div', { class: 'action' }, btn, h('p', { class: 'help', id: helpId }, help));
    };
    const lv = () => {
      if (!app.lastValid) throw new Error(app.t('staleNotice'));
      return app.lastValid;
    };
    panel.append(
      h('h2', {}, app.t('excelTitle')),
      why,
      action('insert-live', app.t('insertLive'), app.t('insertLiveHelp'), async () => {
        const v = lv();
        return writePlan(excel!, liveModelPlan(v.outcome.kind, v.outcome.params as unknown as Record<string, unknown>, app.lang, app.current.name));
      }),
      action('insert-values', app.t('insertValues'), app.t('insertValuesHelp'), async () => {
        const v = lv();
        return writePlan(excel!, valuesPlan(v.outcome, app.lang, app.current.name));
      }),
      action('insert-chart', app.t('insertChart'), app.t('insertChartHelp'), async () => {
        const v = lv();
        return writePlan(excel!, valuesPlan(v.outcome, app.lang, app.current.name), true);
      }),
      status,
    );
  },
};
