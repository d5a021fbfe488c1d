import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import {
  cspOf, declarations, headersFile, hoistCspMeta, linkStylesheet, mergePolicies, styleAttributesToClasses, styleClass, stylesheet,
} from "@src/csp/html";
import { cspHash } from "@src/lib/csp-hash";

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'">`;
const page = (head: string, body = "") => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const convert = (html: string) => {
  const rules = new Map<string, readonly string[]>();
  return { html: styleAttributesToClasses(html, rules), rules };
};

describe("cspHash", () => {
  test.each([
    // The CSP spec's own example hash of the script text alert('Hello, world.'); (CSP3 §2.3.1).
    ["alert('Hello, world.');", "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="],
    // SHA-256 of the empty string (FIPS 180-2 test vector e3b0c442…), in base64.
    ["", "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="],
  ])("%j", (text, hash) => {
    expect(cspHash(text)).toBe(hash);
  });

  test("hashes UTF-8, as the browser does", () => {
    expect(cspHash("−")).toBe(`sha256-${createHash("sha256").update(Buffer.from([0xe2, 0x88, 0x92])).digest("base64")}`);
  });
});

describe("hoistCspMeta", () => {
  test("moves the policy to just after the charset, ahead of every script, style and link", () => {
    const html = page(`<meta charset="utf-8"><title>t</title><script>theme()</script>${META}<link rel="stylesheet" href="/a.css">`);
    expect(hoistCspMeta(html)).toBe(page(`<meta charset="utf-8">${META}<title>t</title><script>theme()</script><link rel="stylesheet" href="/a.css">`));
  });

  test("without a charset, to the top of <head>", () => {
    expect(hoistCspMeta(page(`<title>t</title>${META}`))).toBe(page(`${META}<title>t</title>`));
  });

  test("a page without the policy fails the build", () => {
    expect(() => hoistCspMeta(page("<title>t</title>"))).toThrow("no CSP <meta>");
  });
});

describe("cspOf", () => {
  test("reads the policy, references decoded", () => {
    expect(cspOf(`<meta http-equiv="content-security-policy" content="img-src 'self' data:; a &amp; b">`)).toBe("img-src 'self' data:; a & b");
    expect(cspOf(page("<title>t</title>"))).toBeUndefined();
  });
});

describe("declarations", () => {
  test.each([
    ["KaTeX's strut", "height:0.6944em;vertical-align:-0.1944em;", ["height:0.6944em", "vertical-align:-0.1944em"]],
    ["no trailing semicolon, spaces", " top: -2.55em ; margin-left:0em ", ["top: -2.55em", "margin-left:0em"]],
    ["a custom property", "--bar-fast: var(--c-organic, #b7410e)", ["--bar-fast: var(--c-organic, #b7410e)"]],
    ["a semicolon inside parentheses", "background:url(a;b.png)", ["background:url(a;b.png)"]],
    ["empty", " ; ", []],
  ])("%s", (_, style, decls) => {
    expect(declarations(style)).toEqual(decls);
  });

  test.each([
    ["a brace that would end the rule", "color:red}body{display:none"],
    ["a comment", "color:red/*"],
    ["not a declaration", "red"],
  ])("refuses %s", (_, style) => {
    expect(() => declarations(style)).toThrow("not a CSS declaration");
  });
});

