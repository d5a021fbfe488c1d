#!/usr/bin/env node
/**
 * `npm test`: everything the site is held to, in the least wall time on a 2-core machine.
 *
 *   lane 1: type check (astro check), then the unit tests (Vitest)
 *   lane 2: the root build, then the /fcna/ sub-path build (one after the other: they share Astro's caches)
 *   then:   the end-to-end tests (Playwright), which need both builds
 *
 * The two lanes run side by side: neither keeps both cores busy for long, and together they take about 50 s
 * where one after the other took about 70. Lane 2 prints as it goes; lane 1's output is held and printed whole
 * when it ends, so the two never interleave. The first failure stops the run with its exit code.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

// `npm run --silent` (which keeps npm's banners out of the log) also silences npm's own "Missing script" error:
// name a missing script here instead, before anything starts.
const LANES = { checks: ["check", "test:unit"], builds: ["build", "build:base"], e2e: ["test:e2e"] };
const defined = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).scripts ?? {};
const missing = Object.values(LANES).flat().filter((s) => !(s in defined));
if (missing.length) {
  console.error(`npm test: package.json has no script ${missing.map((s) => `"${s}"`).join(", ")}`);
  process.exit(1);
}

/** Runs `npm run <script>`; resolves with its exit code. `hold` collects the output instead of printing it. */
function run(script, { hold } = {}) {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: hold ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
    if (hold) {
      child.stdout.on("data", (chunk) => hold.push(chunk));
      child.stderr.on("data", (chunk) => hold.push(chunk));
    }
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs the scripts in order until one fails; resolves with the failing script and its code, or null. */
async function lane(scripts, options) {
  for (const script of scripts) {
    const code = await run(script, options);
    if (code !== 0) return { script, code };
  }
  return null;
}

const held = [];
const [checks, builds] = await Promise.all([lane(LANES.checks, { hold: held }), lane(LANES.builds)]);
process.stdout.write(`\n── type check and unit tests ──\n${Buffer.concat(held).toString()}`);
const failed = checks ?? builds ?? (await lane(LANES.e2e));
if (failed) {
  console.error(`\nnpm test: "${failed.script}" failed (exit code ${failed.code})`);
  process.exit(failed.code);
}
