import { describe, expect, test } from "vitest";
import { box, extent, inside, overlaps, place, polylineBoxes, wrap, type Rect } from "@src/lib/chart/labels";
import { textWidth } from "@src/lib/chart/text-width";

const rect = (x0: number, y0: number, x1: number, y1: number): Rect => ({ x0, y0, x1, y1 });
const candidate = (r: Rect, id: string) => ({ rect: r, id });

describe("textWidth (DejaVu Sans advances)", () => {
  test.each([
    // text, size, expected px: thousandths of an em from the table × size
    ["", 13, 0],
    ["0", 10, 6.36], // digits are 636/1000 em
    ["10", 13, 2 * 0.636 * 13],
    ["mA cm⁻²", 10, (974 + 684 + 318 + 550 + 974 + 528 + 401) / 100], // m A space c m ⁻ ²
    ["ε̇", 10, 5.41], // the combining dot takes no room
    ["漢", 10, 9], // not in the table: 0.9 em, longer than any letter in it
  ])("%j at %i px is %f px", (text, size, expected) => {
    expect(textWidth(text, size)).toBeCloseTo(expected, 6);
  });

  test("bold is wider, never narrower", () => {
    expect(textWidth("Na metal", 14, { bold: true })).toBeGreaterThan(textWidth("Na metal", 14));
  });
});

describe("extent and box", () => {
  test("a plain label reaches 0.8 em above and 0.25 em below its baseline", () => {
    expect(extent("Na", 10)).toEqual({ width: textWidth("Na", 10), ascent: 8, descent: 2.5 });
  });

  test("a subscript is set smaller and reaches lower", () => {
    const e = extent("ρ_SEI", 13);
    // ρ at 13 px, "SEI" at 11 px (the script size); the script's baseline drops 0.3 em = 4 px, its descender 0.25 × 11.
    expect(e.width).toBeCloseTo(textWidth("ρ", 13) + textWidth("SEI", 11), 6);
    expect(e.descent).toBeCloseTo(4 + 2.75, 6);
    expect(e.ascent).toBeCloseTo(10.4, 6);
  });

  test("a superscript reaches higher", () => {
    // 13 px line: the script rises round(0.4 × 13) = 5 px and reaches 0.8 × 11 above its own baseline.
    expect(extent("10^{-4}", 13).ascent).toBeCloseTo(5 + 8.8, 6);
  });

  test.each([
    ["start", 100, 100 + 30],
    ["middle", 85, 115],
    ["end", 70, 100],
  ] as const)("anchor %s puts the box from %f to %f", (anchor, x0, x1) => {
    const r = box(100, 50, anchor, { width: 30, ascent: 8, descent: 2 });
    expect(r).toEqual({ x0, y0: 42, x1, y1: 52 });
  });
});

describe("overlaps and inside", () => {
  test.each([
    [rect(0, 0, 10, 10), rect(5, 5, 15, 15), 0, true],
    [rect(0, 0, 10, 10), rect(10, 0, 20, 10), 0, false], // touching edges do not overlap
    [rect(0, 0, 10, 10), rect(11, 0, 20, 10), 2, true], // but come closer than a 2 px gap
    [rect(0, 0, 10, 10), rect(0, 13, 10, 20), 2, false],
  ])("%j and %j with gap %i: %s", (a, b, gap, expected) => {
    expect(overlaps(a, b, gap)).toBe(expected);
    expect(overlaps(b, a, gap)).toBe(expected);
  });

  test("inside includes the edges", () => {
    expect(inside(rect(0, 0, 10, 10), rect(0, 0, 10, 10))).toBe(true);
    expect(inside(rect(-0.1, 0, 10, 10), rect(0, 0, 10, 10))).toBe(false);
  });
});

describe("place", () => {
  const bounds = rect(0, 0, 100, 100);

  test("takes each label's first candidate when nothing is in the way", () => {
    const chosen = place([[candidate(rect(0, 0, 20, 10), "a1")], [candidate(rect(50, 50, 70, 60), "b1")]], { bounds });
    expect(chosen.map((c) => c?.id)).toEqual(["a1", "b1"]);
  });

  test("moves a label off one placed before it", () => {
    const chosen = place(
      [[candidate(rect(10, 10, 40, 20), "a1")], [candidate(rect(30, 12, 60, 22), "b1"), candidate(rect(30, 30, 60, 40), "b2")]],
      { bounds },
    );
    expect(chosen.map((c) => c?.id)).toEqual(["a1", "b2"]);
  });

  test("keeps labels inside the bounds and off obstacles, or gives none", () => {
    const chosen = place(
      [[candidate(rect(90, 0, 110, 10), "out"), candidate(rect(40, 40, 60, 50), "on-dot")], [candidate(rect(0, 80, 20, 90), "ok")]],
      { bounds, obstacles: [rect(45, 35, 55, 45)] },
    );
    expect(chosen.map((c) => c?.id ?? null)).toEqual([null, "ok"]);
  });

  test("avoids soft obstacles (curves) when it can, crosses them when it must", () => {
    const curve = [rect(0, 0, 100, 20)];
    const avoid = place([[candidate(rect(0, 5, 20, 15), "on-curve"), candidate(rect(0, 50, 20, 60), "clear")]], { bounds, soft: curve });
    expect(avoid[0]?.id).toBe("clear");
    const cross = place([[candidate(rect(0, 5, 20, 15), "on-curve")]], { bounds, soft: curve });
    expect(cross[0]?.id).toBe("on-curve");
  });

  test("no two placed labels ever come closer than the gap", () => {
    // 30 labels with the same three candidates: at most three are placed, all apart.
    const labels = Array.from({ length: 30 }, () => [0, 40, 80].map((y) => candidate(rect(10, y, 60, y + 15), `y${y}`)));
    const chosen = place(labels, { bounds, gap: 2 }).filter((c) => c !== null);
    expect(chosen.map((c) => c.id)).toEqual(["y0", "y40", "y80"]);
  });
});

describe("polylineBoxes", () => {
  test("covers a line with boxes no longer than the step", () => {
    const boxes = polylineBoxes([[0, 0], [20, 0]], 8);
    expect(boxes).toHaveLength(3); // 20 px in steps of at most 8: three pieces
    expect(boxes[0]).toEqual(rect(0, 0, 20 / 3, 0));
    expect(boxes.at(-1)!.x1).toBe(20);
  });

  test("a single point gives no boxes", () => {
    expect(polylineBoxes([[5, 5]])).toEqual([]);
  });
});

describe("wrap", () => {
  test("keeps a label that fits on one line", () => {
    expect(wrap("Sand's time (s)", 200, 13)).toEqual(["Sand's time (s)"]);
  });

  test("breaks between words and keeps a bracketed unit whole", () => {
    const lines = wrap("mean current density j (mA cm⁻²)", 140, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toMatch(/\(mA cm⁻²\)$/);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(140);
  });

  test("a word longer than the line keeps a line of its own", () => {
    expect(wrap("a verylongwordindeed b", 40, 13)).toEqual(["a", "verylongwordindeed", "b"]);
  });
});
