/** Model tab: start from a preset or blank, the summary kept in view, the assumptions, the results. */
import type { PaneTab } from '../tabs';
import { renderStart, renderEditor } from '../editor';
import { renderResults } from '../results';
import { renderSummary } from '../summary';

export const modelTab: PaneTab = {
  id: 'model',
  label: { en: 'Model', da: 'Model' },
  render(panel, app) {
    renderStart(panel, app);
    renderSummary(panel, app);
    renderEditor(panel, app);
    renderResults(panel, app);
  },
};
