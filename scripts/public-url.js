/*
 * Where the built add-in will be served from. The development manifest (manifest.xml) and the
 * functions' @helpurl tags are written for https://localhost:3000/; a build with
 * DSI_PUBLIC_URL=https://host/some/path/ rewrites every one of those URLs to that base, puts its
 * origin in <AppDomains> and takes <Version> from package.json. The pages themselves use relative
 * URLs only, so nothing else depends on the base.
 */
const DEV_BASE = 'https://localhost:3000/';

/** The base URL from DSI_PUBLIC_URL (default: the development base), checked and ending in '/'. */
function publicBase(value) {
  if (value === undefined || value === '') return { base: DEV_BASE, origin: new URL(DEV_BASE).origin, dev: true };
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`DSI_PUBLIC_URL is '${value}', which is not a URL; give the full address the add-in is served from, e.g. https://addins.example.dk/tools/dsi/`);
  }
  if (url.protocol !== 'https:') throw new Error(`DSI_PUBLIC_URL is '${value}': Office loads add-ins only over https, so it must start with https://`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`DSI_PUBLIC_URL is '${value}': it must be a plain folder address, without a query, a #fragment or a user name`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { base: `${url.origin}${path}`, origin: url.origin, dev: url.origin + path === DEV_BASE };
}

/** package.json's "1.2.3" as the manifest's four-part <Version> "1.2.3.0". */
function manifestVersion(pkgVersion) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(pkgVersion));
  if (!m) throw new Error(`package.json's version '${pkgVersion}' cannot be a manifest <Version>: it must be MAJOR.MINOR.PATCH, each at most 5 digits, without a pre-release tag`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The development manifest rewritten for a base and a version. */
function manifestFor(xml, { base, origin }, version) {
  const devOrigin = new URL(DEV_BASE).origin;
  let out = xml.replace(new RegExp(escapeRe(DEV_BASE), 'g'), base);
  out = out.replace(new RegExp(`<AppDomain>${escapeRe(devOrigin)}/?</AppDomain>`, 'g'), `<AppDomain>${origin}</AppDomain>`);
  if (!/<Version>[^<]*<\/Version>/.test(out)) throw new Error('manifest.xml has no <Version> element');
  out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  return out;
}

/**
 * functions.json with each helpUrl pointing at the base's help page. The source tags must read
 * https://localhost:3000/help.html#ID (the help page has one anchor per function id), so a tag that
 * points anywhere else is reported rather than silently replaced.
 */
function rewriteHelpUrls(metadata, base) {
  const wrong = metadata.functions.filter((f) => f.helpUrl !== `${DEV_BASE}help.html#${f.id}`);
  if (wrong.length) {
    throw new Error(`@helpurl must be ${DEV_BASE}help.html#ID (the build replaces the base): ${wrong.map((f) => `${f.id} has '${f.helpUrl ?? 'none'}'`).join(', ')}`);
  }
  return { ...metadata, functions: metadata.functions.map((f) => ({ ...f, helpUrl: `${base}help.html#${f.id}` })) };
}

module.exports = { DEV_BASE, publicBase, manifestVersion, manifestFor, rewriteHelpUrls };
