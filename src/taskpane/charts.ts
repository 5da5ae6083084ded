/**
 * Hand-built SVG charts (no chart library): line, bar, histogram and tornado, on one frame and one
 * set of axes. Each chart is drawn at the pane's width in CSS pixels (viewBox = width), so its
 * labels are FONT px on screen; colours come from CSS classes (light, dark and high-contrast themes
 * in taskpane.css), the presentation attributes are only a fallback.
 */
import { s, uid } from './dom';
import { niceTicks, niceStep, Ticks } from './ticks';

export interface Series {
  name: string;
  values: readonly number[];
  color: string;
  dashed?: boolean;
}

export const PALETTE = ['#0f6cbd', '#c4501a', '#107c10', '#242424'];
/** Label size in CSS px: the charts are drawn 1:1, so this is the size on screen. */
const FONT = 11;
const CHAR_W = FONT * 0.6;
const LINE_H = FONT + 5;

/** The width to draw a chart at: the pane's content width, within legible bounds. */
export function chartWidth(): number {
  const w = typeof document !== 'undefined' ? document.documentElement.clientWidth - 24 : 340;
  return Math.round(Math.min(560, Math.max(240, w || 340)));
}

const textWidth = (t: string) => t.length * CHAR_W;

/** A tick's label; the step lets it show just the decimals the ticks need. */
export type TickFormat = (v: number, step: number) => string;

/** Charts on the page with the function that draws them, redrawn when the pane's width changes. */
const live: { node: SVGElement; draw: () => SVGElement; width: number }[] = [];
let resizeTimer: ReturnType<typeof setTimeout> | undefined;

function redrawAll(): void {
  const w = chartWidth();
  for (let i = live.length - 1; i >= 0; i--) {
    const c = live[i];
    if (!c.node.isConnected) live.splice(i, 1);
    else if (c.width !== w) {
      const next = c.draw();
      c.node.replaceWith(next);
      c.node = next;
      c.width = w;
    }
  }
}

/** Draws a chart now and again whenever the pane is resized to another width. */
function responsive(draw: () => SVGElement): SVGElement {
  const node = draw();
  if (typeof window !== 'undefined') {
    if (live.length === 0) window.addEventListener('resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(redrawAll, 120);
    });
    live.push({ node, draw, width: chartWidth() });
  }
  return node;
}

interface Frame {
  svg: SVGElement;
  W: number;
  H: number;
  /** Plot area. */
  l: number;
  r: number;
  t: number;
  b: number;
}

function frame(o: { title: string; summary: string; className: string; id?: string; width: number; height: number; pad: { l: number; r: number; t: number; b: number } }): Frame {
  const titleId = uid('chart-title');
  const descId = uid('chart-desc');
  const svg = s('svg', {
    viewBox: `0 0 ${o.width} ${o.height}`, width: o.width, height: o.height, role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    class: `chart ${o.className}`, id: o.id, 'font-size': FONT,
  }, s('title', { id: titleId }, o.title), s('desc', { id: descId }, o.summary));
  return { svg, W: o.width, H: o.height, l: o.pad.l, r: o.width - o.pad.r, t: o.pad.t, b: o.height - o.pad.b };
}

function label(f: Frame, x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end', cls = 'chart-text'): void {
  f.svg.appendChild(s('text', { x: x.toFixed(1), y: y.toFixed(1), 'text-anchor': anchor, class: cls, fill: '#424242' }, text));
}

/** Horizontal grid lines with labels at the value ticks (the zero line darker). */
function valueAxis(f: Frame, ticks: Ticks, y: (v: number) => number, fmt: TickFormat): void {
  for (const v of ticks.values) {
    const yy = y(v);
    const zero = v === 0;
    f.svg.appendChild(s('line', { x1: f.l, x2: f.r, y1: yy.toFixed(1), y2: yy.toFixed(1), class: zero ? 'chart-axis' : 'chart-grid', stroke: zero ? '#616161' : '#e0e0e0' }));
    label(f, f.l - 4, yy + FONT / 3, fmt(v, ticks.step), 'end');
  }
}

