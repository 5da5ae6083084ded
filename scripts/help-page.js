#!/usr/bin/env node
/*
 * Builds help.html, the static help page the functions' @helpurl anchors point at (one anchor per
 * function id), from functions.json, functions-da.json, the worked examples and the model's own
 * parameter metadata and presets. Nothing on the page loads from the network: one local stylesheet,
 * no scripts, and a Content-Security-Policy that forbids everything else.
 */
const path = require('path');

const root = path.resolve(__dirname, '..');

function loadModel() {
  require('./ts-require');
  return require(path.join(root, 'src/model/index.ts'));
}

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const fmt = (v) => (v === undefined ? 'required' : Array.isArray(v) ? v.join(', ') : String(v));

const CSS = `body{font-family:Segoe UI,Helvetica,Arial,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}code{background:#f4f4f4;padding:0 .2rem}.da{color:#444}.caveat{border-left:4px solid #b35c00;padding:.25rem .75rem;background:#fff6ec}
section{border-top:1px solid #ddd;margin-top:1.5rem}`;

function paramTable(lang, metas, ruleText) {
  const rows = metas.map((m) => `<tr><td><code>${esc(m.key)}</code></td><td>${esc(m.label.en)}<br><span class="da" lang="da">${esc(m.label.da)}</span></td><td>${esc(m.unit.en)}</td><td>${esc(ruleText(m, 'en'))}${m.note ? `; ${esc(m.note.en)}` : ''}</td><td>${esc(fmt(m.default))}</td><td>${esc(m.description.en)}<br><span class="da" lang="da">${esc(m.description.da)}</span></td></tr>`);
  return `<table><thead><tr><th>key</th><th>label</th><th>unit</th><th>rule</th><th>default</th><th>meaning</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function buildHelpPage(metadata, daMetadata, examples, model) {
  const da = new Map(daMetadata.functions.map((f) => [f.id, f]));
  const ex = new Map(examples.map((e) => [e.id, e]));
  const fns = metadata.functions.map((f) => {
    const d = da.get(f.id);
    const dp = new Map((d ? d.parameters : []).map((p) => [p.name, p.description]));
    const params = f.parameters.length
      ? `<table><thead><tr><th>argument</th><th>meaning</th><th lang="da">betydning</th></tr></thead><tbody>${f.parameters
          .map((p) => `<tr><td><code>${esc(p.name)}</code>${p.optional ? ' (optional)' : ''}${p.repeating ? ' (repeating)' : ''}</td><td>${esc(p.description || '')}</td><td class="da" lang="da">${esc(dp.get(p.name) || '')}</td></tr>`)
          .join('')}</tbody></table>`
      : '<p>No arguments.</p>';
    const e = ex.get(f.id);
    const example = e ? `<p>Example: <code>${esc(e.formula)}</code> gives ${esc(e.shows)}.</p>` : '';
    return `<section id="${esc(f.id)}"><h2>DSI.${esc(f.name)} <span class="da" lang="da">(dansk: DSI.${esc(d ? d.name : f.name)})</span></h2>
<p>${esc(f.description)}</p><p class="da" lang="da">${esc(d ? d.description : '')}</p>${params}${example}</section>`;
  });
  const presets = model.PRESETS.map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.kind)}</td><td>${esc(p.description.en)}<br><span class="da" lang="da">${esc(p.description.da)}</span></td><td>${p.caveat ? esc(p.caveat.en) : ''}</td></tr>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>DSI functions: help</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
<h1>DSI functions in Excel</h1>
<p>Every model function takes, as its first argument, a preset name (<code>"holbaek-ips"</code>, <code>"dsi-fund-25m"</code>) or a parameter range: rows <code>key | value | value ...</code> as <code>=DSI.PARAMS("holbaek-ips")</code> spills them. After it come optional override pairs <code>key, value, ...</code>; a row or column range as an override value returns one result per value (a scenario sweep). Bad input gives <code>#VALUE!</code> with a message naming the parameter, the value and the rule; a result that does not exist (no break-even within the horizon, no ratio without costs) gives <code>#N/A</code> with a message.</p>
<p class="da" lang="da">I dansksproget Excel hedder funktionerne som angivet i parentes; argumenterne og parameternøglerne er de samme.</p>
<p class="caveat">${esc(model.CALIBRATION_CAVEAT.en)}<br><span lang="da">${esc(model.CALIBRATION_CAVEAT.da)}</span></p>
<section id="what-if"><h2>Excel's What-If tools</h2>
<p>Excel's Data Table and Goal Seek do not evaluate custom functions: on <code>DSI.*</code> cells a Data Table gives <code>#CALC!</code> and Goal Seek returns nonsense. What works instead: <code>DSI.GOALSEEK(params, output, target, key, ...)</code> (e.g. <code>=DSI.GOALSEEK("holbaek-ips", "actors.kommune.presentValue", 0, "successRate")</code> gives 0.350003), a spilled sweep (a column of values as an override value), and <code>DSI.GRID</code> for two-way tables. The task pane's Export tab writes the model as plain Excel formulas with a defined name for every input and result; on those, Data Table, Goal Seek and Scenario Manager work as on any formula (Goal Seek: set cell <code>presentValueKommune</code> to 0 by changing cell <code>successRate</code>; build a Data Table on the inputs sheet, where its input cell is).</p>
<p class="da" lang="da">Excels Datatabel og Målsøgning beregner ikke brugerdefinerede funktioner: på <code>DSI.*</code>-celler giver en datatabel en fejl, og Målsøgning giver meningsløse tal. Brug i stedet <code>DSI.GOALSEEK</code>, et udfoldet gennemløb eller <code>DSI.GITTER</code>, eller indsæt modellen som almindelige formler fra opgaverudens fane Eksport; på dem virker Datatabel, Målsøgning og Scenariestyring.</p>
</section>
<h2>Functions</h2>
<ul>${metadata.functions.map((f) => `<li><a href="#${esc(f.id)}">DSI.${esc(f.name)}</a></li>`).join('')}</ul>
${fns.join('\n')}
<section id="presets"><h2>Presets</h2><table><thead><tr><th>name</th><th>model</th><th>description</th><th>note</th></tr></thead><tbody>${presets.join('')}</tbody></table></section>
<section id="case-parameters"><h2>Case model parameters</h2>${paramTable('en', model.caseParamMeta, model.ruleText)}</section>
<section id="fund-parameters"><h2>Fund model parameters</h2>${paramTable('en', model.fundParamMeta, model.ruleText)}</section>
</main>
</body>
</html>
`;
}

module.exports = { buildHelpPage, loadModel, CSS };
