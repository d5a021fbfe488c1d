import { describe, expect, test } from "vitest";
import { PAGE_END_PATH, PAGE_END_SCRIPT } from "../../../src/reading/page-end";

/**
 * Runs the script's text on its own (as /page-end.js is served) against stand-ins: a header of `headerHeight` px
 * whose stylesheet height is `designHeight`, one formula twice as wide as its column, and a ResizeObserver that
 * calls back only when the test says the browser has laid out a frame.
 */
function run({ headerHeight = 92, designHeight = 92, hash = "", header = true } = {}) {
  const props = new Map<string, string>();
  const writes: string[] = [];
  const rootStyle = {
    getPropertyValue: (k: string) => props.get(k) ?? "",
    setProperty: (k: string, v: string) => (writes.push(`${k}: ${v}`), props.set(k, v)),
  };
  const headerEl = { getBoundingClientRect: () => ({ height: headerHeight }) };
  const formulaProps = new Map<string, string>();
  const formula = {
    clientWidth: 250,
    dataset: {} as Record<string, string>,
    style: { getPropertyValue: (k: string) => formulaProps.get(k) ?? "", setProperty: (k: string, v: string) => formulaProps.set(k, v) },
    querySelectorAll: () => [{ offsetLeft: 0, offsetWidth: 500 }],
  };
  const scrolled: string[] = [];
  const observers: { callback: (entries: unknown[]) => void; targets: unknown[] }[] = [];
  const globals = {
    document: {
      documentElement: { style: rootStyle },
      querySelector: (sel: string) => (sel === ".site-header" && header ? headerEl : null),
      querySelectorAll: (sel: string) => (sel === ".katex-display" ? [formula] : []),
      getElementById: (id: string) => ({ scrollIntoView: () => scrolled.push(id) }),
      fonts: {
        get ready(): never {
          throw new Error("document.fonts.ready makes Chromium lay out the whole page at once");
        },
        addEventListener: () => {},
      },
    },
    location: { hash },
    getComputedStyle: () => ({ minHeight: `${designHeight}px` }),
    ResizeObserver: class {
      private entry: { callback: (entries: unknown[]) => void; targets: unknown[] };
      constructor(callback: (entries: unknown[]) => void) {
        this.entry = { callback, targets: [] };
        observers.push(this.entry);
      }
      observe(target: unknown) {
        this.entry.targets.push(target);
      }
      unobserve() {}
    },
  };
  new Function(...Object.keys(globals), PAGE_END_SCRIPT)(...Object.values(globals));
  /** The frame the browser lays out next: each observer hears about its targets, as at their first observation. */
  const frame = () => {
    for (const o of observers) o.callback(o.targets.map((target) => ({ target, borderBoxSize: [{ blockSize: headerHeight }] })));
  };
  return { writes, props, formula, scrolled, frame };
}

describe("PAGE_END_SCRIPT", () => {
  test("fits a formula wider than its column as it runs, before the first frame's observers", () => {
    const { formula } = run();
    expect(formula.dataset).toHaveProperty("fit");
    expect(formula.style.getPropertyValue("--fit")).toBe("0.5");
  });

  test("leaves the header's height to the stylesheet while it has its design height", () => {
    const { writes, frame, scrolled } = run({ hash: "#eq-sand-time" });
    frame();
    expect(writes).toEqual([]);
    expect(scrolled).toEqual([]);
  });

  test("sets a taller header's height as it runs, and lands a shared anchor below it in the first frame", () => {
    const { writes, frame, scrolled } = run({ headerHeight: 113.6, hash: "#eq-sand-time" });
    expect(writes).toEqual(["--header-bottom: 114px"]);
    expect(scrolled).toEqual([]);
    frame();
    expect(scrolled).toEqual(["eq-sand-time"]);
    // Later frames with the same height write and scroll nothing more.
    frame();
    expect(writes).toHaveLength(1);
    expect(scrolled).toHaveLength(1);
  });

  test("a page without a header (or opened without an anchor) still gets its formulas fitted, and scrolls nowhere", () => {
    const bare = run({ header: false, hash: "#x" });
    bare.frame();
    expect(bare.formula.dataset).toHaveProperty("fit");
    expect(bare.writes).toEqual([]);
    const noAnchor = run({ headerHeight: 120 });
    noAnchor.frame();
    expect(noAnchor.scrolled).toEqual([]);
  });

  test("is served under an address that changes with its text", () => {
    expect(PAGE_END_PATH).toMatch(/^page-end\.js\?v=[0-9a-f]{10}$/);
  });
});
