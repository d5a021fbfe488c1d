import { describe, expect, test } from "vitest";
import { FIT_FORMULAS_SCRIPT, fitScale } from "../../../src/reading/fit-formulas";

describe("fitScale", () => {
  test.each([
    ["a formula that fits keeps its size", 200, 250, 1],
    ["exactly the column's width", 250, 250, 1],
    ["twice the column: half size", 500, 250, 0.5],
    ["rounded down, so the scaled formula never overshoots: 250/345 = 0.72463…", 345, 250, 0.724],
    ["not measured yet (0 wide)", 0, 250, 1],
    ["hidden column (0 wide)", 300, 0, 1],
    ["NaN from a detached element", NaN, 250, 1],
    ["negative widths are not measurements", -10, 250, 1],
    ["an infinite formula is not a measurement either", Infinity, 250, 1],
  ])("%s", (_, natural, column, scale) => {
    expect(fitScale(natural, column)).toBe(scale);
  });
});

describe("FIT_FORMULAS_SCRIPT", () => {
  /** Runs the inline script's text on its own, with stand-ins for two formulas, the observer and the font set. */
  function run() {
    const display = (natural: number, column: number) => {
      const base = { offsetLeft: 0, offsetWidth: natural };
      const props = new Map<string, string>();
      const writes: string[] = [];
      const style = {
        getPropertyValue: (k: string) => props.get(k) ?? "",
        setProperty: (k: string, v: string) => (writes.push(v), props.set(k, v)),
      };
      return { clientWidth: column, dataset: {} as Record<string, string>, props, writes, style, querySelectorAll: () => [base] };
    };
    const wide = display(500, 300);
    const narrow = display(200, 300);
    const observed: unknown[] = [];
    const fontListeners: (() => void)[] = [];
    const globals = {
      document: {
        querySelectorAll: () => [wide, narrow],
        fonts: {
          get ready(): never {
            throw new Error("document.fonts.ready makes Chromium lay out the whole page at once");
          },
          addEventListener: (_: string, f: () => void) => fontListeners.push(f),
        },
      },
      // Calls back at once, as the browser would after its next layout.
      ResizeObserver: class {
        constructor(private callback: (entries: { target: unknown }[]) => void) {}
        observe(target: unknown) {
          observed.push(target);
          this.callback([{ target }]);
        }
        unobserve() {}
      },
    };
    new Function(...Object.keys(globals), FIT_FORMULAS_SCRIPT)(...Object.values(globals));
    return { wide, narrow, observed, fontsLoaded: () => fontListeners.forEach((f) => f()) };
  }

  // The layouts inline this text (through layouts/parts/InlineScript.astro): it must run on its own, with nothing imported.
  // Reading `fonts.ready` throws in the stand-in: every test here also checks the script never asks for it.
  test("runs self-contained: scales a formula wider than its column, leaves one that fits", () => {
    const { wide, narrow, observed } = run();
    expect(observed).toEqual([wide, narrow]);
    expect(wide.dataset).toHaveProperty("fit");
    expect(wide.props.get("--fit")).toBe("0.6");
    expect(narrow.dataset).not.toHaveProperty("fit");
  });

  test("measures again when a font arrives, and writes only a scale that changed", () => {
    const { wide, narrow, observed, fontsLoaded } = run();
    fontsLoaded();
    expect(observed).toEqual([wide, narrow, wide, narrow]);
    expect(wide.writes).toEqual(["0.6"]);
  });
});
