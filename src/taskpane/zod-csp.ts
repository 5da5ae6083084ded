/*
 * Imported first by the task pane entry: zod 4 probes `new Function` when a schema is created, which a
 * strict Content-Security-Policy reports as a violation. jitless mode never probes (same results,
 * slower parse, irrelevant here). Must run before ../model creates its schemas.
 */
import { config } from 'zod';

config({ jitless: true });
