// Benchmark of the built site in Chromium (not a test: it reports, it does not fail).
//   npm run bench                      calculators and page weight, on dist/
//   npm run bench -- --dir dist-x      another build folder (served at /)
//   npm run bench -- --no-lighthouse   without the Lighthouse run (mobile, every page; the slow part)
//   npm run bench -- --only lighthouse just the named sections (size, calculators, pages, interphases, limits, search, lighthouse)
//   npm run bench -- --only lighthouse --pages /print/,/limits/   Lighthouse on the named pages only
//   npm run bench -- --only lighthouse --runs 3   each page three times, reporting the median run
//   npm run bench -- --recheck 4       a page under 100 in its first run is measured 4 more times (default 2; 0: never)
// Builds nothing: run `npm run build` first. Prints tables and writes bench-results/latest.json.
// Each section is one async function taking the shared context and returning rows; add new ones to SECTIONS.
import { chromium } from "@playwright/test";
import { spawn, execFile } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { calibratedSlowdown } from "./lighthouse-cpu.mjs";
import { gzipSync } from "node:zlib";
import { promisify } from "node:util";

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
/** An option's value (`--name value`), or `fallback` without it. A name given with no value stops the run. */
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined || value === "" || value.startsWith("--")) {
    console.error(`npm run bench: --${name} needs a value (see the usage at the top of scripts/bench.mjs)`);
    process.exit(2);
  }
  return value;
};
// Every option is read here, before anything runs: a missing value is named at once, not an hour in.
const DIR = option("dir", "dist");
const UPDATES = Number(option("updates", 31));
const RUNS = Math.max(1, Number(option("runs", 1)) || 1);
const RECHECK = Math.max(0, Math.floor(Number(option("recheck", 2))) || 0);
const PAGES = option("pages", "").split(",").filter(Boolean);
const ONLY = option("only", "").split(",").filter(Boolean);
const CHROMIUM = "/usr/bin/chromium";
const CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const kB = (bytes) => round(bytes / 1024, 2);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Astro's static preview server over a build folder, on a free port; resolves once it answers. */
async function startServer(dir) {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/astro/astro.js", "preview", "--outDir", dir, "--port", String(port)], { stdio: ["ignore", "ignore", "inherit"] });
  const origin = `http://localhost:${port}`;
  const exited = new Promise((_, reject) => child.on("exit", (code) => reject(new Error(`server exited with ${code}`))));
  const ready = (async () => {
    for (;;) {
      try {
        if ((await fetch(`${origin}/`)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 200)); // polling a port that is not open yet
    }
  })();
  await Promise.race([ready, exited]);
  return { origin, stop: () => child.kill() };
}

/** Chapter pages of the build: folders whose index.html is marked data-kind="chapter". */
function chapterPages(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "index.html")))
    .filter((d) => /<html[^>]*data-kind="chapter"/.test(readFileSync(join(dir, d.name, "index.html"), "utf8")))
    .map((d) => `/${d.name}/`);
}

/** Calculators on a built page, in page order. */
function calculatorsOn(dir, path) {
  const html = readFileSync(join(dir, path, "index.html"), "utf8");
  return [...html.matchAll(/<form[^>]*\bdata-calc="([^"]+)"/g)].map((m) => m[1]);
}

/** In the page: change the first input of a calculator slightly; resolves when the chart has been redrawn. */
function firstUpdate(slug) {
  const form = document.getElementById(`calc-${slug}`);
  const input = form.querySelector("input[data-default]");
  const t0 = performance.now();
  const drawn = new Promise((resolve) => form.addEventListener("calc:drawn", () => resolve(performance.now() - t0), { once: true }));
  input.value = String(Number(input.dataset.default) * 1.001);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  return drawn;
}

/**
 * In the page, after the first update: n timed updates of one input (the named one, else the first), each to the
 * outputs and the chart (layout included).
 */
