import { describe, expect, test } from "vitest";
import { parseHTML } from "linkedom";
import { appendHtml, plain, runs, runsWidth, scriptSize, setSvgText } from "@src/lib/chart/typeset";
import { textWidth } from "@src/lib/chart/text-width";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("runs", () => {
  test.each([
    ["Sand's time (s)", [{ text: "Sand's time (s)" }]],
    ["ρ_SEI (Ω cm²)", [{ text: "ρ" }, { text: "SEI", script: "sub" }, { text: " (Ω cm²)" }]],
    ["κ(T)/κ_ref", [{ text: "κ(T)/κ" }, { text: "ref", script: "sub" }]],
    ["κ_{SEI}", [{ text: "κ" }, { text: "SEI", script: "sub" }]],
    ["t_+", [{ text: "t" }, { text: "+", script: "sub" }]],
    ["10^{-4} m", [{ text: "10" }, { text: "-4", script: "sup" }, { text: " m" }]],
    ["η_c: limit", [{ text: "η" }, { text: "c", script: "sub" }, { text: ": limit" }]],
    ["", []],
  ])("%j", (label, expected) => {
    expect(runs(label)).toEqual(expected);
  });

  test("plain text drops the marks", () => {
    expect(plain("Void formation rate, up to η_c")).toBe("Void formation rate, up to ηc");
    expect(plain("no scripts here")).toBe("no scripts here");
  });
});

describe("sizes", () => {
  test.each([
    [13, 11], // 0.82 × 13 = 10.7: never below 11 px
    [12, 11],
    [20, 16], // 0.82 × 20 = 16.4
  ])("scripts of %i px type are %i px", (size, expected) => {
    expect(scriptSize(size)).toBe(expected);
  });

  test("a label's width counts its scripts at script size", () => {
    expect(runsWidth("J_Na", 13)).toBeCloseTo(textWidth("J", 13) + textWidth("Na", 11), 9);
  });
});

describe("setSvgText", () => {
  const text = () => document.createElementNS("http://www.w3.org/2000/svg", "text") as unknown as Element;

  test("plain labels stay plain text", () => {
    const t = text();
    setSvgText(t, "Sand's time (s)", 13);
    expect(t.outerHTML).toBe("<text>Sand's time (s)</text>");
  });

  /** Each child as [text, dy, font-size] (attribute order differs between DOMs, so not compared as markup). */
  const parts = (t: Element) =>
    [...t.childNodes].map((n) => (n.nodeType === 3 ? [n.textContent] : [n.textContent, (n as Element).getAttribute("dy"), (n as Element).getAttribute("font-size")]));

  test("a subscript is lowered and the text after it raised back", () => {
    const t = text();
    setSvgText(t, "ρ_SEI (Ω cm²)", 13);
    // 0.3 × 13 = 3.9 → 4 px down, script at 11 px; then back up by the same 4 px.
    expect(parts(t)).toEqual([["ρ"], ["SEI", "4", "11"], [" (Ω cm²)", "-4", null]]);
  });

  test("a trailing superscript needs no shift back", () => {
    const t = text();
    setSvgText(t, "x^2", 13);
    // 0.4 × 13 = 5.2 → 5 px up.
    expect(parts(t)).toEqual([["x"], ["2", "-5", "11"]]);
  });
});

describe("appendHtml", () => {
  test("scripts become sub and sup, text stays text", () => {
    const p = document.createElement("p");
    appendHtml(p as unknown as Element, "J_void <b> x^2");
    expect(p.innerHTML).toBe("J<sub>void</sub> &lt;b&gt; x<sup>2</sup>");
  });
});
