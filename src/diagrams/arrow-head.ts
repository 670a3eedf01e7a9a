/** A point of a diagram in viewBox units. */
export type Point = readonly [number, number];

/** Rounds to one decimal, so the markup stays short. */
const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The path of a filled arrowhead whose tip is `to`, pointing away from `from`: a triangle
 * `length` long and `width` wide at its base.
 */
export function arrowHead(from: Point, to: Point, length = 8, width = 8): string {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const d = Math.hypot(x2 - x1, y2 - y1) || 1;
  const [ux, uy] = [(x2 - x1) / d, (y2 - y1) / d];
  const [bx, by] = [x2 - ux * length, y2 - uy * length];
  const [px, py] = [(-uy * width) / 2, (ux * width) / 2];
  const pts = [
    [x2, y2],
    [bx + px, by + py],
    [bx - px, by - py],
  ].map(([x = 0, y = 0]) => `${round(x)},${round(y)}`);
  return `M${pts.join('L')}Z`;
}