function steadyUpdates([slug, n, name]) {
  const form = document.getElementById(`calc-${slug}`);
  const input = form.querySelector(name ? `input[name="${name}"]` : "input[data-default]");
  const base = Number(input.dataset.default);
  let drawn = 0;
  form.addEventListener("calc:drawn", () => drawn++);
  const times = [];
  for (let k = 0; k < n; k++) {
    const before = drawn;
    const t0 = performance.now();
    input.value = String(base * (k % 2 ? 0.999 : 1.002));
    input.dispatchEvent(new Event("input", { bubbles: true }));
    void form.offsetHeight; // force style and layout of the new output and chart
    const t = performance.now() - t0;
    if (drawn === before) return { error: "chart not redrawn synchronously" };
    times.push(t);
  }
  return { times };
}

/** Section: every calculator's first update (loads runtime, model and Plot) and median steady update. */
async function benchCalculators({ browser, origin, dir }) {
  const rows = [];
  const seen = new Set();
  // The equations' own pages too: a chapter shows its equations' calculators at the defaults until asked.
  for (const path of [...chapterPages(dir), ...allPages(dir).filter((p) => p.startsWith("/equations/"))]) {
    for (const slug of calculatorsOn(dir, path)) {
      if (seen.has(slug)) continue;
      seen.add(slug);
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
      await page.locator(`#calc-${slug}`).scrollIntoViewIfNeeded();
      const first = await page.evaluate(firstUpdate, slug);
      const steady = await page.evaluate(steadyUpdates, [slug, UPDATES]);
      rows.push({
        calculator: slug,
        page: path,
        "first update (ms)": round(first, 1),
        "median update (ms)": steady.times ? round(median(steady.times), 2) : steady.error,
        "max update (ms)": steady.times ? round(Math.max(...steady.times), 2) : "",
        "within targets": steady.times ? first <= 300 && median(steady.times) < 16 : false,
      });
      await context.close();
    }
  }
  return rows;
}

/**
 * Counts the JavaScript a page has loaded, gzip-compressed: every script it fetched, measured from its file in the
 * build folder `dir`, plus its inline scripts (JSON data blocks excluded). Reading bodies back from the browser
 * failed now and then (the body no longer held) and left scripts uncounted; a fetched script that is not in `dir`
 * stops the run instead. `total()` first waits for the network to settle and for the page's own scripts to have
 * run (the after-paint loader's `<html data-scripts="ready">`, src/reading/after-paint.ts): the loader starts them
 * at the first paint, which on the long chapters can come after the network has been quiet for half a second.
 * Then it waits for the offline worker, whose registration brings workbox-window, so that every page's count
 * includes it (or none would).
 */
function trackScriptBytes(page, dir) {
  const scripts = new Map();
  const missing = [];
  let inlineCount = 0;
  page.on("response", (res) => {
    if (res.request().resourceType() !== "script") return;
    const file = join(dir, decodeURIComponent(new URL(res.url()).pathname));
    if (existsSync(file) && statSync(file).isFile()) scripts.set(res.url(), gzipSync(readFileSync(file), { level: 9 }).length);
    else missing.push(res.url());
  });
  return {
    async total() {
      await page.waitForLoadState("networkidle");
      await page.waitForFunction(() => document.documentElement.dataset.scripts === "ready" || !document.querySelector("script[data-modules]"), null, { timeout: 60_000 });
      // Registering the offline worker loads workbox-window once the page has settled (src/offline/register.ts).
      await page.evaluate(() => "serviceWorker" in navigator && Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 30_000))]));
      if (missing.length) throw new Error(`scripts not in ${dir}, so not measured: ${missing.join(", ")}`);
      const inline = await page.evaluate(() => [...document.querySelectorAll("script:not([src]):not([type='application/json'])")].map((s) => s.textContent ?? ""));
      inlineCount = inline.length;
      return [...scripts.values()].reduce((a, b) => a + b, 0) + inline.reduce((sum, text) => sum + gzipSync(Buffer.from(text), { level: 9 }).length, 0);
    },
    files: () => scripts.size + inlineCount,
  };
}

