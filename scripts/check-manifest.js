#!/usr/bin/env node
/*
 * Offline manifest check (office-addin-manifest validate needs an online service): the XML is
 * well-formed, every resid resolves to a resource of the right kind, every URL is https on one
 * origin and inside the folder of the task pane page (the base the build was made for), files the
 * URLs name exist in dist/ after a build, AppDomains holds that origin, and the namespace is DSI.
 * (The schema check is separate: Microsoft's XSDs with xmllint, see .ci/run.)
 * Usage: node scripts/check-manifest.js [manifest.xml] [--dist dist]. Exit 1 with a list of problems.
 */
const fs = require('fs');
const path = require('path');
const xml2js = require('xml2js');

function walk(node, visit, trail = []) {
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit, trail));
  if (node && typeof node === 'object') {
    visit(node, trail);
    for (const [k, v] of Object.entries(node)) if (k !== '$') walk(v, visit, [...trail, k]);
  }
}

async function checkManifest(file, distDir) {
  const problems = [];
  const text = fs.readFileSync(file, 'utf8');
  let doc;
  try {
    doc = await xml2js.parseStringPromise(text, { strict: true });
  } catch (e) {
    return [`not well-formed XML: ${e.message.split('\n')[0]}`];
  }
  const resources = { image: new Map(), url: new Map(), short: new Map(), long: new Map() };
  const resIds = [];
  const urls = [];
  walk(doc, (node, trail) => {
    const attrs = node.$ || {};
    const tag = trail[trail.length - 1] || '';
    const parent = trail[trail.length - 2] || '';
    if (attrs.id !== undefined && /^bt:(Image|Url|String)$/.test(tag)) {
      const kind = tag === 'bt:Image' ? 'image' : tag === 'bt:Url' ? 'url' : parent === 'bt:ShortStrings' ? 'short' : 'long';
      if (resources[kind].has(attrs.id)) problems.push(`resource id '${attrs.id}' is defined twice`);
      resources[kind].set(attrs.id, attrs.DefaultValue);
    }
    if (attrs.resid !== undefined) resIds.push({ resid: attrs.resid, tag });
    for (const [k, v] of Object.entries(attrs)) {
      if (/^(DefaultValue|Value)$/.test(k) && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (tag === 'AppDomain' || tag === 'bt:Image') {
      /* handled via attrs / text below */
    }
  });
  walk(doc, (node, trail) => {
    if (trail[trail.length - 1] === 'AppDomains' && node.AppDomain) urls.push(...node.AppDomain);
  });

  const expect = { Image: 'image', SourceLocation: 'url', LearnMoreUrl: 'url', FunctionFile: 'url', Runtime: 'url', Title: null, Description: null, Label: null, Namespace: 'short', 'bt:Image': 'image' };
  for (const { resid, tag } of resIds) {
    const found = Object.entries(resources).filter(([, m]) => m.has(resid)).map(([k]) => k);
    if (found.length === 0) {
      problems.push(`resid '${resid}' (on <${tag}>) does not resolve to any resource`);
      continue;
    }
    const want = expect[tag];
    if (want && !found.includes(want)) problems.push(`resid '${resid}' on <${tag}> should name a ${want} resource, found ${found.join('/')}`);
    if (tag === 'Label' || tag === 'Title') {
      if (!found.includes('short')) problems.push(`resid '${resid}' on <${tag}> should be a ShortString`);
    }
    if (tag === 'Description' && !found.includes('long') && !found.includes('short')) problems.push(`resid '${resid}' on <Description> should be a string`);
  }
  const allIds = new Set(Object.values(resources).flatMap((m) => [...m.keys()]));
  const used = new Set(resIds.map((r) => r.resid));
  for (const id of allIds) if (!used.has(id)) problems.push(`resource '${id}' is defined but never used`);

  const pane = doc.OfficeApp && doc.OfficeApp.DefaultSettings && doc.OfficeApp.DefaultSettings[0].SourceLocation;
  const paneUrl = pane && pane[0].$ && pane[0].$.DefaultValue;
  let basePath = '/';
  try {
    basePath = new URL(paneUrl).pathname.replace(/[^/]*$/, '');
  } catch {
    problems.push(`the task pane's <SourceLocation> is not a URL: ${paneUrl}`);
  }
  const origins = new Set();
  for (const u of urls) {
    let parsed;
    try {
      parsed = new URL(u);
    } catch {
      problems.push(`not a valid URL: ${u}`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`URL is not https: ${u}`);
    origins.add(parsed.origin);
    if (parsed.pathname === '/') continue; // an AppDomain
    if (!parsed.pathname.startsWith(basePath)) {
      problems.push(`URL lies outside the add-in's folder ${basePath}: ${u}`);
      continue;
    }
    const rel = parsed.pathname.slice(basePath.length);
    if (distDir && !fs.existsSync(path.join(distDir, rel))) {
      problems.push(`URL names a file the build does not produce: ${u} (no ${path.join(distDir, rel)})`);
    }
  }
  if (origins.size !== 1) problems.push(`URLs use ${origins.size} origins (${[...origins].join(', ')}); expected one`);
  const domains = (doc.OfficeApp && doc.OfficeApp.AppDomains && doc.OfficeApp.AppDomains[0].AppDomain) || [];
  for (const o of origins) if (!domains.includes(o)) problems.push(`<AppDomains> does not hold the add-in's origin ${o}`);

  const ns = resources.short.get('Functions.Namespace');
  if (ns !== 'DSI') problems.push(`custom functions namespace is '${ns}', expected 'DSI'`);
  const runtimes = [];
  walk(doc, (node, trail) => {
    if (trail[trail.length - 1] === 'Runtime') runtimes.push(node.$ || {});
  });
  if (!runtimes.some((r) => r.lifetime === 'long')) problems.push('no shared runtime (<Runtime lifetime="long">)');
  const sets = [];
  walk(doc, (node, trail) => {
    if (trail[trail.length - 1] === 'Set') sets.push((node.$ || {}).Name);
  });
  if (!sets.includes('SharedRuntime')) problems.push('the SharedRuntime requirement set is missing');
  const id = doc.OfficeApp && doc.OfficeApp.Id && doc.OfficeApp.Id[0];
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id || '')) problems.push(`Id is not a GUID: ${id}`);
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const args = process.argv.slice(2);
  const di = args.indexOf('--dist');
  const dist = di >= 0 ? args[di + 1] : null;
  const file = args.find((a, i) => !a.startsWith('--') && (di < 0 || i !== di + 1)) || path.join(__dirname, '..', 'manifest.xml');
  checkManifest(file, dist).then((problems) => {
    if (problems.length) {
      console.error(`manifest check failed for ${file}:\n- ${problems.join('\n- ')}`);
      process.exit(1);
    }
    console.log(`manifest check passed: ${file}${dist ? ` (files checked against ${dist})` : ''}`);
  });
}
