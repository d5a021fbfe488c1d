import { describe, expect, test } from "vitest";
import { echo, ECHO_LIMIT } from "@src/lib/echo";

describe("echo: reader-supplied text as a message quotes it", () => {
  test.each([
    ["short text is kept", "abc", "abc"],
    ["exactly 40 characters are kept", "x".repeat(40), "x".repeat(40)],
    ["41 are cut to 40 and an ellipsis", "x".repeat(41), `${"x".repeat(40)}…`],
    ["10 000 characters are cut the same way", "9".repeat(10_000), `${"9".repeat(40)}…`],
    ["empty stays empty", "", ""],
    ["line breaks and tabs become spaces", "a\nb\tc\r", "a b c "],
    ["a character outside the BMP is never split", `${"x".repeat(39)}😀😀`, `${"x".repeat(39)}😀…`],
    ["markup is left as text (the caller sets textContent)", "<img src=x>", "<img src=x>"],
  ])("%s", (_label, input, output) => {
    expect(echo(input)).toBe(output);
  });

  test("the limit is the 40 characters the interphase table always used", () => {
    expect(ECHO_LIMIT).toBe(40);
  });
});
