/** Hand-built SVG charts (no chart library): a line chart and a bar chart, scaled by viewBox. */
import { s, uid } from './dom';

export interface Series {
  name: string;
  values: readonly number[];
  color: string;
  dashed?: boolean;
}

const W = 340;
const H = 210;
const PAD = { l: 46, r: 18, t: 10, b: 48 };

export const PALETTE = ['#1f5fa8', '#b4501a', '#2e7d32', '#222222'];

function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

function scale(values: number[]): { lo: number; hi: number; step: number } {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  return { lo, hi, step };
}

function frame(title: string, summary: string, className: string): { svg: SVGElement; titleId: string } {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}`, class: `chart ${className}`, width: '100%' });
  svg.appendChild(s('title', { id: titleId }, title));
  svg.appendChild(s('desc', { id: descId }, summary));
  return { svg, titleId };
}

function yAxis(svg: SVGElement, lo: number, hi: number, step: number, y: (v: number) => number, fmt: (v: number) => string): void {
  for (let v = lo; v <= hi + step / 2; v += step) {
    const yy = y(v);
    const isZero = Math.abs(v) < step / 1e6;
    svg.appendChild(s('line', { x1: PAD.l, x2: W - PAD.r, y1: yy, y2: yy, stroke: isZero ? '#444' : '#ddd', 'stroke-width': isZero ? 1.2 : 1 }));
    svg.appendChild(s('text', { x: PAD.l - 4, y: yy + 3, 'text-anchor': 'end', 'font-size': 9, fill: '#333' }, fmt(isZero ? 0 : v)));
  }
}

function xLabels(svg: SVGElement, categories: readonly string[], x: (i: number) => number): void {
  const every = Math.ceil(categories.length / 10);
  categories.forEach((c, i) => {
    if (i % every !== 0) return;
    svg.appendChild(s('text', { x: x(i), y: H - PAD.b + 12, 'text-anchor': 'middle', 'font-size': 9, fill: '#333' }, c));
  });
}

function legend(svg: SVGElement, series: readonly Series[]): void {
  let x = PAD.l;
  const y = H - 14;
  for (const se of series) {
    svg.appendChild(s('line', { x1: x, x2: x + 14, y1: y - 3, y2: y - 3, stroke: se.color, 'stroke-width': 2.5, 'stroke-dasharray': se.dashed ? '4 2' : undefined }));
    const t = s('text', { x: x + 18, y, 'font-size': 9, fill: '#222' }, se.name);
    svg.appendChild(t);
    x += 26 + se.name.length * 5;
  }
}

export function lineChart(o: { title: string; summary: string; categories: readonly string[]; series: readonly Series[]; fmt: (v: number) => string }): SVGElement {
  const { svg } = frame(o.title, o.summary, 'line-chart');
  const all = o.series.flatMap((x) => [...x.values]);
  const { lo, hi, step } = scale(all);
  const n = o.categories.length;
  const x = (i: number) => PAD.l + (n === 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (n - 1));
  const y = (v: number) => PAD.t + ((hi - v) * (H - PAD.t - PAD.b)) / (hi - lo);
  yAxis(svg, lo, hi, step, y, o.fmt);
  xLabels(svg, o.categories, x);
  for (const se of o.series) {
    const pts = se.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    svg.appendChild(s('polyline', { points: pts, fill: 'none', stroke: se.color, 'stroke-width': 2, 'stroke-dasharray': se.dashed ? '5 3' : undefined, 'data-series': se.name }));
    se.values.forEach((v, i) => {
      svg.appendChild(s('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 2.5, fill: se.color }, s('title', {}, `${se.name}, ${o.categories[i]}: ${o.fmt(v)}`)));
    });
  }
  legend(svg, o.series);
  return svg;
}

export function barChart(o: { title: string; summary: string; categories: readonly string[]; values: readonly number[]; color: string; fmt: (v: number) => string; labelFmt?: (v: number) => string }): SVGElement {
  const { svg } = frame(o.title, o.summary, 'bar-chart');
  const { lo, hi, step } = scale([...o.values]);
  const n = o.categories.length;
  const band = (W - PAD.l - PAD.r) / n;
  const x = (i: number) => PAD.l + band * (i + 0.5);
  const y = (v: number) => PAD.t + ((hi - v) * (H - PAD.t - PAD.b)) / (hi - lo);
  yAxis(svg, lo, hi, step, y, o.fmt);
  xLabels(svg, o.categories, x);
  o.values.forEach((v, i) => {
    const top = Math.min(y(v), y(0));
    const bar = s('rect', { x: (x(i) - band * 0.35).toFixed(1), y: top.toFixed(1), width: (band * 0.7).toFixed(1), height: Math.abs(y(v) - y(0)).toFixed(1), fill: o.color, 'data-value': v },
      s('title', {}, `${o.categories[i]}: ${(o.labelFmt ?? o.fmt)(v)}`));
    svg.appendChild(bar);
    if (n <= 12) svg.appendChild(s('text', { x: x(i), y: top - 3, 'text-anchor': 'middle', 'font-size': 8.5, fill: '#222' }, (o.labelFmt ?? o.fmt)(v)));
  });
  return svg;
}