/** Section: JavaScript (gzip) each chapter page loads before any interaction, and after every calculator has hydrated. */
async function benchPageWeight({ browser, origin, dir }) {
  const rows = [];
  for (const path of chapterPages(dir)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const js = trackScriptBytes(page, dir);
    await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    const before = await js.total();
    const filesBefore = js.files();
    const slugs = calculatorsOn(dir, path);
    for (const slug of slugs) await page.evaluate(firstUpdate, slug);
    await page.waitForTimeout(300);
    const after = await js.total();
    rows.push({
      page: path,
      calculators: slugs.length,
      "JS before interaction (kB gzip)": kB(before),
      "JS after hydration (kB gzip)": kB(after),
      "scripts before (files + inline)": filesBefore,
      "within 10 kB": before <= 10 * 1024,
    });
    await context.close();
  }
  return rows;
}

/** Every page of a build as a site path ("/failure-mechanisms/"), redirect stubs left out. */
function allPages(dir) {
  const out = [];
  const walk = (d, path) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== "pagefind" && name !== "_astro") walk(p, `${path}${name}/`);
      } else if (name.endsWith(".html") && !/http-equiv="refresh"/.test(readFileSync(p, "utf8"))) {
        out.push(name === "index.html" ? path : `${path}${name}`);
      }
    }
  };
  walk(dir, "/");
  return out.sort();
}

/** HTML, CSS and JS a page loads before any interaction (the JS its loader starts after the first paint), gzip bytes, read from the build's files. */
function pageBytes(dir, path) {
  const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
  const html = readFileSync(file);
  const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
  const text = String(html);
  const linked = [...text.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="\/([^"]+)"/g)].map((m) => m[1]);
  // The page's own scripts, started after the first paint by its loader (src/reading/after-paint.ts).
  const loaded = (/<script data-modules="([^"]+)"/.exec(text)?.[1] ?? "").split(" ").filter(Boolean).map((src) => src.slice(1));
  const assets = [...linked, ...loaded].map((a) => join(dir, a));
  const sum = (ext) => assets.filter((a) => a.endsWith(ext)).reduce((n, a) => n + gz(a), 0);
  return { raw: html.length, html: gzipSync(html, { level: 9 }).length, css: sum(".css"), js: sum(".js") };
}

/**
 * Section (default; skip with --no-lighthouse): Lighthouse 12.8.2 (npx) with its mobile preset on every page, in
 * the bench's running Chromium (Debian's), which it reaches through the debugging port. One line per page: bytes
 * up front, LCP, TBT, CLS and the four scores. With --runs N each page is measured N times and the run with the
 * median performance score is reported (Lighthouse's own advice for its run-to-run spread), with the lowest and
 * highest score beside it. Reports in bench-results/lighthouse/ (the reported run).
 *
 * A page that scores under 100 in either column of its first run is measured --recheck more times (2 unless told)
 * and reported the same way, as the median of its runs with their range. On these hosts loads of the same page
 * scored from 79 to 97 within ten minutes (/plating-and-stripping/, idle machine): one run says as much about the
 * host's moment as about the page, and measuring every page three times would triple an hour's run for the pages
 * that score 100 in any run.
 *
 * Why a running browser: in a browser Lighthouse launches for itself, the first page often painted late on these
 * machines. Traced on /404.html, the page was parsed and loaded within 0.3 s, then the first frame waited until
 * 1.2 s (or 2.3 s) with the main thread idle. Most pages of a run of the whole site showed it, at random.
 * Lighthouse takes its Speed Index estimate from that observed first paint, so the stall cost 0.5-1.7 s of Speed
 * Index and up to 3 points a page. Attached to one running browser, all 82 pages painted within 0.22-0.54 s. A
 * reader's browser is a running one too. Lighthouse still clears the origin's storage before each run.
 *
 * Two performance scores from each load. Lighthouse simulates the phone after the load, from the trace of an
 * unthrottled run, multiplying the main-thread time it observed by a CPU slowdown: "perf 4×" is its fixed default,
 * which its throttling guide sets for a high-end desktop host (benchmarkIndex 1500-2000); "perf cal." audits the same
 * saved load again with the slowdown that the guide's calculator gives for the benchmarkIndex Lighthouse measured
 * in that run (./lighthouse-cpu.mjs), so that both columns simulate the same phone on a host of any speed. These
 * shared 2-core machines measure 140-2,300 from run to run, and Lighthouse warns in the report under 1,000. The
 * saved settings are edited to the new slowdown, since Lighthouse refuses to audit with settings that differ from
 * the gathering ones; with simulated throttling the gathering itself runs unthrottled, so nothing else changes.
 */
