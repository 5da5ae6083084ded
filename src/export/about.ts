/**
 * The About sheet: what the workbook computes in plain words and formulas, the preset's caveat, the
 * sources of the inputs, the add-in version and export date, and how to change inputs and
 * recalculate. Everything a reader needs is in the workbook itself.
 */
import { findPreset } from '../model';
import pkg from '../../package.json';
import { SheetBuilder } from './plan';
import type { Lang, PlanSheet, SheetNames } from './plan';
import { TITLE, COMPUTES, HOW_TO } from './aboutText';
import type { AboutKind } from './aboutText';

export const ADDIN_VERSION: string = pkg.version;

/** What the About sheet says about the scenario. */
export interface AboutInfo {
  kind: AboutKind;
  lang: Lang;
  sheetNames: SheetNames;
  /** The scenario's name, as the user saved it. */
  scenarioName?: string;
  /** The preset the values start from. */
  preset?: string;
  /** Where a fund's repayment shares come from (the reference contract). */
  contractSource?: string;
  /** The date of export, YYYY-MM-DD. */
  date: string;
}

/** One column as wide as an A4 portrait page holds at full size. */
const WIDTH = 80;

function para(b: SheetBuilder, text: string): void {
  b.row([{ value: text }]);
}

export function aboutSheet(info: AboutInfo): PlanSheet {
  const { lang, sheetNames: s } = info;
  const da = lang === 'da';
  const b = new SheetBuilder(s.about, [WIDTH]);
  b.row([{ value: TITLE[info.kind][lang], bold: true }]);
  const preset = info.preset !== undefined ? findPreset(info.preset) : undefined;
  if (info.scenarioName) para(b, `${da ? 'Scenarie' : 'Scenario'}: ${info.scenarioName}`);
  if (preset) para(b, da ? `Tager udgangspunkt i forudindstillingen ${preset.name}: ${preset.description.da}` : `Starts from the preset ${preset.name}: ${preset.description.en}`);
  if (info.contractSource) para(b, da ? `Tilbagebetalinger fra referencekontrakten: ${info.contractSource}` : `Repayments from the reference contract: ${info.contractSource}`);
  para(b, da ? `Eksporteret ${info.date} af DSI-tilføjelsesprogrammet til Excel, version ${ADDIN_VERSION}.` : `Exported on ${info.date} by the DSI Excel add-in, version ${ADDIN_VERSION}.`);
  b.blank();
  b.row([{ value: da ? 'Hvad projektmappen beregner' : 'What this workbook computes', bold: true }]);
  for (const t of COMPUTES[info.kind]) para(b, t[lang]);
  b.blank();
  b.row([{ value: da ? 'Værdiernes kilder' : 'Where the values come from', bold: true }]);
  para(b, da
    ? `Kolonnen Kilde på arket ${s.inputs} siger for hver værdi, om den kommer fra rapporten (via forudindstillingen), er kalibreret, er modellens standardværdi eller er sat i dette scenarie.`
    : `The Source column of the ${s.inputs} sheet says for each value whether it comes from the report (through the preset), is calibrated, is the model's default, or was set in this scenario.`);
  if (preset?.caveat) para(b, `${da ? 'Bemærk' : 'Note'}: ${preset.caveat[lang]}`);
  b.blank();
  b.row([{ value: da ? 'Arkene' : 'The sheets', bold: true }]);
  para(b, da ? `${s.inputs}: parametrene med regel, enhed og kilde, og kontrollen af reglerne.` : `${s.inputs}: the parameters with their rule, unit and source, and the checks of the rules.`);
  para(b, da ? `${s.model}: beregningen med almindelige formler, én række pr. begreb og én kolonne pr. år, og et diagram.` : `${s.model}: the computation in plain formulas, one row per concept and one column per year, and a chart.`);
  para(b, da
    ? `${s.results}: hvert resultat med sin maskinsti i kolonne A (som i kommandolinjens JSON), værdien i kolonne B og en beskrivelse i kolonne C.`
    : `${s.results}: every result with its machine path in column A (as in the command line's JSON), the value in column B and a label in column C.`);
  b.blank();
  b.row([{ value: da ? 'Sådan ændres værdier og regnes igen' : 'How to change inputs and recalculate', bold: true }]);
  for (const t of HOW_TO) para(b, t[lang]);
  // Long paragraphs wrap, with their rows as tall as their lines, so no program shows them cut.
  b.fitColumn(0, WIDTH, WIDTH);
  b.sheet.print = { orientation: 'portrait', fitToHeight: 1 };
  return b.sheet;
}
