/**
 * A WorkbookPlan as an .xlsx file: exceljs writes the sheets, formulas, formats and defined names;
 * exceljs cannot write charts, so the chart (a DrawingML line chart) is added to the zip afterwards
 * with JSZip, which exceljs itself uses. Browser-safe: returns bytes, touches no file system.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { WorkbookPlan, ChartSpec, PlanCell, PlanSheet } from './plan';

export interface XlsxOptions {
  /** Leave the chart out (the plain exceljs output). */
  chart?: boolean;
}

export function planToWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DSI add-in';
  // No cached results are written: every formula is computed by the program that opens the file.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const s of plan.sheets) writeSheet(wb.addWorksheet(s.name), s, plan);
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

function writeCell(x: ExcelJS.Cell, cell: PlanCell): void {
  if (cell.formula !== undefined) x.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
  else if (cell.value !== undefined) x.value = cell.value;
  if (cell.numFmt) x.numFmt = cell.numFmt;
  if (cell.bold) x.font = { name: 'Calibri', family: 2, size: 11, bold: true };
  if (cell.wrap || cell.align || cell.top) {
    x.alignment = { ...(cell.wrap ? { wrapText: true } : {}), ...(cell.wrap || cell.top ? { vertical: 'top' as const } : {}), ...(cell.align ? { horizontal: cell.align, indent: cell.align === 'left' ? 1 : 0 } : {}) };
  }
  const v = cell.validation;
  if (v) {
    x.dataValidation = {
      type: v.type,
      operator: v.operator,
      formulae: v.formulae,
      allowBlank: v.allowBlank,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.errorTitle,
      error: v.error,
    };
  }
}

function writeSheet(ws: ExcelJS.Worksheet, s: PlanSheet, plan: WorkbookPlan): void {
  s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // In a row made taller for a wrapped label, every cell sits at the top, beside the label's first line.
  const tall = new Set(Object.keys(s.heights ?? {}).map(Number));
  s.rows.forEach((row, r) => row.forEach((cell, c) => cell && writeCell(ws.getCell(r + 1, c + 1), tall.has(r) ? { top: true, ...cell } : cell)));
  for (const [r, h] of Object.entries(s.heights ?? {})) ws.getRow(Number(r) + 1).height = h;
  const names = plan.sheetNames;
  ws.views = [{ state: 'frozen', xSplit: s.name === names.model ? 1 : 0, ySplit: s.name === names.results || s.name === names.inputs ? 1 : 0 }];
  const p = s.print;
  if (!p) return;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: p.fitToHeight,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(p.repeatRows ? { printTitlesRow: p.repeatRows } : {}),
    ...(p.repeatCols ? { printTitlesColumn: p.repeatCols } : {}),
  };
  ws.headerFooter = { oddFooter: `&L${s.name}&R&P / &N` };
  // A page break above a row: exceljs marks the row before it.
  for (const r of p.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
}

export async function planToXlsx(plan: WorkbookPlan, options: XlsxOptions = {}): Promise<Uint8Array> {
  const buf = await planToWorkbook(plan).xlsx.writeBuffer();
  const bytes = new Uint8Array(buf as ArrayBuffer);
  if (!plan.chart || options.chart === false) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  await addChart(zip, plan.chart);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`xlsx part ${path} is missing`);
  return f.async('string');
}

/** The worksheet part (e.g. xl/worksheets/sheet2.xml) of a sheet, found through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const wbXml = await text(zip, 'xl/workbook.xml');
  const m = new RegExp(`<sheet [^>]*name="${esc(sheetName)}"[^>]*r:id="([^"]+)"`).exec(wbXml);
  if (!m) throw new Error(`sheet ${sheetName} not found in the workbook`);
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const t = new RegExp(`<Relationship [^>]*Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  if (!t) throw new Error(`relationship ${m[1]} not found`);
  const target = t[1].replace(/^\/?xl\//, '');
  return `xl/${target}`;
}

function chartXml(c: ChartSpec): string {
  const title = (s: string) =>
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(s)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const series = c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` +
        `<c:cat><c:numRef><c:f>${esc(c.categories)}</c:f></c:numRef></c:cat>` +
        `<c:val><c:numRef><c:f>${esc(s.values)}</c:f></c:numRef></c:val><c:smooth val="0"/></c:ser>`,
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    title(c.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="500001"/><c:axId val="500002"/></c:lineChart>` +
    '<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>' +
    '<c:numFmt formatCode="0" sourceLinked="0"/><c:tickLblPos val="low"/><c:crossAx val="500002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="500002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>' +
    title(c.yAxisTitle) +
    '<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

function drawingXml(c: ChartSpec): string {
  const { row, col, cols, rows } = c.anchor;
  const at = (r: number, k: number) => `<xdr:col>${k}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<xdr:twoCellAnchor><xdr:from>${at(row, col)}</xdr:from><xdr:to>${at(row + rows, col + cols)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${esc(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

async function addChart(zip: JSZip, c: ChartSpec): Promise<void> {
  if (zip.file('xl/charts/chart1.xml') || zip.file('xl/drawings/drawing1.xml')) {
    throw new Error('the workbook already has a drawing; the chart writer expects none');
  }
  const sheetPath = await sheetPart(zip, c.sheet);
  zip.file('xl/charts/chart1.xml', chartXml(c));
  zip.file('xl/drawings/drawing1.xml', drawingXml(c));
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart1.xml"/></Relationships>`,
  );

  const slash = sheetPath.lastIndexOf('/');
  const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
  const relId = 'rIdDsiChart';
  const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing1.xml"/>`;
  const existing = zip.file(relsPath);
  if (existing) {
    const xml = await existing.async('string');
    zip.file(relsPath, xml.replace('</Relationships>', `${rel}</Relationships>`));
  } else {
    zip.file(relsPath, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rel}</Relationships>`);
  }

  // <drawing> comes after the page setup elements and before legacyDrawing / tableParts / extLst.
  let sheet = await text(zip, sheetPath);
  const tag = `<drawing r:id="${relId}"/>`;
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]/.exec(sheet);
  const at = before ? before.index : sheet.lastIndexOf('</worksheet>');
  sheet = sheet.slice(0, at) + tag + sheet.slice(at);
  if (!/xmlns:r=/.test(sheet.slice(0, sheet.indexOf('>', sheet.indexOf('<worksheet'))))) {
    sheet = sheet.replace('<worksheet', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  zip.file(sheetPath, sheet);

  let types = await text(zip, '[Content_Types].xml');
  types = types.replace(
    '</Types>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
  );
  zip.file('[Content_Types].xml', types);
}
