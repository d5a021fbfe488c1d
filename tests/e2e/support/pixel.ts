import { inflateSync } from "node:zlib";
import type { Page } from "@playwright/test";

/**
 * The colour of one screen pixel, "#rrggbb", from a 1 × 1 PNG screenshot. With one pixel every PNG row filter
 * reduces to the raw bytes, so decoding is reading the bytes after the filter byte.
 */
export async function pixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 }, animations: "disabled" });
  let offset = 8;
  let colourType = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") colourType = data[9]!;
    if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`unexpected PNG colour type ${colourType}`);
  const [, r, g, b] = inflateSync(Buffer.concat(idat));
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, "0")).join("")}`;
}