async function benchLighthouse({ origin, dir, debuggingPort }) {
  const run = promisify(execFile);
  const rows = [];
  const out = "bench-results/lighthouse";
  mkdirSync(out, { recursive: true });
  const common = ["--yes", "lighthouse@12.8.2", "--quiet", "--only-categories=performance,accessibility,best-practices,seo", "--output=json", "--output-path=stdout"];
  const lighthouse = async (args) => JSON.parse((await run("npx", [...common, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout);
  const perfOf = (r) => r.categories.performance.score;
  const range = (scores) => (scores.length > 1 ? `${Math.round(Math.min(...scores) * 100)}-${Math.round(Math.max(...scores) * 100)}` : "");
  /** One load of `path`, scored twice: as gathered (4×) and re-audited with the host's calibrated slowdown. */
  const measure = async (path) => {
    const saved = mkdtempSync(join(tmpdir(), "bench-lh-"));
    try {
      const report = await lighthouse([`${origin}${path}`, `--port=${debuggingPort}`, `-GA=${saved}`]);
      const artifactsFile = join(saved, "artifacts.json");
      const artifacts = JSON.parse(readFileSync(artifactsFile, "utf8"));
      const slowdown = calibratedSlowdown(artifacts.BenchmarkIndex);
      artifacts.settings.throttling.cpuSlowdownMultiplier = slowdown;
      writeFileSync(artifactsFile, JSON.stringify(artifacts));
      const calibrated = await lighthouse([`${origin}${path}`, `-A=${saved}`, `--throttling.cpuSlowdownMultiplier=${slowdown}`]);
      return { report, calibrated, slowdown };
    } finally {
      rmSync(saved, { recursive: true, force: true });
    }
  };
  for (const path of PAGES.length ? PAGES : allPages(dir)) {
    const reports = [];
    for (let k = 0; k < RUNS; k++) reports.push(await measure(path));
    const below100 = reports.some((r) => perfOf(r.report) < 1 || perfOf(r.calibrated) < 1);
    if (RUNS === 1 && below100) for (let k = 0; k < RECHECK; k++) reports.push(await measure(path));
    const sorted = reports.sort((x, y) => perfOf(x.report) - perfOf(y.report));
    const { report, calibrated, slowdown } = sorted[(sorted.length - 1) >> 1];
    const calScores = reports.map((r) => perfOf(r.calibrated));
    const name = path.replace(/^\/|\/$/g, "").replaceAll("/", "_") || "home";
    writeFileSync(join(out, `${name}.json`), JSON.stringify(report));
    writeFileSync(join(out, `${name}.calibrated.json`), JSON.stringify(calibrated));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const bytes = pageBytes(dir, path);
    rows.push({
      page: path,
      "HTML kB": round(bytes.raw / 1024, 0),
      "HTML gz": kB(bytes.html),
      "CSS gz": kB(bytes.css),
      "JS gz": kB(bytes.js),
      "LCP ms": Math.round(report.audits["largest-contentful-paint"].numericValue),
      "TBT ms": Math.round(report.audits["total-blocking-time"].numericValue),
      CLS: round(report.audits["cumulative-layout-shift"].numericValue, 3),
      "perf 4×": score("performance"),
      runs: reports.length,
      "4× range": range(sorted.map((r) => perfOf(r.report))),
      "perf cal.": Math.round(median(calScores) * 100),
      "cal. range": range(calScores),
      "a11y/BP/SEO": `${score("accessibility")}/${score("best-practices")}/${score("seo")}`,
      "host index, cal. ×": `${Math.round(report.environment.benchmarkIndex)}, ${slowdown}`,
    });
  }
  return rows;
}

/** In the interphase page: n timed filter toggles or sort clicks; each returns the whole handler (layout included) and its table and chart parts. */
function interphaseRuns([kind, n]) {
  const box = document.querySelector('input[name="class"][value="inorganic"]');
  const sorts = [...document.querySelectorAll("button.ipx-sort")];
  const runs = [];
  for (let k = 0; k < n; k++) {
    performance.clearMeasures();
    const t0 = performance.now();
    if (kind === "filter") box.click();
    else sorts[k % sorts.length].click();
    void document.body.offsetHeight; // force style and layout of the reordered table and the new chart
    const total = performance.now() - t0;
    const part = (name) => performance.getEntriesByName(name, "measure")[0]?.duration;
    runs.push({ total, table: part("ipx-table"), chart: part("ipx-chart") });
  }
  return runs;
}

/** Section: the interphase comparison — JavaScript before and after the first interaction, and filter, sort and chart redraw times. */
async function benchInterphases({ browser, origin, dir }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const { total } = trackScriptBytes(page, dir);
  await page.goto(`${origin}/interphases/`, { waitUntil: "networkidle" });
  const before = await total();
  await page.getByRole("checkbox", { name: /^hybrid\b/ }).check();
  await page.locator(".ipx-plot svg[role=group]").waitFor();
  const after = await total();
  await page.getByRole("checkbox", { name: /^hybrid\b/ }).uncheck();
  const filter = await page.evaluate(interphaseRuns, ["filter", UPDATES]);
  const sort = await page.evaluate(interphaseRuns, ["sort", UPDATES]);
  await context.close();
  const stat = (runs, key) => {
    const xs = runs.map((r) => r[key]).filter((x) => x !== undefined);
    return { "median (ms)": round(median(xs), 2), "max (ms)": round(Math.max(...xs), 2), runs: xs.length, "within target": median(xs) < 16 };
  };
  return [
    { measure: "filter: table, counts, chart, layout", ...stat(filter, "total") },
    { measure: "  of which filter and sort of the table", ...stat(filter, "table") },
    { measure: "  of which chart redraw", ...stat(filter, "chart") },
    { measure: "sort: table reordered, layout", ...stat(sort, "total") },
    { measure: "JS before interaction", "kB gzip": kB(before), "within target": before <= 10 * 1024 },
    { measure: "JS after the chart loads", "kB gzip": kB(after) },
  ];
}

/**
 * Section: the fast-charging limits page (/limits/) — JavaScript before interaction, and the time from a change of
 * its first input (j) to the new outputs, verdict and all three charts (the map with every interphase test on it).
 * A change of j moves the reader's point in each chart; a change of D moves the depletion region, j_lim and the
 * Sand's-time curve, so it draws the map and the Sand's-time chart anew: its row has no target, for comparison.
 */
async function benchLimits({ browser, origin, dir }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const js = trackScriptBytes(page, dir);
  await page.goto(`${origin}/limits/`, { waitUntil: "networkidle" });
  const before = await js.total();
  await page.locator("#calc-limits").scrollIntoViewIfNeeded();
  const first = await page.evaluate(firstUpdate, "limits");
  const steady = await page.evaluate(steadyUpdates, ["limits", UPDATES]);
  const redraws = await page.evaluate(steadyUpdates, ["limits", UPDATES, "D"]);
  const after = await js.total();
  const points = await page.locator("#calc-limits [data-chart] svg a").count();
  await context.close();
  const times = steady.times ?? [];
  return [
    { measure: "JS before interaction", value: kB(before), unit: "kB gzip", target: "≤ 10", "within target": before <= 10 * 1024 },
    { measure: "first update (loads runtime, model and Plot)", value: round(first, 1), unit: "ms", target: "≤ 300", "within target": first <= 300 },
    { measure: `median update of j: outputs, notes, 3 charts (the reader's point moves), ${points} test points`, value: times.length ? round(median(times), 2) : steady.error, unit: "ms", target: "≤ 16", "within target": times.length > 0 && median(times) <= 16 },
    { measure: "max update", value: times.length ? round(Math.max(...times), 2) : "", unit: "ms" },
    { measure: "median update of D (map and Sand's-time chart drawn anew)", value: redraws.times ? round(median(redraws.times), 2) : redraws.error, unit: "ms" },
    { measure: "JS after the first update", value: kB(after), unit: "kB gzip" },
  ];
}

/** Search queries typed into the header field, one key at a time. */
const SEARCH_QUERIES = [
  "Sand", "eqn 6", "t_Sand", "Tafel", "creep", "alucone", "NaI", "sodium formate", "Na3P", "transference",
  "current density", "dendrite", "SEI resistivity", "Arrhenius", "void", "C-rate", "Butler", "overpotential", "PVDF", "Wurtz",
];
/** Pause between keystrokes (ms): a steady typist, slower than a search, so every keystroke gets its own results. */
const KEY_DELAY = 200;

/** Bytes of a folder, all files below it. */
function folderBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, d) => {
    const p = join(dir, d.name);
    return sum + (d.isDirectory() ? folderBytes(p) : statSync(p).size);
  }, 0);
}

