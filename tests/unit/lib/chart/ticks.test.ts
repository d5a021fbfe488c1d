import { describe, expect, test } from "vitest";
import { fitTicks, position } from "@src/lib/chart/ticks";

const narrowLabels = () => 10;

describe("position", () => {
  test.each([
    ["linear", [0, 10], 100, 5, 50],
    ["linear", [10, 0], 100, 2, 80], // a reversed domain runs the other way
    ["log", [1, 1000], 90, 10, 30], // one decade of three
    ["log", [0.1, 10], 100, 1, 50],
  ] as const)("%s %j over %i px: %f at %f", (scale, domain, length, v, expected) => {
    expect(position(scale, [...domain], length, v)).toBeCloseTo(expected, 9);
  });
});

describe("fitTicks", () => {
  test("a long linear axis gets d3's nice steps", () => {
    const t = fitTicks({ scale: "linear", domain: [0, 57.5], length: 400, size: narrowLabels });
    expect(t.domain).toEqual([0, 57.5]); // not asked to be nice: the domain stays
    expect(t.ticks).toEqual([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]);
  });

  test("a short axis gets fewer ticks, so labels 40 px wide keep 8 px apart", () => {
    const t = fitTicks({ scale: "linear", domain: [0, 4200], nice: true, length: 160, size: () => 40, gap: 8 });
    // 0, 2000, 4000 … 6000 would need a nice domain of [0, 6000]; [0, 5000] with ticks every 1000 crowds 160 px.
    const step = t.ticks[1]! - t.ticks[0]!;
    const spacing = (160 * step) / (t.domain[1] - t.domain[0]);
    expect(spacing).toBeGreaterThanOrEqual(48);
    expect(t.domain[0]).toBe(0);
    expect(t.domain[1]).toBeGreaterThanOrEqual(4200);
  });

  test("a nice domain ends on ticks", () => {
    const t = fitTicks({ scale: "linear", domain: [0.3, 9.7], nice: true, length: 300, size: narrowLabels });
    expect(t.domain).toEqual([0, 10]);
    expect(t.ticks[0]).toBe(0);
    expect(t.ticks.at(-1)).toBe(10);
  });

  test("ticks never fall outside the domain", () => {
    for (const domain of [[0.1, 20], [1, 1e5], [230, 370], [-582, 509]] as [number, number][]) {
      const scale = domain[0] > 0 && domain[1] / domain[0] > 50 ? "log" : "linear";
      const t = fitTicks({ scale, domain, length: 200, size: () => 30 });
      for (const v of t.ticks) {
        expect(v).toBeGreaterThanOrEqual(Math.min(...t.domain) - 1e-9);
        expect(v).toBeLessThanOrEqual(Math.max(...t.domain) + 1e-9);
      }
    }
  });

  test("a log axis over many decades thins its powers of ten to fit", () => {
    const wide = fitTicks({ scale: "log", domain: [1, 1e5], length: 500, size: () => 30 });
    expect(wide.ticks).toEqual([1, 10, 100, 1000, 1e4, 1e5]);
    const narrow = fitTicks({ scale: "log", domain: [1, 1e5], length: 120, size: () => 30 });
    expect(narrow.ticks).toEqual([1, 100, 1e4]); // every second power: 48 px apart for 30 px labels
  });

  test("a log axis under two decades uses 1-2-5 steps when they fit", () => {
    const t = fitTicks({ scale: "log", domain: [1, 50], length: 400, size: narrowLabels });
    expect(t.ticks).toEqual([1, 2, 5, 10, 20, 50]);
  });

  test("a nice log domain ends on powers of ten", () => {
    expect(fitTicks({ scale: "log", domain: [0.15, 4.2e4], nice: true, length: 300, size: narrowLabels }).domain).toEqual([0.1, 1e5]);
  });

  test("no room at all still gives one tick, never an overlap", () => {
    const t = fitTicks({ scale: "linear", domain: [0, 1], length: 20, size: () => 40 });
    expect(t.ticks.length).toBeLessThanOrEqual(1);
  });
});