/** Numeric ticks along the bottom (histogram, tornado): anchors kept inside the frame. */
function numberAxis(f: Frame, ticks: Ticks, x: (v: number) => number, fmt: TickFormat): void {
  f.svg.appendChild(s('line', { x1: f.l, x2: f.r, y1: f.b, y2: f.b, class: 'chart-axis', stroke: '#616161' }));
  for (const v of ticks.values) {
    const xx = x(v);
    const text = fmt(v, ticks.step);
    const half = textWidth(text) / 2;
    const anchor = xx - half < 0 ? 'start' : xx + half > f.W ? 'end' : 'middle';
    f.svg.appendChild(s('line', { x1: xx.toFixed(1), x2: xx.toFixed(1), y1: f.b, y2: f.b + 3, class: 'chart-axis', stroke: '#616161' }));
    label(f, anchor === 'start' ? Math.max(0, xx) : anchor === 'end' ? Math.min(f.W, xx) : xx, f.b + FONT + 3, text, anchor);
  }
}

/** How many ticks of labels this wide fit along a length. */
function tickCount(length: number, labelWidth: number): number {
  return Math.max(2, Math.min(7, Math.floor(length / (labelWidth + 14))));
}

function categoryLabels(f: Frame, categories: readonly string[], x: (i: number) => number): void {
  const widest = Math.max(...categories.map(textWidth), 1);
  const room = categories.length > 1 ? Math.abs(x(1) - x(0)) : f.r - f.l;
  const every = Math.max(1, Math.ceil((widest + 6) / room));
  categories.forEach((c, i) => {
    if (i % every === 0) label(f, x(i), f.b + FONT + 3, c, 'middle');
  });
}

/** Legend entries flowed into rows below the plot; returns the rows' height. */
function legendLayout(series: readonly Series[], width: number): { x: number; row: number }[] {
  let x = 0;
  let row = 0;
  return series.map((se) => {
    const w = 22 + textWidth(se.name) + 12;
    if (x > 0 && x + w > width) {
      x = 0;
      row += 1;
    }
    const at = { x, row };
    x += w;
    return at;
  });
}

function legend(f: Frame, series: readonly Series[], top: number): void {
  legendLayout(series, f.W).forEach((at, i) => {
    const se = series[i];
    const y = top + at.row * LINE_H + FONT;
    f.svg.appendChild(s('line', { x1: at.x, x2: at.x + 16, y1: y - 4, y2: y - 4, stroke: se.color, class: `chart-s${i}`, 'stroke-width': 2.5, 'stroke-dasharray': se.dashed ? '4 2' : undefined }));
    label(f, at.x + 20, y, se.name, 'start');
  });
}

function leftPad(ticks: Ticks, fmt: TickFormat): number {
  return Math.ceil(Math.max(...ticks.values.map((v) => textWidth(fmt(v, ticks.step))))) + 8;
}

function drawLineChart(o: { title: string; summary: string; categories: readonly string[]; series: readonly Series[]; fmt: (v: number) => string; id?: string }): SVGElement {
  const W = chartWidth();
  const all = o.series.flatMap((x) => [...x.values]);
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), 6);
  const legendRows = Math.max(...legendLayout(o.series, W).map((a) => a.row)) + 1;
  const plotH = 150;
  const pad = { l: leftPad(ticks, o.fmt), r: 12, t: 8, b: FONT + 12 + legendRows * LINE_H };
  const f = frame({ title: o.title, summary: o.summary, className: 'line-chart', id: o.id, width: W, height: pad.t + plotH + pad.b, pad });
  const n = o.categories.length;
  const x = (i: number) => f.l + (n === 1 ? (f.r - f.l) / 2 : (i * (f.r - f.l)) / (n - 1));
  const y = (v: number) => f.t + ((ticks.hi - v) * (f.b - f.t)) / (ticks.hi - ticks.lo);
  valueAxis(f, ticks, y, o.fmt);
  categoryLabels(f, o.categories, x);
  o.series.forEach((se, k) => {
    const pts = se.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    f.svg.appendChild(s('polyline', { points: pts, fill: 'none', stroke: se.color, class: `chart-s${k}`, 'stroke-width': 2, 'stroke-dasharray': se.dashed ? '5 3' : undefined, 'data-series': se.name }));
    se.values.forEach((v, i) => {
      f.svg.appendChild(s('circle', { cx: x(i).toFixed(1), cy: y(v).toFixed(1), r: 2.5, fill: se.color, class: `chart-s${k} chart-dot` }, s('title', {}, `${se.name}, ${o.categories[i]}: ${o.fmt(v)}`)));
    });
  });
  legend(f, o.series, f.b + FONT + 10);
  return f.svg;
}

