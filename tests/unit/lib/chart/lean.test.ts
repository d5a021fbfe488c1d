import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { leanPath, leanSvg, simplify } from "@src/lib/chart/lean";

describe("simplify", () => {
  test("a straight line keeps only its ends", () => {
    const line = Array.from({ length: 40 }, (_, i) => [i * 10, i * 5] as [number, number]);
    expect(simplify(line)).toEqual([[0, 0], [390, 195]]);
  });

  test("keeps a corner and points more than the tolerance off the line", () => {
    expect(simplify([[0, 0], [5, 0.2], [10, 0], [10, 10]])).toEqual([[0, 0], [10, 0], [10, 10]]); // 0.2 px: dropped
    expect(simplify([[0, 0], [5, 0.3], [10, 0]])).toEqual([[0, 0], [5, 0.3], [10, 0]]); // 0.3 px: kept
  });

  test("two points or fewer stay as they are", () => {
    expect(simplify([[1, 2]])).toEqual([[1, 2]]);
    expect(simplify([])).toEqual([]);
  });
});

describe("leanPath", () => {
  test("polylines are simplified and rounded to a tenth", () => {
    expect(leanPath("M60,35.374L70.15,39.61L80.3,43.86")).toBe("M60,35.4L80.3,43.9");
  });

  test("each subpath is kept", () => {
    expect(leanPath("M0,0L10,0M0,5L10,5")).toBe("M0,0L10,0M0,5L10,5");
  });

  test("paths with curves or arcs are only rounded", () => {
    expect(leanPath("M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0")).toBe("M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0");
    expect(leanPath("M0,0C1.234,5.678,9.87,6.54,10,0")).toBe("M0,0C1.2,5.7,9.9,6.5,10,0");
  });
});

describe("leanSvg", () => {
  test("drops Plot's stylesheet, class and root font, rounds coordinates, keeps our own classes", () => {
    const { document } = parseHTML(
      '<svg class="plot-d6a7b5 calc-svg" font-size="10" font-family="system-ui, sans-serif" width="250"><style>:where(.plot-d6a7b5){}</style>' +
        '<g class="plot-x ipx-dots" transform="translate(60.123,240.987)"><circle cx="1.2345" cy="2" r="5.5"/></g></svg>',
    );
    const svg = leanSvg(document.querySelector("svg")!);
    expect(svg.outerHTML).toBe('<svg class="calc-svg" width="250"><g class="ipx-dots" transform="translate(60.1,241)"><circle cx="1.2" cy="2" r="5.5" /></g></svg>');
  });

  test("the label size becomes a presentation attribute, never a style attribute", () => {
    const { document } = parseHTML('<svg font-size="10" width="250"><text>j</text></svg>');
    const svg = leanSvg(document.querySelector("svg")!, 13);
    expect(svg.getAttribute("font-size")).toBe("13");
    expect(svg.hasAttribute("style")).toBe(false);
  });
});
