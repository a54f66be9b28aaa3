// Greedy placement of point labels in pixel space, so labelled words do not overlap each other or the
// points (Vega-Lite has no label-collision transform). Pure: text widths come from the caller's measure.

export interface LabelBox { x: number; y: number; w: number; h: number }

export interface LabelRequest {
  /** Point position in pixels (origin top-left). */
  px: number;
  py: number;
  text: string;
}

export interface LabelPlacement {
  /** Left edge and vertical centre of the label in pixels, or null when no free spot was found. */
  x: number;
  y: number;
  /** Edge of the label nearest its point, in pixels: where a leader line ends. */
  nearX: number;
  /** True when the label sits away from its point and needs a leader line. */
  displaced: boolean;
}

/** Width of a text estimate: DejaVu Sans averages about 0.6 em a character in mixed-case words. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.62;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Whether the segment from (x1, y1) to (x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: LabelBox): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, x1 - b.x], [dx, b.x + b.w - x1], [-dy, y1 - b.y], [dy, b.y + b.h - y1]];
  for (const [p, q] of edges) {
    if (p === 0) { if (q < 0) return false; continue; }
    const t = q / p;
    if (p < 0) { if (t > t1) return false; if (t > t0) t0 = t; } else { if (t < t0) return false; if (t < t1) t1 = t; }
  }
  return t0 < t1;
}

/** Whether two segments cross (touching ends count as crossing). */
function segmentsCross(a: [number, number, number, number], b: [number, number, number, number]): boolean {
  const side = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
  const [ax1, ay1, ax2, ay2] = a;
  const [bx1, by1, bx2, by2] = b;
  return side(ax1, ay1, ax2, ay2, bx1, by1) !== side(ax1, ay1, ax2, ay2, bx2, by2)
    && side(bx1, by1, bx2, by2, ax1, ay1) !== side(bx1, by1, bx2, by2, ax2, ay2);
}

/**
 * Places labels in the order given (most important first): beside the point right or left, or
 * centred just above or below it (with `diagonals`, then above or below to its right or left); then
 * further away with a leader line, nearest spots first. A label keeps clear of the other labels, of
 * every point (the labelled ones and `obstacles`, e.g. the unlabelled points of a scatter), of the
 * `lines` drawn (a chart's series) and of the leader lines already drawn; its own leader line crosses
 * no label and no other leader. Without `leaders`, only the spots next to the point are tried.
 * `measure` gives text widths (default: an estimate; the renderer's font metrics where they matter).
 * A label with no free spot gets null.
 */
export function placeLabels(
  requests: LabelRequest[], width: number, height: number, fontSize: number, pointRadius = 4,
  obstacles: readonly { px: number; py: number }[] = [],
  options: {
    leaders?: boolean; measure?: (text: string, fontSize: number) => number; lines?: readonly (readonly [number, number, number, number])[];
    /** also the four spots diagonal to the point, after the four beside it */
    diagonals?: boolean;
  } = {},
): (LabelPlacement | null)[] {
  const { leaders: withLeaders = true, measure = estimateTextWidth, lines = [], diagonals = false } = options;
  const dot = (p: { px: number; py: number }) => ({ x: p.px - pointRadius, y: p.py - pointRadius, w: 2 * pointRadius, h: 2 * pointRadius });
  const points: LabelBox[] = [...requests.map(dot), ...obstacles.map(dot)];
  const labels: LabelBox[] = [];
  const leaders: [number, number, number, number][] = [];
  const h = fontSize + 2;
  const gap = pointRadius + 2;
  return requests.map((r) => {
    const w = measure(r.text, fontSize);
    // Candidate spots: [left edge, vertical centre, displaced]; nearest first.
    const spots: [number, number, boolean][] = [
      [r.px + gap, r.py, false], [r.px - gap - w, r.py, false],
      [r.px - w / 2, r.py - gap - h / 2, false], [r.px - w / 2, r.py + gap + h / 2, false],
      ...(diagonals
        ? [[r.px + gap, r.py - gap - h / 2, false], [r.px - gap - w, r.py - gap - h / 2, false],
          [r.px + gap, r.py + gap + h / 2, false], [r.px - gap - w, r.py + gap + h / 2, false]] as [number, number, boolean][]
        : []),
    ];
    const far: [number, number, boolean][] = [];
    for (let k = 1; withLeaders && k <= 8; k++) {
      for (const out of [0, 12, 24, 40, 60]) {
        for (const dy of [-k * h, k * h]) {
          far.push([r.px + gap + out, r.py + dy, true], [r.px - gap - out - w, r.py + dy, true]);
        }
      }
    }
    // Nearest first: by the length of the leader line.
    far.sort((a, b) => Math.hypot(a[0] + w / 2 - r.px, a[1] - r.py) - Math.hypot(b[0] + w / 2 - r.px, b[1] - r.py));
    for (const [x, y, displaced] of [...spots, ...far]) {
      const box = { x, y: y - h / 2, w, h };
      if (box.x < 0 || box.x + box.w > width || box.y < 0 || box.y + box.h > height) continue;
      if (labels.some((t) => overlaps(t, box)) || points.some((t) => overlaps(t, box))) continue;
      if (leaders.some(([x1, y1, x2, y2]) => segmentHitsBox(x1, y1, x2, y2, box))) continue;
      // A drawn line has width: kept 1 px clear of the box.
      const clear = { x: box.x - 1, y: box.y - 1, w: box.w + 2, h: box.h + 2 };
      if (lines.some(([x1, y1, x2, y2]) => segmentHitsBox(x1, y1, x2, y2, clear))) continue;
      const nearX = x + w / 2 < r.px ? x + w : x;
      if (displaced) {
        const leader: [number, number, number, number] = [r.px, r.py, nearX, y];
        if (labels.some((t) => segmentHitsBox(...leader, t)) || leaders.some((l) => segmentsCross(l, leader))) continue;
        leaders.push(leader);
      }
      labels.push(box);
      return { x, y, nearX, displaced };
    }
    return null;
  });
}