function drawBarChart(o: { title: string; summary: string; categories: readonly string[]; values: readonly number[]; color: string; fmt: (v: number) => string; labelFmt?: (v: number) => string; id?: string }): SVGElement {
  const W = chartWidth();
  const ticks = niceTicks(Math.min(0, ...o.values), Math.max(0, ...o.values), 6);
  const pad = { l: leftPad(ticks, o.fmt), r: 8, t: FONT + 8, b: FONT + 10 };
  const f = frame({ title: o.title, summary: o.summary, className: 'bar-chart', id: o.id, width: W, height: pad.t + 160 + pad.b, pad });
  const n = o.categories.length;
  const band = (f.r - f.l) / n;
  const x = (i: number) => f.l + band * (i + 0.5);
  const y = (v: number) => f.t + ((ticks.hi - v) * (f.b - f.t)) / (ticks.hi - ticks.lo);
  const shown = o.labelFmt ?? o.fmt;
  valueAxis(f, ticks, y, o.fmt);
  categoryLabels(f, o.categories, x);
  const labelsFit = o.values.every((v) => textWidth(shown(v)) <= band - 2);
  o.values.forEach((v, i) => {
    const top = Math.min(y(v), y(0));
    f.svg.appendChild(s('rect', { x: (x(i) - band * 0.35).toFixed(1), y: top.toFixed(1), width: (band * 0.7).toFixed(1), height: Math.abs(y(v) - y(0)).toFixed(1), fill: o.color, class: `chart-bar chart-s${Math.max(0, PALETTE.indexOf(o.color))}`, 'data-value': v },
      s('title', {}, `${o.categories[i]}: ${shown(v)}`)));
    if (labelsFit) label(f, x(i), top - 3, shown(v), 'middle');
  });
  return f.svg;
}

/** Bars of a histogram (equal-width bins, share of draws) and an optional labelled reference line. */
function drawHistogramChart(o: {
  title: string; summary: string; id?: string;
  bars: readonly { lo: number; hi: number; count: number; share: number }[];
  fmtX: TickFormat; fmtShare: TickFormat; barTitle: (b: { lo: number; hi: number; count: number; share: number }) => string;
  reference?: { value: number; label: string };
}): SVGElement {
  const W = chartWidth();
  const lo = o.bars.length ? o.bars[0].lo : 0;
  const hi = o.bars.length ? o.bars[o.bars.length - 1].hi : 1;
  const yTicks = niceTicks(0, Math.max(...o.bars.map((b) => b.share), 1e-9), 4);
  const pad = { l: leftPad(yTicks, o.fmtShare), r: 10, t: LINE_H + 4, b: FONT + 10 };
  const f = frame({ title: o.title, summary: o.summary, className: 'histogram', id: o.id, width: W, height: pad.t + 150 + pad.b, pad });
  const guess = niceStep(hi - lo, 5);
  const xTicks = niceTicks(lo, hi, tickCount(f.r - f.l, Math.max(textWidth(o.fmtX(lo, guess)), textWidth(o.fmtX(hi, guess)))));
  const x = (v: number) => f.l + ((v - xTicks.lo) * (f.r - f.l)) / (xTicks.hi - xTicks.lo);
  const y = (share: number) => f.t + (1 - share / yTicks.hi) * (f.b - f.t);
  valueAxis(f, yTicks, y, o.fmtShare);
  for (const b of o.bars) {
    const x0 = x(b.lo);
    f.svg.appendChild(s('rect', { x: x0.toFixed(1), y: y(b.share).toFixed(1), width: Math.max(0.5, x(b.hi) - x0 - 0.6).toFixed(1), height: (y(0) - y(b.share)).toFixed(1), fill: PALETTE[0], class: 'chart-bar chart-s0', 'data-count': b.count },
      s('title', {}, o.barTitle(b))));
  }
  numberAxis(f, xTicks, x, o.fmtX);
  const ref = o.reference;
  if (ref && ref.value >= xTicks.lo && ref.value <= xTicks.hi) {
    const xr = x(ref.value);
    f.svg.appendChild(s('line', { x1: xr.toFixed(1), x2: xr.toFixed(1), y1: f.t - 4, y2: f.b, class: 'chart-ref', stroke: '#c50f1f', 'stroke-width': 1.5, 'stroke-dasharray': '4 2', 'data-ref': ref.value }));
    const anchor = xr + textWidth(ref.label) + 4 > f.W ? 'end' : 'start';
    label(f, anchor === 'start' ? xr + 3 : xr - 3, FONT + 2, ref.label, anchor, 'chart-text chart-ref-label');
  }
  return f.svg;
}

