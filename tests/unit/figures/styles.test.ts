import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

// A figure component's own scoped <style> reaches the single stylesheet through the chapter chunk that uses
// it, and Vite concatenated those in an order that changed between builds of the same sources: the
// stylesheet's file name (its content hash) changed with it, and every reader's cached copy with each deploy.
// Figures are styled from components/figures/figures.css, which every page loads from its layout.
const DIR = "components/figures";
const components = readdirSync(DIR).filter((f) => f.endsWith(".astro"));
const css = readFileSync(join(DIR, "figures.css"), "utf8");

describe("figure styles", () => {
  test("there are figure components", () => {
    expect(components.length).toBeGreaterThan(10);
  });

  test.each(components)("%s has no <style> of its own", (file) => {
    expect(readFileSync(join(DIR, file), "utf8")).not.toMatch(/<style\b/);
  });

  test("every figure class figures.css styles is the root class of a figure component", () => {
    const roots = components.flatMap((f) => [...readFileSync(join(DIR, f), "utf8").matchAll(/<svg class=\{?[`"](fig-[a-z0-9]+)/g)].map((m) => m[1]!));
    const styled = [...new Set([...css.matchAll(/\.(fig-ch[a-z0-9]+)/g)].map((m) => m[1]!))];
    expect(styled.length).toBeGreaterThan(0);
    expect(styled.filter((c) => !roots.includes(c))).toEqual([]);
  });
});
