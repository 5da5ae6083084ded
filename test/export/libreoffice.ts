/**
 * Recalculating workbooks in LibreOffice, headless: one soffice run converts a whole folder of
 * .xlsx files, with a fresh profile whose OOXMLRecalcMode is 0 ("always recalculate"), so the
 * values in its output are LibreOffice's own, never a cache copied from the input.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL, fileURLToPath } from 'url';

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export const SOFFICE = process.env.SOFFICE || 'soffice';

/** The soffice version line, or an Error saying how to install LibreOffice. */
export function sofficeVersion(): string {
  const r = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (r.error || r.status !== 0) {
    throw new Error(
      `LibreOffice is required for this test but '${SOFFICE} --version' failed (${r.error?.message ?? `exit ${r.status}`}). ` +
        'Install it (Debian/Ubuntu: apt-get install libreoffice-calc-nogui) or set SOFFICE to its path.',
    );
  }
  return r.stdout.trim();
}

/** A new, empty LibreOffice profile folder set to always recalculate on load; returns its file URL. */
export function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsi-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  return pathToFileURL(dir).href;
}

/**
 * Converts the .xlsx files to `format` (xlsx: recalculated workbooks; pdf: printed with each
 * sheet's page setup) in `outDir`, in one soffice run (fresh profile). Returns the wall time in ms.
 */
export function recalcAll(files: string[], outDir: string, format: 'xlsx' | 'pdf' = 'xlsx'): number {
  const profile = freshProfile();
  const start = Date.now();
  const r = spawnSync(
    SOFFICE,
    [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', format, '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 320_000 },
  );
  const ms = Date.now() - start;
  rmSync(fileURLToPath(profile), { recursive: true, force: true });
  if (r.error || r.status !== 0) throw new Error(`soffice failed (${r.error?.message ?? `exit ${r.status}`}): ${r.stderr}`);
  const made = new Set(readdirSync(outDir));
  const missing = files.map((f) => f.slice(f.lastIndexOf('/') + 1).replace(/\.xlsx$/, `.${format}`)).filter((f) => !made.has(f));
  if (missing.length) throw new Error(`soffice wrote no output for ${missing.join(', ')}: ${r.stdout}\n${r.stderr}`);
  return ms;
}

/** The number of pages of a PDF: its page objects (/Type /Page, not /Pages), counted without any PDF tool. */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