/**
 * A tornado: one row per parameter, its label above its bar (legible at 320 px), the bars from the
 * base output to the output at the low and at the high value.
 */
function drawTornadoChart(o: {
  title: string; summary: string; id?: string; baseOutput: number | null;
  rows: readonly { key: string; label: string; outputLow: number | null; outputHigh: number | null; lowTitle: string; highTitle: string }[];
  fmt: TickFormat;
}): SVGElement {
  const W = chartWidth();
  const values = o.rows.flatMap((r) => [r.outputLow, r.outputHigh]).concat(o.baseOutput).filter((v): v is number => v !== null);
  const rowH = LINE_H + 14;
  const pad = { l: 4, r: 8, t: 2, b: FONT + 10 };
  const f = frame({ title: o.title, summary: o.summary, className: 'tornado', id: o.id, width: W, height: pad.t + o.rows.length * rowH + 4 + pad.b, pad });
  const guess = niceStep(Math.max(...values, 0) - Math.min(...values, 0), 5);
  const widest = Math.max(...values.map((v) => textWidth(o.fmt(Math.round(v / guess) * guess, guess))), 20);
  const ticks = niceTicks(Math.min(...values, Infinity), Math.max(...values, -Infinity), tickCount(f.r - f.l, widest));
  const x = (v: number) => f.l + ((v - ticks.lo) * (f.r - f.l)) / (ticks.hi - ticks.lo);
  const base = x(o.baseOutput ?? ticks.lo);
  const maxChars = Math.floor((f.r - f.l) / CHAR_W);
  o.rows.forEach((r, i) => {
    const top = f.t + i * rowH;
    const shown = r.label.length > maxChars ? `${r.label.slice(0, maxChars - 1)}…` : r.label;
    f.svg.appendChild(s('text', { x: f.l, y: top + FONT, class: 'chart-text', fill: '#242424' }, shown, s('title', {}, r.label)));
    const seg = (to: number | null, side: 'low' | 'high', title: string) => {
      if (to === null) return;
      const xx = x(to);
      f.svg.appendChild(s('rect', { x: Math.min(xx, base).toFixed(1), y: top + LINE_H, width: Math.max(Math.abs(xx - base), 0.5).toFixed(1), height: 11,
        fill: side === 'low' ? PALETTE[0] : '#8fb3de', class: `chart-${side}`, 'data-row': r.key, 'data-side': side }, s('title', {}, title)));
    };
    seg(r.outputLow, 'low', r.lowTitle);
    seg(r.outputHigh, 'high', r.highTitle);
  });
  f.b = f.t + o.rows.length * rowH + 2;
  f.svg.appendChild(s('line', { x1: base.toFixed(1), x2: base.toFixed(1), y1: f.t, y2: f.b, class: 'chart-axis', stroke: '#242424' }));
  numberAxis(f, ticks, x, o.fmt);
  return f.svg;
}

export function lineChart(o: Parameters<typeof drawLineChart>[0]): SVGElement {
  return responsive(() => drawLineChart(o));
}

export function barChart(o: Parameters<typeof drawBarChart>[0]): SVGElement {
  return responsive(() => drawBarChart(o));
}

export function histogramChart(o: Parameters<typeof drawHistogramChart>[0]): SVGElement {
  return responsive(() => drawHistogramChart(o));
}

export function tornadoChart(o: Parameters<typeof drawTornadoChart>[0]): SVGElement {
  return responsive(() => drawTornadoChart(o));
}
