/**
 * An inline SVG of the page (a chart) as a file that looks the same elsewhere: the colours and type it
 * takes from the site's stylesheet and theme are written onto each element, over the page's background.
 * Loaded by copy-menu.ts on first use.
 */

/** The presentation properties a chart takes from CSS; written onto the copy as attributes. */
const PROPERTIES = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
  "opacity", "font-family", "font-size", "font-weight", "font-style", "font-variant-numeric", "text-anchor", "dominant-baseline",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/** The SVG's size on screen, in CSS pixels (its viewBox when it has not been laid out). */
function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  return {
    width: Math.round(box.width || view?.width || Number(svg.getAttribute("width")) || 640),
    height: Math.round(box.height || view?.height || Number(svg.getAttribute("height")) || 400),
  };
}

/** Standalone SVG markup of `svg` with its current computed look. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [copy, ...copy.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const target = copies[i]!;
    const style = getComputedStyle(el);
    if (style.display === "none") return target.remove();
    target.removeAttribute("style"); // its var(--…) mean nothing outside the site; the computed values follow
    for (const p of PROPERTIES) {
      const value = style.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
  });
  for (const s of copy.querySelectorAll("style")) s.remove();
  const { width, height } = sizeOf(svg);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  if (!copy.getAttribute("viewBox")) copy.setAttribute("viewBox", `0 0 ${width} ${height}`);
  copy.removeAttribute("class");
  const background = document.createElementNS(SVG_NS, "rect");
  const view = copy.viewBox.baseVal;
  for (const [k, v] of Object.entries({ x: view.x, y: view.y, width: view.width, height: view.height })) background.setAttribute(k, String(v));
  background.setAttribute("fill", getComputedStyle(document.body).backgroundColor);
  copy.prepend(background);
  return new XMLSerializer().serializeToString(copy);
}

/**
 * Rasterises standalone SVG markup at twice its on-screen size, sharp enough for slides. The image is read from a
 * data: URL, which the pages' CSP allows for images (img-src 'self' data:); a blob: URL would need blob: there too.
 */
export async function svgToPng(markup: string, svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw images");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the image could not be made"))), "image/png"),
  );
}
