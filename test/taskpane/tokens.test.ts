/** The stylesheet's Fluent token block is the one scripts/fluent-tokens.js makes from @fluentui/tokens. */
import fs from 'fs';
import { webLightTheme, webDarkTheme } from '@fluentui/tokens';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script without types
const { tokensCss, CSS_FILE, START, END } = require('../../scripts/fluent-tokens.js');

const css: string = fs.readFileSync(CSS_FILE, 'utf8');

function block(selector: string): string {
  const a = css.indexOf(selector);
  return css.slice(a, css.indexOf('}', a));
}

test('taskpane.css carries the generated block unchanged (run node scripts/fluent-tokens.js after an update)', () => {
  expect(css.slice(css.indexOf(START), css.indexOf(END) + END.length)).toBe(tokensCss());
});

test('light and dark values are Fluent\'s own: text, background, brand, focus ring', () => {
  const light = block(':root {');
  const dark = block(':root[data-theme="dark"] {');
  for (const k of ['colorNeutralForeground1', 'colorNeutralBackground1', 'colorBrandBackground', 'colorStrokeFocus2'] as const) {
    expect(light).toContain(`--${k}: ${webLightTheme[k]};`);
    expect(dark).toContain(`--${k}: ${webDarkTheme[k]};`);
  }
  // Fluent 2's published neutral text on white.
  expect(light).toContain('--colorNeutralForeground1: #242424;');
  expect(light).toMatch(/--fontFamilyBase: 'Segoe UI'/);
});

test('the pane sets no inline style (the CSP has style-src \'self\'): themes by data attribute only', () => {
  for (const f of ['theme.ts', 'charts.ts', 'summary.ts', 'editor.ts', 'draft.ts']) {
    const src = fs.readFileSync(`src/taskpane/${f}`, 'utf8');
    expect({ f, inline: /\.style\b|'style'|innerHTML/.test(src) }).toEqual({ f, inline: false });
  }
});
