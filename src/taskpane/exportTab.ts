/**
 * Export tab: "Export as plain workbook" (in Excel a new workbook when the host can open one, else
 * and in a browser a download), in Excel also
 * "Insert model sheets into this workbook", and "Freeze DSI formulas as values" for the selection.
 * Registered by one line in taskpane.ts's TABS.
 */
import type { App } from './app';
import type { PaneTab } from './tabs';
import type { Text } from '../model';
import { h } from './dom';
// The plan modules only: the index would pull exceljs into the pane's main bundle.
import { casePlan } from '../export/case';
import { fundPlan } from '../export/fund';
import { lastValidName } from './scenarioName';
import type { WorkbookPlan } from '../export/plan';
import { insertPlan, freezeSelection, deliverWorkbook, excelCreateWorkbook } from './exportOffice';

const T = {
  title: { en: 'Plain workbook', da: 'Almindelig projektmappe' },
  intro: {
    en: 'A workbook that computes this scenario with Excel\'s own formulas (About, Inputs, Model, Results and a chart), so colleagues without the add-in and auditors can follow every step.',
    da: 'En projektmappe, der beregner scenariet med Excels egne formler (Om, Input, Model, Resultater og et diagram), så kolleger uden tilføjelsesprogrammet og revisorer kan følge hvert trin.',
  },
  download: { en: 'Export as plain workbook', da: 'Eksportér som almindelig projektmappe' },
  downloadHelp: {
    en: 'For the last valid inputs. In Excel it opens as a new workbook (Excel 2019, Microsoft 365, Excel on the web); in a browser it downloads as an .xlsx file.',
    da: 'For de seneste gyldige værdier. I Excel åbner den som en ny projektmappe (Excel 2019, Microsoft 365, Excel på nettet); i en browser hentes den som en .xlsx-fil.',
  },
  insert: { en: 'Insert model sheets into this workbook', da: 'Indsæt modelark i denne projektmappe' },
  insertHelp: {
    en: 'Adds the sheets About, Inputs, Model and Results with their defined names (refused if the workbook already has any of them).',
    da: 'Tilføjer arkene Om, Input, Model og Resultater med deres navne (afvises, hvis projektmappen allerede har nogen af dem).',
  },
  whatIf: {
    en: 'Excel\'s Data Table, Goal Seek and Scenario Manager do not work on DSI.* cells, but they do on these sheets\' plain formulas. Goal Seek: Set cell presentValueKommune, To value 0, By changing cell successRate. Build a Data Table on the inputs sheet (its input cell must be on the same sheet). In cells, DSI.GOALSEEK, a spilled sweep and DSI.GRID do the same.',
    da: 'Excels Datatabel, Målsøgning og Scenariestyring virker ikke på DSI.*-celler, men på disse arks almindelige formler. Målsøgning: Angiv celle presentValueKommune, Til værdi 0, Ved ændring af celle successRate. Byg en datatabel på arket med input (dens inputcelle skal stå på samme ark). I celler gør DSI.GOALSEEK, et udfoldet gennemløb og DSI.GRID det samme.',
  },
  freeze: { en: 'Freeze DSI formulas as values', da: 'Frys DSI-formler til værdier' },
  freezeHelp: {
    en: 'Replaces the DSI.* formulas in the selected range by their values, so the workbook can be shared with people without the add-in; a new sheet notes each formula and its inputs.',
    da: 'Erstatter DSI.*-formlerne i det markerede område med deres værdier, så projektmappen kan deles med folk uden tilføjelsesprogrammet; et nyt ark noterer hver formel og dens input.',
  },
  excelOnly: { en: 'Needs Excel (open the add-in in Excel).', da: 'Kræver Excel (åbn tilføjelsesprogrammet i Excel).' },
  noValid: { en: 'There are no valid inputs yet.', da: 'Der er endnu ingen gyldige værdier.' },
  downloaded: { en: 'Downloaded {file}.', da: 'Hentede {file}.' },
  opened: {
    en: 'Opened the plain workbook of "{name}" as a new, unsaved workbook in Excel: save it from there.',
    da: 'Åbnede den almindelige projektmappe for "{name}" som en ny, ikke gemt projektmappe i Excel: gem den derfra.',
  },
  noApi: {
    en: 'This Excel cannot open a new workbook from an add-in (it needs ExcelApi 1.8), so {file} was offered as a download. If no file appears (Excel for Mac ignores downloads from add-ins), export from Excel on the web or from the workbench in a browser.',
    da: 'Denne Excel kan ikke åbne en ny projektmappe fra et tilføjelsesprogram (det kræver ExcelApi 1.8), så {file} blev tilbudt som download. Kommer der ingen fil (Excel til Mac ignorerer downloads fra tilføjelsesprogrammer), så eksportér fra Excel på nettet eller fra værktøjet i en browser.',
  },
  openFailed: {
    en: 'Excel could not open it as a new workbook ({message}), so {file} was offered as a download instead.',
    da: 'Excel kunne ikke åbne den som en ny projektmappe ({message}), så {file} blev tilbudt som download i stedet.',
  },
  inserted: { en: 'Inserted the sheets {sheets}.', da: 'Indsatte arkene {sheets}.' },
  frozen: { en: 'Froze {count} formulas; the note is on sheet {sheet}.', da: 'Frøs {count} formler; noten står på arket {sheet}.' },
  nothing: { en: 'The selection holds no DSI formulas.', da: 'Markeringen indeholder ingen DSI-formler.' },
  failed: { en: 'Could not finish: {message}', da: 'Kunne ikke gennemføres: {message}' },
} satisfies Record<string, Text>;

