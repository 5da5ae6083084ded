/** Markdown parameter reference, generated from the zod schemas' metadata (docs/parameters.md, written by npm run docs). */
import type { ParamMeta } from './fields';
import { ruleText, fmt } from './fields';
import { MODELS } from './models';

function showDefault(m: ParamMeta): string {
  if (m.default === undefined) return m.required ? 'required' : '-';
  if (Array.isArray(m.default)) return `[${m.default.join(', ')}]`;
  return fmt(m.default as number);
}

function kindText(m: ParamMeta): string {
  if (m.kind === 'vector') return 'row of numbers';
  if (m.kind === 'rates') return 'number or row of numbers';
  return m.kind === 'integer' ? 'whole number' : 'number';
}

export function parameterTableMarkdown(params: readonly ParamMeta[]): string {
  const rows = params.map((m) => {
    const range = ruleText(m).replace(/^must be (a whole number |a finite number$)?/, '');
    const rule = [kindText(m) + (range ? `: ${range}` : ', any value'), m.note?.en].filter(Boolean).join('; ');
    return `| \`${m.key}\` | ${m.description.en} | ${m.unit.en} | ${rule} | ${showDefault(m)} |`;
  });
  return ['| key | meaning | unit | rule | default |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export function parameterReferenceMarkdown(): string {
  return Object.values(MODELS)
    .map((model) => `### ${model.label[0].toUpperCase()}${model.label.slice(1)} model\n\n${parameterTableMarkdown(model.params)}`)
    .join('\n\n');
}
