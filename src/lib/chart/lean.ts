/**
 * Trims an SVG that Observable Plot drew before it goes into a page: Plot's per-chart stylesheet and class
 * (the site's stylesheet styles charts), coordinates to a tenth of a pixel, and polylines to the points that
 * change their shape by more than a quarter pixel. Works on any DOM (linkedom at build time, the browser's).
 * Nothing it leaves is inline CSS: the pages' Content Security Policy refuses style attributes and <style>
 * elements it has no hash for (src/csp/), so Plot's `style` option is not used either.
 */
import { tenth } from "./svg";

const NUMERIC = ["x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "dx", "dy"];
/** Plot's defaults on the root that the site's chart style replaces. */
const ROOT_DEFAULTS = ["font-size", "font-family"];
/** How far (px) a point may be from the straight line its neighbours draw and still be left out. */
const TOLERANCE = 0.25;

const roundAll = (s: string) => s.replace(/-?\d*\.?\d+(?:e-?\d+)?/gi, (n) => String(tenth(Number(n))));

type Point = [number, number];

/** Douglas–Peucker: the points of a polyline needed to keep it within `tolerance` of the original. */
export function simplify(points: Point[], tolerance = TOLERANCE): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop()!;
    const [ax, ay] = points[i]!;
    const [bx, by] = points[j]!;
    const len = Math.hypot(bx - ax, by - ay);
    let far = -1;
    let worst = tolerance;
    for (let k = i + 1; k < j; k++) {
      const [px, py] = points[k]!;
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (d > worst) [worst, far] = [d, k];
    }
    if (far >= 0) {
      keep[far] = 1;
      stack.push([i, far], [far, j]);
    }
  }
  return points.filter((_, k) => keep[k]);
}

/** A path of straight segments ("M…L…L…", several "M" allowed), simplified and rounded; other paths only rounded. */
export function leanPath(d: string): string {
  if (!/^[ML\d.,\se-]+$/i.test(d)) return roundAll(d);
  return d
    .split("M")
    .filter(Boolean)
    .map((part) => {
      const pts = part.split("L").map((p) => p.split(",").map(Number) as Point);
      return "M" + simplify(pts).map(([x, y]) => `${tenth(x)},${tenth(y)}`).join("L");
    })
    .join("");
}

/**
 * Trims `svg` in place and returns it. `fontSize` (px), the size its labels were measured for, becomes the root's
 * font-size presentation attribute.
 */
export function leanSvg<T extends Element>(svg: T, fontSize?: number): T {
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const name of ROOT_DEFAULTS) svg.removeAttribute(name);
  if (fontSize !== undefined) svg.setAttribute("font-size", String(fontSize));
  for (const el of [svg, ...svg.querySelectorAll("*")]) {
    const cls = el.getAttribute("class");
    if (cls?.includes("plot-")) {
      const rest = cls.split(/\s+/).filter((c) => !c.startsWith("plot-")).join(" ");
      if (rest) el.setAttribute("class", rest);
      else el.removeAttribute("class");
    }
    for (const name of NUMERIC) {
      const v = el.getAttribute(name);
      if (v !== null && /^-?[\d.]+(?:e-?\d+)?$/i.test(v)) el.setAttribute(name, String(tenth(Number(v))));
    }
    const transform = el.getAttribute("transform");
    if (transform) el.setAttribute("transform", roundAll(transform));
    const d = el.getAttribute("d");
    if (d) el.setAttribute("d", leanPath(d));
  }
  return svg;
}
