// Greedy placement of point labels in pixel space, so labelled words do not overlap each other or the
// labelled points (Vega-Lite has no label-collision transform). Pure: sizes are estimated, not measured.

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

/**
 * Places labels in the order given (most important first): beside the point right or left, then
 * further up or down with a leader line; a label with no free spot inside the plot gets null.
 */
export function placeLabels(
  requests: LabelRequest[], width: number, height: number, fontSize: number, pointRadius = 4,
): (LabelPlacement | null)[] {
  const taken: LabelBox[] = requests.map((r) => ({ x: r.px - pointRadius, y: r.py - pointRadius, w: 2 * pointRadius, h: 2 * pointRadius }));
  const h = fontSize + 2;
  const gap = pointRadius + 2;
  const shifts = [0, -1, 1, -2, 2, -3, 3, -4, 4].map((k) => k * h);
  return requests.map((r) => {
    const w = estimateTextWidth(r.text, fontSize);
    for (const dy of shifts) {
      for (const side of [1, -1]) {
        const x = side > 0 ? r.px + gap : r.px - gap - w;
        const y = r.py + dy;
        const box = { x, y: y - h / 2, w, h };
        if (box.x < 0 || box.x + box.w > width || box.y < 0 || box.y + box.h > height) continue;
        if (taken.some((t) => overlaps(t, box))) continue;
        taken.push(box);
        return { x, y, nearX: side > 0 ? x : x + w, displaced: dy !== 0 };
      }
    }
    return null;
  });
}
