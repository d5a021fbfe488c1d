import { describe, expect, test } from "vitest";
import { clearState, hasState, paramName, readState, shareUrl, strayParams, writeState } from "@src/lib/url-state";
import { REPEATED } from "@src/lib/link-notice";
import { parseNumber } from "@src/lib/validate";
import { getEquation } from "@src/models";

const sand = getEquation("sand-time").calculator.inputs;

describe("parseNumber", () => {
  test.each([
    ["1", 1], ["1.5", 1.5], [" 2e-6 ", 2e-6], ["-3", -3], ["−3", -3], [".5", 0.5], ["5.", 5], ["1E3", 1000], ["+4", 4],
    ["", undefined], ["abc", undefined], ["1,5", undefined], ["0x10", undefined], ["Infinity", undefined], ["NaN", undefined],
    ["1.2.3", undefined], ["<b>1</b>", undefined],
    // A numeral beyond a double is still a number: too large, not "not a number".
    ["1e999", Infinity], ["-1e999", -Infinity], ["9".repeat(400), Infinity], ["1e-400", 0],
  ])("parseNumber(%j) = %s", (raw, expected) => {
    expect(parseNumber(raw)).toBe(expected);
  });
});

describe("readState", () => {
  test("reads the documented example", () => {
    const s = readState("?sand-time.j=10&sand-time.D=2e-6", "sand-time", sand);
    expect(s).toEqual({ values: { j: 10, D: 2e-6 }, rejected: [] });
  });

  test("ignores other calculators' parameters and unrelated ones", () => {
    expect(readState("?tafel.j=3&utm=x", "sand-time", sand)).toEqual({ values: {}, rejected: [] });
  });

  test.each([
    ["sand-time.j=abc", "not a number"],
    ["sand-time.j=", "enter a number"],
    ["sand-time.j=-1", "cannot be negative"],
    ["sand-time.j=0", "outside the physical range"],
    ["sand-time.j=1e-320", "outside the physical range"],
    [`sand-time.j=${"9".repeat(400)}`, "too large"],
    ["sand-time.j=1e9", "outside the physical range"],
    ["sand-time.tplus=1", "outside the physical range"],
    ["sand-time.x=1", "no such input"],
    ["sand-time.j=Infinity", "not a number"],
    ["sand-time.j=%3Cscript%3E", "not a number"],
  ])("rejects %s (%s)", (query, reason) => {
    const s = readState(`?${query}`, "sand-time", sand);
    expect(s.values).toEqual({});
    expect(s.rejected).toHaveLength(1);
    expect(s.rejected[0]!.reason.toLowerCase()).toContain(reason);
  });

  test("keeps the good parameters when one is bad", () => {
    const s = readState("?sand-time.j=5&sand-time.D=oops", "sand-time", sand);
    expect(s.values).toEqual({ j: 5 });
    expect(s.rejected.map((r) => r.param)).toEqual(["sand-time.D"]);
  });

  // Issue 9, item 14: one rule for repeated parameters, shared with the interphase table: the first value counts.
  test("a repeated parameter counts by its first value; the later ones are named", () => {
    const s = readState("?sand-time.j=2&sand-time.j=abc", "sand-time", sand);
    expect(s.values).toEqual({ j: 2 });
    expect(s.rejected).toEqual([{ param: "sand-time.j", value: "abc", reason: REPEATED }]);
  });

  test("a bad first value falls back to the default and says which, even when a good one follows", () => {
    const s = readState("?sand-time.j=abc&sand-time.j=2", "sand-time", sand);
    expect(s.values).toEqual({});
    expect(s.rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/^not a number.*; the default, 1\u00A0mA cm⁻², is used$/), REPEATED]);
  });

  test("the wrong case is reported with the right spelling, not ignored", () => {
    expect(hasState("?Sand-Time.j=2", "sand-time")).toBe(true);
    const s = readState("?Sand-Time.j=2&sand-time.C0=2&sand-time.c0=3", "sand-time", sand);
    expect(s.values).toEqual({ C0: 2 });
    expect(s.rejected).toEqual([
      { param: "Sand-Time.j", value: "2", reason: "names are case-sensitive: did you mean sand-time.j?" },
      { param: "sand-time.c0", value: "3", reason: "names are case-sensitive: did you mean sand-time.C0?" },
    ]);
    expect(writeState("?Sand-Time.j=2", "sand-time", { j: 3 })).toBe("?sand-time.j=3"); // the misspelt one does not linger
  });

  // Issue 9, item 13: a 10 000-character link must not stretch the page through the notice.
  test("a 10 000-character name or value is quoted back shortened", () => {
    const long = "7".repeat(10_000);
    const s = readState(`?sand-time.j=${long}&sand-time.${long}=1`, "sand-time", sand);
    expect(s.rejected.map((r) => [r.param.length, r.value.length])).toEqual([[11, 41], [41, 1]]);
    expect(s.rejected[0]!.reason).toMatch(/^too large/); // a number, only too large
  });

  test("a decoded script tag comes back as plain text, never as markup to insert", () => {
    const s = readState("?sand-time.j=%3Cimg%20src%3Dx%3E", "sand-time", sand);
    expect(s.rejected[0]!.value).toBe("<img src=x>");
  });
});