/** In the page: from each keystroke in the header field to the next frame after its results are written. */
function timeKeystrokes() {
  const input = document.querySelector("#site-search-q");
  const status = document.querySelector("[data-search-status]");
  const bench = (window.__searchBench = { samples: [], typedAt: null, focusedAt: null, cold: null });
  input.addEventListener("focus", () => (bench.focusedAt ??= performance.now()));
  input.addEventListener("keydown", () => (bench.typedAt = performance.now()), true);
  // The status is written right after the results list, for the latest keystroke only.
  new MutationObserver(() => {
    const typedAt = bench.typedAt;
    if (typedAt === null || !input.value.trim()) return;
    bench.typedAt = null;
    requestAnimationFrame(() => {
      bench.cold ??= performance.now() - bench.focusedAt;
      bench.samples.push(performance.now() - typedAt);
    });
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

/** Section: search — index size on disk, bytes loaded by the first search, and keystroke-to-results times. */
async function benchSearch({ browser, origin, dir }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/failure-mechanisms/`, { waitUntil: "networkidle" });
  // Everything fetched from the first focus to the first results; gzip as a compressing server would send it
  // (Pagefind's index files are gzipped already, so they count as they are).
  const loaded = [];
  const pending = [];
  let recording = true;
  page.on("response", (res) => {
    if (!recording) return;
    pending.push(res.body().then((body) => loaded.push({ raw: body.length, gzip: Math.min(body.length, gzipSync(body, { level: 9 }).length) }), () => {}));
  });
  await page.evaluate(timeKeystrokes);
  // Cold: the reader focuses and types at once, while the search code, styles and index are still loading.
  const field = page.getByRole("combobox", { name: "Search the site" });
  await field.focus();
  await field.press(SEARCH_QUERIES[0][0]);
  await page.getByRole("option").first().waitFor();
  await field.pressSequentially(SEARCH_QUERIES[0].slice(1), { delay: KEY_DELAY });
  await page.waitForTimeout(KEY_DELAY);
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  recording = false;
  const cold = await page.evaluate(() => (window.__searchBench.samples.splice(0), window.__searchBench.cold));
  for (const query of SEARCH_QUERIES) {
    await field.fill("");
    await field.pressSequentially(query, { delay: KEY_DELAY });
    await page.waitForTimeout(KEY_DELAY);
  }
  const warm = await page.evaluate(() => window.__searchBench.samples);
  await context.close();
  const sum = (key) => loaded.reduce((n, f) => n + f[key], 0);
  return [
    { measure: `index on disk (${dir}/pagefind)`, kB: kB(folderBytes(join(dir, "pagefind"))) },
    { measure: "loaded from first focus to first results, as served", kB: kB(sum("raw")), files: loaded.length },
    { measure: "  the same, gzip", kB: kB(sum("gzip")) },
    { measure: "focus, first key at once, to its results (cold)", "median (ms)": round(cold ?? NaN, 1), runs: 1 },
    { measure: "keystroke to results on screen (warm)", "median (ms)": round(median(warm), 1), "max (ms)": round(Math.max(...warm), 1), runs: warm.length },
  ];
}

/** Section: the built site's size on disk, and the heaviest pages by HTML + CSS + JS loaded before any interaction (gzip, from the files). */
async function benchSiteSize({ dir }) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const gz = (p) => gzipSync(readFileSync(p), { level: 9 }).length;
  const total = files.reduce((sum, p) => sum + statSync(p).size, 0);
  const pages = files.filter((p) => p.endsWith(".html") && !p.includes("/pagefind/"));
  const weigh = (p) => {
    const html = readFileSync(p, "utf8");
    const assets = [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="\/([^"]+)"/g)].map((m) => join(dir, m[1]));
    const inline = [...html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)];
    const css = assets.filter((a) => a.endsWith(".css")).reduce((sum, a) => sum + gz(a), 0);
    const js = assets.filter((a) => a.endsWith(".js")).reduce((sum, a) => sum + gz(a), 0);
    return { page: p.slice(dir.length).replace(/index\.html$/, ""), "HTML (kB gzip)": kB(gz(p)), "CSS (kB gzip)": kB(css), "JS files (kB gzip)": kB(js), "total (kB gzip)": kB(gz(p) + css + js), inline: inline.length };
  };
  const rows = pages.map(weigh).sort((a, b) => b["total (kB gzip)"] - a["total (kB gzip)"]);
  return [{ page: `(whole site: ${files.length} files, ${pages.length} pages)`, "total (kB gzip)": kB(total), "HTML (kB gzip)": "on disk, not gzip" }, ...rows.slice(0, 5)];
}

/** The line under the Lighthouse table: how many pages reach each target, and which pages fall short of 100. */
function lighthouseSummary(rows) {
  const count = (test) => rows.filter(test).length;
  const short = rows.filter((r) => r["perf 4×"] < 100 || r["perf cal."] < 100).map((r) => `${r.page} ${r["perf 4×"]}/${r["perf cal."]}`);
  return [
    `Performance 100 on ${count((r) => r["perf 4×"] === 100)} of ${rows.length} pages as gathered (4×), on ${count((r) => r["perf cal."] === 100)} calibrated;` +
      ` accessibility, best practices and SEO 100 on ${count((r) => r["a11y/BP/SEO"] === "100/100/100")}; CLS 0 on ${count((r) => r.CLS === 0)}.`,
    ...(short.length ? [`Under 100 (4×/cal.): ${short.join(", ")}`] : []),
  ].join("\n");
}

/** Sections in the order they run; others (interphase table, search) can be appended here. */
const SECTIONS = [
  { key: "size", title: "Built site: size, and the heaviest pages before any interaction (HTML + CSS + JS, gzip)", run: benchSiteSize },
  { key: "calculators", title: "Calculators: time from an input change to the updated output and chart", run: benchCalculators },
  { key: "pages", title: "Chapter pages: JavaScript loaded (gzip)", run: benchPageWeight },
  { key: "interphases", title: "Interphase comparison (/interphases/): JavaScript and update times", run: benchInterphases },
  { key: "limits", title: "Fast-charging limits (/limits/): JavaScript and update time", run: benchLimits },
  { key: "search", title: "Search: index size, bytes of the first search, keystroke to results", run: benchSearch },
  ...(flag("no-lighthouse") ? [] : [{ key: "lighthouse", title: "Every page: bytes it loads before any interaction (kB; gz = gzip) and Lighthouse 12.8.2, mobile", run: benchLighthouse, summary: lighthouseSummary }]),
];

// --only size,lighthouse runs just those sections.
const chosen = ONLY.length ? SECTIONS.filter((s) => ONLY.includes(s.key)) : SECTIONS;

if (!existsSync(join(DIR, "index.html"))) {
  console.error(`No built site in ${DIR}/ — run "npm run build" first.`);
  process.exit(1);
}
const server = await startServer(DIR);
// The debugging port is for Lighthouse (benchLighthouse); the other sections drive the browser through Playwright.
const debuggingPort = await freePort();
const browser = await chromium.launch({ executablePath: existsSync(CHROMIUM) ? CHROMIUM : undefined, args: [...CHROME_ARGS, `--remote-debugging-port=${debuggingPort}`] });
const results = { date: new Date().toISOString(), dir: DIR, node: process.version, cpus: (await import("node:os")).cpus().length, sections: {}, summaries: {} };
try {
  for (const section of chosen) {
    const rows = await section.run({ browser, origin: server.origin, dir: DIR, debuggingPort });
    results.sections[section.key] = rows;
    console.log(`\n${section.title}`);
    console.table(rows);
    if (section.summary) {
      results.summaries[section.key] = section.summary(rows);
      console.log(results.summaries[section.key]);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", `${JSON.stringify(results, null, 2)}\n`);
console.log("\nWritten to bench-results/latest.json");
