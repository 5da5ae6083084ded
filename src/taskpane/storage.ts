/**
 * Saved scenarios: one JSON document under one key, in the workbook (Office document settings) or,
 * in a plain browser, in localStorage. The document carries a format name and a schema version.
 * Data that cannot be read (corrupt, written by someone else, or by a newer version) is never
 * overwritten: the store turns read-only and keeps the raw data exactly as found.
 */
import type { ModelKind } from '../model';

export const STORE_KEY = 'dsi.taskpane.scenarios';
export const STORE_FORMAT = 'dsi-taskpane-scenarios';
export const STORE_VERSION = 1;

export interface Scenario {
  id: string;
  name: string;
  kind: ModelKind;
  /** The preset the scenario started from (for its caveat); the values are complete without it. */
  preset?: string;
  /** Parameter values as the user gave them (numbers, vectors); absent keys take the model default. */
  values: Record<string, unknown>;
}

export interface StoreDoc {
  format: typeof STORE_FORMAT;
  version: number;
  scenarios: Scenario[];
}

export type LoadResult =
  | { status: 'ok'; scenarios: Scenario[] }
  | { status: 'corrupt' | 'foreign' | 'newer'; detail: string; raw: unknown };

/** Where the document lives. read() returns undefined when nothing is stored. */
export interface Backend {
  where: 'workbook' | 'browser' | 'memory';
  read(): unknown;
  write(text: string): Promise<void>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scenarioProblem(s: unknown, i: number): string | undefined {
  if (!isPlainObject(s)) return `entry ${i + 1} is not an object`;
  if (typeof s.id !== 'string' || s.id === '') return `entry ${i + 1} has no id`;
  if (typeof s.name !== 'string' || s.name.trim() === '') return `entry ${i + 1} has no name`;
  if (s.kind !== 'case' && s.kind !== 'fund') return `entry ${i + 1} has an unknown model kind`;
  if (s.preset !== undefined && typeof s.preset !== 'string') return `entry ${i + 1} has a bad preset`;
  if (!isPlainObject(s.values)) return `entry ${i + 1} has no values`;
  return undefined;
}

export function parseStore(raw: unknown): LoadResult {
  if (raw === undefined || raw === null || raw === '') return { status: 'ok', scenarios: [] };
  let doc: unknown = raw;
  if (typeof raw === 'string') {
    try {
      doc = JSON.parse(raw);
    } catch {
      return { status: 'corrupt', detail: 'not valid JSON', raw };
    }
  }
  if (!isPlainObject(doc) || doc.format !== STORE_FORMAT) {
    return { status: 'foreign', detail: isPlainObject(doc) ? 'unknown format' : `a ${Array.isArray(doc) ? 'list' : typeof doc}`, raw };
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    return { status: 'corrupt', detail: 'no valid version number', raw };
  }
  if (doc.version > STORE_VERSION) return { status: 'newer', detail: String(doc.version), raw };
  if (!Array.isArray(doc.scenarios)) return { status: 'corrupt', detail: 'no list of scenarios', raw };
  const ids = new Set<string>();
  for (let i = 0; i < doc.scenarios.length; i++) {
    const p = scenarioProblem(doc.scenarios[i], i);
    if (p) return { status: 'corrupt', detail: p, raw };
    const id = (doc.scenarios[i] as Scenario).id;
    if (ids.has(id)) return { status: 'corrupt', detail: `entry ${i + 1} repeats an id`, raw };
    ids.add(id);
  }
  return { status: 'ok', scenarios: (doc.scenarios as Scenario[]).map(cloneScenario) };
}

export function serializeStore(scenarios: readonly Scenario[]): string {
  const doc: StoreDoc = { format: STORE_FORMAT, version: STORE_VERSION, scenarios: scenarios.map(cloneScenario) };
  return JSON.stringify(doc);
}

export function cloneScenario(s: Scenario): Scenario {
  return JSON.parse(JSON.stringify(s));
}

export class BlockedStoreError extends Error {}

/** The scenario list with its backend; refuses every write when the stored data was unreadable. */
export class ScenarioStore {
  readonly backend: Backend;
  private list: Scenario[] = [];
  state: LoadResult = { status: 'ok', scenarios: [] };

  constructor(backend: Backend) {
    this.backend = backend;
  }

  load(): LoadResult {
    let raw: unknown;
    try {
      raw = this.backend.read();
    } catch (e) {
      this.state = { status: 'corrupt', detail: `could not be read (${(e as Error).message})`, raw: undefined };
      this.list = [];
      return this.state;
    }
    this.state = parseStore(raw);
    this.list = this.state.status === 'ok' ? this.state.scenarios : [];
    return this.state;
  }

  get blocked(): boolean {
    return this.state.status !== 'ok';
  }

  all(): Scenario[] {
    return this.list.map(cloneScenario);
  }

  get(id: string): Scenario | undefined {
    const s = this.list.find((x) => x.id === id);
    return s && cloneScenario(s);
  }

  private async commit(next: Scenario[]): Promise<void> {
    if (this.blocked) throw new BlockedStoreError('the saved data could not be read, so nothing is written over it');
    await this.backend.write(serializeStore(next));
    this.list = next;
  }

  /** Inserts or replaces (by id). */
  async put(s: Scenario): Promise<void> {
    const next = this.list.filter((x) => x.id !== s.id);
    const at = this.list.findIndex((x) => x.id === s.id);
    next.splice(at < 0 ? next.length : at, 0, cloneScenario(s));
    await this.commit(next);
  }

  async rename(id: string, name: string): Promise<void> {
    await this.commit(this.list.map((x) => (x.id === id ? { ...cloneScenario(x), name } : x)));
  }

  async remove(id: string): Promise<void> {
    await this.commit(this.list.filter((x) => x.id !== id));
  }
}

export function newId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function localStorageBackend(storage: Storage, key = STORE_KEY): Backend {
  return {
    where: 'browser',
    read: () => storage.getItem(key) ?? undefined,
    write: async (text) => storage.setItem(key, text),
  };
}

/** Office document settings: saved with the workbook. saveAsync persists them into the file. */
export function officeSettingsBackend(settings: Office.Settings, key = STORE_KEY): Backend {
  return {
    where: 'workbook',
    read: () => settings.get(key) ?? undefined,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        settings.set(key, text);
        settings.saveAsync((r) => {
          if (String(r.status) === 'failed') reject(new Error(r.error?.message || 'saving the workbook settings failed'));
          else resolve();
        });
      }),
  };
}

export function memoryBackend(initial?: unknown): Backend & { data: unknown } {
  const b = {
    where: 'memory' as const,
    data: initial,
    read: () => b.data,
    write: async (text: string) => {
      b.data = text;
    },
  };
  return b;
}