describe("strayParams: calculator parameters no calculator on the page reads", () => {
  const known = ["sand-time", "tafel", "c-rate"];
  test("another equation's parameters and unknown calculators are named; this page's and plain ones are not", () => {
    expect(strayParams("?sand-time.j=2&tafel.j=3&nope.x=1&utm=a&Sand-Time.j=4", ["sand-time"], known)).toEqual([
      { param: "tafel.j", value: "3", reason: "the calculator for tafel is not on this page (it is on its equation's page)" },
      { param: "nope.x", value: "1", reason: "no calculator has that name" },
    ]);
  });
  test("nothing stray, nothing to say", () => {
    expect(strayParams("?sand-time.j=2&tafel.j=3", ["sand-time", "tafel"], known)).toEqual([]);
  });
});

describe("writeState / clearState / shareUrl", () => {
  test("writes values in the display unit and keeps other parameters", () => {
    expect(writeState("?a=1&tafel.j=3", "sand-time", { j: 10, D: 2e-6 })).toBe("?a=1&tafel.j=3&sand-time.j=10&sand-time.D=2e-6");
  });

  test("replaces earlier values of the same calculator", () => {
    expect(writeState("?sand-time.j=1&sand-time.C0=2", "sand-time", { j: 5 })).toBe("?sand-time.j=5");
  });

  test("round trip: what is written is read back unchanged", () => {
    const values = { j: 7.5, D: 3.22e-6, C0: 1.2, tplus: 0.38 };
    expect(readState(writeState("", "sand-time", values), "sand-time", sand)).toEqual({ values, rejected: [] });
  });

  test("clearState removes only this calculator's parameters", () => {
    expect(clearState("?sand-time.j=1&b=2", "sand-time")).toBe("?b=2");
    expect(clearState("?sand-time.j=1", "sand-time")).toBe("");
  });

  test("shareUrl adds the state and the equation's anchor", () => {
    expect(shareUrl("https://x.test/fcna/failure-mechanisms/?q=1#sec-2-2", "sand-time", { j: 10, D: 2e-6 })).toBe(
      "https://x.test/fcna/failure-mechanisms/?q=1&sand-time.j=10&sand-time.D=2e-6#eq-sand-time",
    );
  });

  test("shareUrl points at another anchor when the host names one (the limits page's form)", () => {
    expect(shareUrl("https://x.test/limits/", "limits", { j: 20, L: 675 }, "calc-limits")).toBe("https://x.test/limits/?limits.j=20&limits.L=675#calc-limits");
  });

  test("hasState and paramName", () => {
    expect(paramName("void-flux", "etac")).toBe("void-flux.etac");
    expect(hasState("?void-flux.eta=3", "void-flux")).toBe(true);
    expect(hasState("?void-fluxeta=3", "void-flux")).toBe(false);
    expect(hasState("", "void-flux")).toBe(false);
  });
});
