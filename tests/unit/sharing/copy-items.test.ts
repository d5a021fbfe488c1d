import { describe, expect, test } from "vitest";
import { doneMessage, fillTemplate, groupItems, itemAttributes, type CopyMenuItem } from "../../../src/sharing/copy-items";

describe("doneMessage", () => {
  test.each([
    ["Copy link", "Link copied"],
    ["Copy LaTeX", "LaTeX copied"],
    ["Copy Markdown link", "Markdown link copied"],
    ["Download PNG (dark)", "PNG (dark) downloaded"],
    ["Cite", "Done: Cite"],
    ["Copy", "Done: Copy"], // nothing after the verb: no sentence to make
  ])("%s → %s", (label, message) => expect(doneMessage(label)).toBe(message));
});

describe("fillTemplate", () => {
  const page = "https://example.org/site/failure-mechanisms/";
  test.each([
    ["a path", "[Sand's time]({url})", "/site/eq/6/", "[Sand's time](https://example.org/site/eq/6/)"],
    ["an anchor on this page", "[2.1]({url})", "#sec-2-1", "[2.1](https://example.org/site/failure-mechanisms/#sec-2-1)"],
    ["every occurrence", "{url} and {url}", "#a", `${page}#a and ${page}#a`],
    ["braces of TeX are left alone", "$$x^{2}$$ {url}", "#a", `$$x^{2}$$ ${page}#a`],
    ["no placeholder", "plain", "#a", "plain"],
  ])("%s", (_what, template, url, expected) => expect(fillTemplate(template, url, page)).toBe(expected));
});

describe("itemAttributes", () => {
  test.each<[string, CopyMenuItem, Record<string, string>]>([
    ["text", { label: "Copy LaTeX", text: "a_{b}" }, { "data-done": "LaTeX copied", "data-copy-text": "a_{b}" }],
    ["url", { label: "Copy link", url: "/eq/6/" }, { "data-done": "Link copied", "data-copy-url": "/eq/6/" }],
    ["template", { label: "Copy Markdown", template: "[x]({url})", url: "#x" }, { "data-done": "Markdown copied", "data-copy-template": "[x]({url})", "data-url": "#x" }],
    ["download", { label: "Download PNG", download: "/f.png", filename: "f.png", done: "Saved" }, { "data-done": "Saved", "data-download": "/f.png", "data-filename": "f.png" }],
    ["svg", { label: "Download chart SVG", svg: "#c svg", format: "svg", filename: "c.svg" }, { "data-done": "Chart SVG downloaded", "data-svg": "#c svg", "data-format": "svg", "data-filename": "c.svg" }],
    ["request", { label: "Copy CSV", request: "calculation-csv", for: "tafel" }, { "data-done": "CSV copied", "data-request": "calculation-csv", "data-for": "tafel" }],
    ["request without subject", { label: "Copy state", request: "state" }, { "data-done": "State copied", "data-request": "state", "data-for": "" }],
  ])("%s", (_kind, item, attrs) => expect(itemAttributes(item)).toEqual(attrs));
});

describe("groupItems", () => {
  test("keeps order and joins neighbours of one group only", () => {
    const items: CopyMenuItem[] = [
      { label: "Copy link", url: "#a", group: "Link" },
      { label: "Copy Markdown link", url: "#a", group: "Link" },
      { label: "Copy LaTeX", text: "x", group: "Formula" },
      { label: "Copy note", text: "n" },
      { label: "Copy link again", url: "#a", group: "Link" },
    ];
    expect(groupItems(items).map((r) => [r.group, r.items.map((i) => i.label)])).toEqual([
      ["Link", ["Copy link", "Copy Markdown link"]],
      ["Formula", ["Copy LaTeX"]],
      [undefined, ["Copy note"]],
      ["Link", ["Copy link again"]],
    ]);
  });
  test("no entries, no groups", () => expect(groupItems([])).toEqual([]));
});
