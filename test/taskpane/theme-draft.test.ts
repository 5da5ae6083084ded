/** Office theme to light/dark, and the draft that keeps unsaved edits across a reload. */
import { luminance, themeFromOffice } from '../../src/taskpane/theme';
import { parseDraft, draftText } from '../../src/taskpane/draft';

describe('themeFromOffice', () => {
  test('relative luminance by WCAG: white 1, black 0, #808080 about 0.2159', () => {
    expect(luminance('#ffffff')).toBe(1);
    expect(luminance('#000000')).toBe(0);
    // ((128/255 + 0.055) / 1.055)^2.4 = 0.21586 for each channel; the weights sum to 1.
    expect(luminance('#808080')).toBeCloseTo(0.21586, 4);
    expect(luminance('red')).toBeUndefined();
  });
  test('Office\'s dark grey and black themes are dark, white and light grey are light, no theme is none', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#262626' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#000000' })).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#FFFFFF' })).toBe('light');
    expect(themeFromOffice({ bodyBackgroundColor: '#E6E6E6' })).toBe('light');
    expect(themeFromOffice(undefined)).toBeUndefined();
    expect(themeFromOffice({})).toBeUndefined();
  });
});

describe('drafts', () => {
  const s = { id: 'a1', name: 'Mine', kind: 'case' as const, preset: 'holbaek-ips', values: { participants: 200, effectRamp: [0.5, 1] } };
  test('a draft reads back as the scenario written, as a copy', () => {
    const back = parseDraft(draftText(s));
    expect(back).toEqual(s);
    expect(back!.values).not.toBe(s.values);
  });
  test('anything else is no draft: empty, not JSON, another format or version, wrong kind, values not an object', () => {
    expect(parseDraft(null)).toBeUndefined();
    expect(parseDraft('')).toBeUndefined();
    expect(parseDraft('{')).toBeUndefined();
    expect(parseDraft(JSON.stringify({ format: 'other', version: 1, scenario: s }))).toBeUndefined();
    expect(parseDraft(JSON.stringify({ format: 'dsi-taskpane-draft', version: 2, scenario: s }))).toBeUndefined();
    expect(parseDraft(JSON.stringify({ format: 'dsi-taskpane-draft', version: 1, scenario: { ...s, kind: 'x' } }))).toBeUndefined();
    expect(parseDraft(JSON.stringify({ format: 'dsi-taskpane-draft', version: 1, scenario: { ...s, values: [1] } }))).toBeUndefined();
  });
});
