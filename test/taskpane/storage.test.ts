/** Saved scenarios: schema version, unreadable data never overwritten, both backends. */
import fs from 'fs';
import path from 'path';
import { OfficeMockObject } from 'office-addin-mock';
import {
  ScenarioStore, memoryBackend, officeSettingsBackend, localStorageBackend, parseStore, serializeStore,
  STORE_KEY, STORE_FORMAT, STORE_VERSION, Scenario, BlockedStoreError,
} from '../../src/taskpane/storage';

const a: Scenario = { id: 'a', name: 'Holbæk main', kind: 'case', preset: 'holbaek-ips', values: { successRate: 0.4, costProfile: [0.6, 0.4] } };
const b: Scenario = { id: 'b', name: '<img src=x onerror=alert(1)>', kind: 'fund', values: { initialCapital: 1e6 } };

test('round trip: format name, schema version, scenarios as given', () => {
  const text = serializeStore([a, b]);
  const doc = JSON.parse(text);
  expect(doc.format).toBe('dsi-taskpane-scenarios');
  expect(doc.version).toBe(1);
  expect(parseStore(text)).toEqual({ status: 'ok', scenarios: [a, b] });
  expect(parseStore(undefined)).toEqual({ status: 'ok', scenarios: [] });
});

test.each([
  ['not JSON', '{"format":', 'corrupt', /not valid JSON/],
  ['a list', '[1,2]', 'foreign', /a list/],
  ['another format', JSON.stringify({ format: 'someone-else', version: 1 }), 'foreign', /unknown format/],
  ['a newer version', JSON.stringify({ format: STORE_FORMAT, version: STORE_VERSION + 1, scenarios: [] }), 'newer', /^2$/],
  ['no version', JSON.stringify({ format: STORE_FORMAT, scenarios: [] }), 'corrupt', /version/],
  ['a bad entry', JSON.stringify({ format: STORE_FORMAT, version: 1, scenarios: [{ id: 'x', name: '', kind: 'case', values: {} }] }), 'corrupt', /entry 1 has no name/],
  ['an unknown kind', JSON.stringify({ format: STORE_FORMAT, version: 1, scenarios: [{ id: 'x', name: 'n', kind: 'bond', values: {} }] }), 'corrupt', /unknown model kind/],
  ['repeated ids', JSON.stringify({ format: STORE_FORMAT, version: 1, scenarios: [a, a] }), 'corrupt', /repeats an id/],
])('%s is reported (%s) and every write is refused, leaving the data as it was', async (_what, raw, status, detail) => {
  const backend = memoryBackend(raw);
  const store = new ScenarioStore(backend);
  const r = store.load();
  expect(r.status).toBe(status);
  expect((r as any).detail).toMatch(detail);
  expect((r as any).raw).toBe(raw);
  expect(store.blocked).toBe(true);
  await expect(store.put(a)).rejects.toBeInstanceOf(BlockedStoreError);
  await expect(store.remove('x')).rejects.toBeInstanceOf(BlockedStoreError);
  await expect(store.rename('x', 'y')).rejects.toBeInstanceOf(BlockedStoreError);
  expect(backend.data).toBe(raw);
});

test('put / rename / remove keep order and write the whole document each time', async () => {
  const backend = memoryBackend();
  const store = new ScenarioStore(backend);
  store.load();
  await store.put(a);
  await store.put(b);
  await store.put({ ...a, name: 'changed' }); // same id: replaced in place
  expect(store.all().map((s) => s.name)).toEqual(['changed', b.name]);
  await store.rename('b', 'Fund');
  await store.remove('a');
  expect(parseStore(backend.data)).toEqual({ status: 'ok', scenarios: [{ ...b, name: 'Fund' }] });
  // What the store hands out are copies: editing one does not change the store.
  store.all()[0].values.initialCapital = 5;
  expect(store.get('b')!.values.initialCapital).toBe(1e6);
});

test('Office document settings (office-addin-mock): set under the key, then saveAsync', async () => {
  const saved: string[] = [];
  const officeMock = new OfficeMockObject({
    context: {
      document: {
        settings: {
          data: {} as Record<string, unknown>,
          get(this: any, k: string) { return this.data[k]; },
          set(this: any, k: string, v: unknown) { this.data[k] = v; },
          saveAsync(this: any, cb: (r: { status: string }) => void) { saved.push(JSON.stringify(this.data)); cb({ status: 'succeeded' }); },
        },
      },
    },
  }) as any;
  const settings = officeMock.context.document.settings;
  const store = new ScenarioStore(officeSettingsBackend(settings));
  expect(store.load()).toEqual({ status: 'ok', scenarios: [] });
  expect(store.backend.where).toBe('workbook');
  await store.put(a);
  expect(saved).toHaveLength(1);
  expect(parseStore(settings.get(STORE_KEY))).toEqual({ status: 'ok', scenarios: [a] });
  // A new pane on the same workbook reads it back.
  const again = new ScenarioStore(officeSettingsBackend(settings));
  expect(again.load()).toEqual({ status: 'ok', scenarios: [a] });
});

test('a failed workbook save is an error, and the in-memory list is not changed', async () => {
  const settings = { get: () => undefined, set: () => undefined, saveAsync: (cb: any) => cb({ status: 'failed', error: { message: 'read-only workbook' } }) } as unknown as Office.Settings;
  const store = new ScenarioStore(officeSettingsBackend(settings));
  store.load();
  await expect(store.put(a)).rejects.toThrow('read-only workbook');
  expect(store.all()).toEqual([]);
});

test('localStorage backend reads and writes one key', async () => {
  const mem = new Map<string, string>();
  const ls = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v) } as Storage;
  const store = new ScenarioStore(localStorageBackend(ls));
  store.load();
  await store.put(b);
  expect([...mem.keys()]).toEqual([STORE_KEY]);
  expect(parseStore(mem.get(STORE_KEY))).toEqual({ status: 'ok', scenarios: [b] });
});

test('no task pane source writes markup from strings (innerHTML, outerHTML, insertAdjacentHTML, document.write)', () => {
  const dir = path.resolve(__dirname, '../../src/taskpane');
  const files: string[] = [];
  const walk = (d: string) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.ts') && files.push(path.join(d, e.name))));
  walk(dir);
  expect(files.length).toBeGreaterThan(5);
  for (const f of files) {
    // Comments may name the sinks (to forbid them); code may not.
    const src = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    expect({ f, hits: src.match(/\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\s*\(|new Function)\b/g) }).toEqual({ f, hits: null });
  }
});
