// Compiles every chapter with the same markdown plugins as the site, so a syntax
// slip in MDX is caught in a second, without a full build.
import { compile } from "@mdx-js/mdx";
import remarkMath from "remark-math";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const dir = "content/chapters";
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith(".mdx")).map((f) => join(dir, f));
let failed = 0;
for (const file of files) {
  try {
    await compile(readFileSync(file, "utf8"), { remarkPlugins: [remarkMath] });
    console.log(`ok   ${file}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${file}: ${err.message}`);
  }
}
process.exit(failed ? 1 : 0);
