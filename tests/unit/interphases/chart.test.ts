import { describe, it, expect } from "vitest";
import { parseHTML } from "linkedom";
import { chartDomains, chartPoints, chartSvg } from "../../../src/interphases/chart";
import { getViewRecords } from "../../../src/interphases/records";

const records = getViewRecords();
const domains = chartDomains(records);
const { document } = parseHTML("<!doctype html><html><body></body></html>");
const doc = document as unknown as Document;

describe("chartPoints", () => {
  it("plots tests with a current density and a lifetime in hours", () => {
    const points = chartPoints(records, "lifetime");
    const expected = records.flatMap((r) => r.tests).filter((t) => t.j && t.life?.unit === "h").length;
    expect(points).toHaveLength(expected);
    expect(points.every((p) => p.x > 0 && p.y > 0)).toBe(true);
  });

  it("a printed current range is centred on its geometric mean and spans its ends", () => {
    const bare = chartPoints(records, "lifetime").find((p) => p.id === "bare-na")!;
    expect([bare.x1, bare.x2]).toEqual([0.5, 1]);
    expect(bare.x).toBeCloseTo(Math.SQRT1_2, 10);
  });

  it("labels each point with its name and figures", () => {
    const p = chartPoints(records, "cumulative").find((q) => q.id === "iohl-na")!;
    expect(p.label).toBe("IOHL-Na (stannide/NaCl + aryl polymer): Na‖Na symmetric, 4 mA cm⁻², 4 mAh cm⁻², >2000\u00A0h, >8000 mAh cm⁻² plated, in the fast-charging window (≥ 2 mA cm⁻² with ≥ 0.5 mAh cm⁻²)");
  });

  it("keeps only the tests a filter lets through", () => {
    const shown = new Map([["nasn-nacl-sncl4", [false, true, false]]]);
    expect(chartPoints(records, "lifetime", { shown }).map((p) => p.test)).toEqual([1]);
  });

  it("fixes the axes from the whole dataset, including the 2 mA cm⁻² threshold", () => {
    expect(domains.x[0]).toBeLessThanOrEqual(0.1);
    expect(domains.x[1]).toBeGreaterThanOrEqual(10);
    expect(domains.lifetime[1]).toBeGreaterThanOrEqual(8000);
  });
});

describe("chartSvg", () => {
  it("static: one named image, marks hidden from assistive technology, no names on groups", () => {
    const svg = chartSvg(chartPoints(records, "lifetime"), { view: "lifetime", domains, subject: "32 interphases" }, doc);
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toMatch(/^Chart of lifetime against current density.*test results of 32 interphases.*2 mA cm⁻²/);
    expect(svg.querySelectorAll("g[aria-label]")).toHaveLength(0);
    expect(svg.querySelectorAll("a")).toHaveLength(0);
    expect(svg.textContent).toContain("fast charging");
  });

  it("interactive: every point is a named link to its table row", () => {
    const points = chartPoints(records, "capacity");
    const svg = chartSvg(points, { view: "capacity", domains, subject: "32 interphases", links: true }, doc);
    expect(svg.getAttribute("role")).toBe("group");
    const links = [...svg.querySelectorAll("a")];
    expect(links).toHaveLength(points.length);
    expect(links[0]!.getAttribute("href")).toMatch(/^#ipx-[a-z0-9-]+-t\d+$/);
    expect(links.every((a) => a.getAttribute("aria-label")!.includes(":"))).toBe(true);
  });

  it("highlight: the record's points drawn apart from the others", () => {
    const points = chartPoints(records, "lifetime", { highlight: "nasn-nacl-sncl4" });
    expect(points.filter((p) => p.highlight)).toHaveLength(3);
    const svg = chartSvg(points, { view: "lifetime", domains, subject: "all" }, doc);
    expect(svg.outerHTML).toContain('stroke-width="2"');
  });

  it("points layer: the same points at the same places, without axes, to swap into the drawn chart", () => {
    const points = chartPoints(records, "lifetime");
    const options = { view: "lifetime", domains, subject: "32 interphases", links: true } as const;
    const full = chartSvg(points, options, doc);
    const layer = chartSvg(points, { ...options, layer: "points" }, doc);
    expect(layer.querySelectorAll("text")).toHaveLength(0);
    for (const group of ["g.ipx-dots", "g.ipx-ranges", "g.ipx-ring-yes", "g.ipx-ring-current-only"]) {
      expect(layer.querySelector(group)!.innerHTML.replace(/plot-[0-9a-f]+/g, "")).toBe(full.querySelector(group)!.innerHTML.replace(/plot-[0-9a-f]+/g, ""));
    }
  });

  it("rings the points of fast tests: solid in the window, dashed for a fast current without a printed capacity", () => {
    const points = chartPoints(records, "lifetime");
    const svg = chartSvg(points, { view: "lifetime", domains, subject: "32 interphases" }, doc);
    const count = (status: string) => points.filter((p) => p.fast === status).length;
    expect(count("yes")).toBeGreaterThan(0);
    expect(count("current-only")).toBeGreaterThan(0);
    expect(svg.querySelector("g.ipx-ring-yes")!.children).toHaveLength(count("yes"));
    expect(svg.querySelector("g.ipx-ring-current-only")!.children).toHaveLength(count("current-only"));
    expect(svg.querySelector("g.ipx-ring-current-only")!.getAttribute("stroke-dasharray")).toBe("2,2");
    // Zn-HCNT (5 and 10 mA cm⁻², no capacity printed) carries the dashed ring and says why in its label.
    const zn = points.filter((p) => p.id === "zn-hcnt");
    expect(zn.map((p) => p.fast)).toEqual(["current-only", "current-only"]);
    expect(zn[0]!.label).toContain("fast current (≥ 2 mA cm⁻²), areal capacity not printed");
  });
});