describe("styleAttributesToClasses", () => {
  const strut = styleClass(["height:0.6944em", "vertical-align:-0.1944em"]);

  test("a style attribute becomes a class beside the element's own, and the rule is collected", () => {
    const { html, rules } = convert(`<span class="strut" style="height:0.6944em;vertical-align:-0.1944em;"></span>`);
    expect(html).toBe(`<span class="strut ${strut}"></span>`);
    expect(rules).toEqual(new Map([[strut, ["height:0.6944em", "vertical-align:-0.1944em"]]]));
  });

  test("an element without classes gets one; the same declarations share it, written with or without the last semicolon", () => {
    const { html, rules } = convert(`<span style="height:0.6944em;vertical-align:-0.1944em"></span><b style="height:0.6944em;vertical-align:-0.1944em;">x</b>`);
    expect(html).toBe(`<span class="${strut}"></span><b class="${strut}">x</b>`);
    expect(rules.size).toBe(1);
  });

  test("class before or after style, other attributes, self-closing tags and whitespace are kept", () => {
    const { html } = convert(`<svg viewBox="0 0 1 1" style="height:0.6944em;vertical-align:-0.1944em" class="a"><path d="M0 0" /></svg>`);
    expect(html).toBe(`<svg viewBox="0 0 1 1" class="a ${strut}"><path d="M0 0" /></svg>`);
    const single = convert(`<img alt='x > y' style='height:0.6944em;vertical-align:-0.1944em' />`).html;
    expect(single).toBe(`<img alt='x > y' class="${strut}" />`);
  });

  test("an empty style attribute is dropped", () => {
    expect(convert(`<p style="" id="a">x</p>`).html).toBe(`<p id="a">x</p>`);
  });

  test("text, comments, scripts and attribute values that look like markup are left alone", () => {
    const untouched = [
      `<pre><code>&lt;iframe style="border:0"&gt;</code></pre>`,
      `<!-- <span style="color:red"> -->`,
      `<script type="application/json">{"t":"<span style=\\"color:red\\">"}</script>`,
      `<textarea><b style="color:red"></b></textarea>`,
      `<copy-menu data-items='[{"template":"<iframe style=\\"border:0\\">"}]'></copy-menu>`,
      `<p>a < b and c <d</p>`,
    ];
    for (const html of untouched) expect(convert(html)).toEqual({ html, rules: new Map() });
  });

  test("the stylesheet reproduces each style attribute, at a style attribute's precedence", () => {
    const { rules } = convert(`<span style="top:-2.55em;margin-right:0.05em"></span><svg style="--bar-fast: var(--c-organic, #b7410e)"></svg>`);
    expect(stylesheet(rules).split("\n").filter(Boolean).sort()).toEqual(
      [
        `.${styleClass(["top:-2.55em", "margin-right:0.05em"])}{top:-2.55em!important;margin-right:0.05em!important}`,
        `.${styleClass(["--bar-fast: var(--c-organic, #b7410e)"])}{--bar-fast: var(--c-organic, #b7410e)!important}`,
      ].sort(),
    );
    expect(stylesheet(new Map([["s-1", ["color:red !important"]]]))).toBe(".s-1{color:red !important}\n");
  });

  test("attribute references are decoded into the stylesheet and the class list", () => {
    const { html, rules } = convert(`<span class="a&amp;b" style="font-family:&quot;X&quot;"></span>`);
    const cls = styleClass(['font-family:"X"']);
    expect(html).toBe(`<span class="a&amp;b ${cls}"></span>`);
    expect(rules.get(cls)).toEqual(['font-family:"X"']);
  });
});

describe("linkStylesheet", () => {
  test("links the stylesheet last in <head>", () => {
    expect(linkStylesheet(page("<title>t</title>"), "/_astro/s.css")).toBe(page(`<title>t</title><link rel="stylesheet" href="/_astro/s.css">`));
  });
});

describe("mergePolicies", () => {
  test("each directive allows what any of the policies allows", () => {
    expect(mergePolicies(["default-src 'self';script-src 'self' 'sha256-a'; style-src 'self'", "default-src 'self'; script-src 'self' 'sha256-b';"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'",
    );
  });
});

describe("headersFile", () => {
  test("one block per pattern under a commented head", () => {
    expect(headersFile([{ pattern: "/embed/*", policy: "default-src 'self'; frame-ancestors *" }], "a\nb")).toBe(
      "# a\n# b\n/embed/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors *\n",
    );
  });
});
