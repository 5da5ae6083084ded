/**
 * Light or dark from Office's theme (Office.context.officeTheme, where the host has it), else from
 * the system (prefers-color-scheme, in taskpane.css). Windows high contrast needs nothing here: the
 * stylesheet's forced-colors rules apply. Sets only a data attribute: the CSP forbids inline styles.
 */

/** Relative luminance of a #rrggbb colour (WCAG), or undefined for anything else. */
export function luminance(hex: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex?.trim() ?? '');
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((x) => {
    const c = parseInt(x, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** 'dark' or 'light' from Office's body background; undefined when Office gives no theme. */
export function themeFromOffice(theme: { bodyBackgroundColor?: string } | undefined): 'dark' | 'light' | undefined {
  const l = luminance(theme?.bodyBackgroundColor);
  return l === undefined ? undefined : l < 0.2 ? 'dark' : 'light';
}

export function applyOfficeTheme(root: HTMLElement = document.documentElement): void {
  const office = typeof Office !== 'undefined' ? (Office.context as { officeTheme?: { bodyBackgroundColor?: string } } | undefined) : undefined;
  const theme = themeFromOffice(office?.officeTheme);
  if (theme) root.dataset.theme = theme;
  else delete root.dataset.theme;
}