function say(app: App, t: Text, vars: Record<string, string | number> = {}): string {
  let s = t[app.lang];
  for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** The file name: the scenario's name made safe, e.g. "Holbæk IPS.xlsx". */
export function exportFileName(scenarioName: string): string {
  const base = scenarioName.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'DSI scenario';
  return `${base}.xlsx`;
}

function download(bytes: Uint8Array, file: string): void {
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = h('a', { href: url, download: file });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const exportTab: PaneTab = {
  id: 'export',
  label: { en: 'Export', da: 'Eksport' },
  render(panel: HTMLElement, app: App) {
    const excel = app.host.excel;
    const status = h('p', { class: 'status', id: 'export-status', role: 'status' });
    const plan = (): { plan: WorkbookPlan; name: string } => {
      const v = app.lastValid;
      if (!v) throw new Error(say(app, T.noValid));
      const o = v.outcome;
      // The workbook speaks the pane's language and carries the scenario's name and preset.
      const name = lastValidName(app) ?? v.scenario.name;
      const options = { lang: app.lang, scenarioName: name, preset: v.scenario.preset };
      return { plan: o.kind === 'case' ? casePlan(o.params, options) : fundPlan(o.params, options), name };
    };
    const action = (id: string, label: Text, help: Text, enabled: boolean, fn: () => Promise<string>) => {
      const helpId = `${id}-help`;
      const btn = h('button', {
        type: 'button', id, 'aria-describedby': helpId, disabled: !enabled,
        onclick: async () => {
          btn.disabled = true;
          try {
            status.textContent = await fn();
          } catch (e) {
            status.textContent = say(app, T.failed, { message: (e as Error).message });
          } finally {
            btn.disabled = false;
          }
          app.announce(status.textContent ?? '');
        },
      }, label[app.lang]);
      return h('div', { class: 'action' }, btn, h('p', { class: 'help', id: helpId }, help[app.lang], enabled ? '' : ` ${say(app, T.excelOnly)}`));
    };
    panel.append(
      h('h2', {}, say(app, T.title)),
      h('p', {}, say(app, T.intro)),
      action('export-download', T.download, T.downloadHelp, true, async () => {
        const { plan: p, name } = plan();
        // exceljs is large: loaded only when someone exports.
        const { planToXlsx } = await import('../export/xlsx');
        const bytes = await planToXlsx(p);
        const file = exportFileName(name);
        const r = await deliverWorkbook(new Uint8Array(bytes), file, { createWorkbook: excel ? excelCreateWorkbook() : undefined, download }, !!excel);
        if (r.how === 'opened') return say(app, T.opened, { name });
        if (r.reason === 'failed') return say(app, T.openFailed, { file, message: r.message ?? '' });
        return say(app, r.reason === 'no-api' ? T.noApi : T.downloaded, { file });
      }),
      action('export-insert', T.insert, T.insertHelp, !!excel, async () => {
        const sheets = await insertPlan(excel!, plan().plan, app.lang);
        return say(app, T.inserted, { sheets: sheets.join(', ') });
      }),
      h('p', { class: 'help', id: 'export-what-if' }, say(app, T.whatIf)),
      action('export-freeze', T.freeze, T.freezeHelp, !!excel, async () => {
        const r = await freezeSelection(excel!, app.lang);
        return r.count === 0 ? say(app, T.nothing) : say(app, T.frozen, { count: r.count, sheet: r.noteSheet ?? '' });
      }),
      status,
    );
  },
};
