import { describe, expect, test } from "vitest";
import { allowedScriptUrl } from "@src/lib/trusted-types";

describe("allowedScriptUrl: the default Trusted Types policy's only rule", () => {
  const paths = new Set(["/fcna/sw.js", "/fcna/pagefind/pagefind-worker.js"]);
  const page = "https://owner.github.io/fcna/failure-mechanisms/";
  test.each([
    // What Workbox and Pagefind pass (vite-plugin-pwa's register.js, pagefind.js's initSharedWorker).
    ["the service worker, as Workbox passes it", "/fcna/sw.js", "/fcna/sw.js"],
    ["Pagefind's worker, absolute", "https://owner.github.io/fcna/pagefind/pagefind-worker.js", "https://owner.github.io/fcna/pagefind/pagefind-worker.js"],
    ["relative to the page", "../sw.js", "../sw.js"],
    ["another origin", "https://evil.example/fcna/sw.js", null],
    ["another path", "/fcna/_astro/evil.js", null],
    ["another base", "/sw.js", null],
    ["a query", "/fcna/sw.js?x=1", null],
    ["a fragment", "/fcna/sw.js#x", null],
    ["data:", "data:text/javascript,alert(1)", null],
    ["javascript:", "javascript:alert(1)", null],
    ["not a URL", "http://[", null],
  ])("%s", (_, input, result) => {
    expect(allowedScriptUrl(input, page, paths)).toBe(result);
  });
});
