/** Model tab: start from a preset or blank, edit the assumptions, see the results. */
import type { PaneTab } from '../tabs';
import { renderStart, renderEditor } from '../editor';
import { renderResults } from '../results';

export const modelTab: PaneTab = {
  id: 'model',
  label: { en: 'Model', da: 'Model' },
  render(panel, app) {
    renderStart(panel, app);
    renderResults(panel, app);
    renderEditor(panel, app);
  },
};
