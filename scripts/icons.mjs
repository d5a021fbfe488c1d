// Draws the web app manifest's PNG icons from public/favicon.svg (run by hand when the logo changes):
// node scripts/icons.mjs → public/icon-192.png, public/icon-512.png. Uses sharp, which Astro installs.
import sharp from "sharp";
import { readFileSync } from "node:fs";

const svg = readFileSync("public/favicon.svg");
for (const size of [192, 512]) {
  await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`public/icon-${size}.png`);
  console.log(`public/icon-${size}.png`);
}
