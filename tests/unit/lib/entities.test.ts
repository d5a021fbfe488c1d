import { describe, expect, test } from "vitest";
import { decodeEntities, escapeHtml } from "@src/lib/entities";
import { markWords } from "@src/search/hits";

describe("decodeEntities", () => {
  test.each([
    // Pagefind escapes only < and > in page text (pagefind.js: raw_content = content.replace(/</g, "&lt;")…).
    ["Pagefind's escaped angle brackets", "a &lt;b&gt; c", "a <b> c"],
    // Decimal references, as other writers use them.
    ["decimal references", "Sand&#39;s &#60;fast&#62; &#38; &#34;slow&#34;", `Sand's <fast> & "slow"`],
    ["hexadecimal references, either case", "&#x3C;&#X3e;&#x2212;1", "<>−1"],
    ["named references the excerpts can carry, either case", "&amp;&QUOT;&apos;&nbsp;", "&\"'\u00A0"],
    ["a name it does not know stays as written", "&copy; &notaname;", "&copy; &notaname;"],
    ["no semicolon: not a reference", "&lt &#60 &", "&lt &#60 &"],
    ["NUL, a surrogate and a code point past U+10FFFF become U+FFFD", "&#0;&#xD800;&#1114112;", "\uFFFD\uFFFD\uFFFD"],
    ["markup stays text: nothing here is parsed", "&lt;img src=x onerror=alert(1)&gt;", "<img src=x onerror=alert(1)>"],
    // Astro escapes attribute values: the CSP meta's quotes, a style attribute's font names.
    ["Astro's attribute escaping", "script-src &#39;self&#39;; font-family:&quot;X&quot;", `script-src 'self'; font-family:"X"`],
    ["empty", "", ""],
  ])("%s", (_, escaped, text) => {
    expect(decodeEntities(escaped)).toBe(text);
  });

  test("undoes markWords' escaping of any text", () => {
    const text = `<script>alert("x")</script> & 'quoted' Na⁺`;
    expect(decodeEntities(markWords(text, "nothing-matches"))).toBe(text);
  });
});

describe("escapeHtml", () => {
  test("writes the five characters that could end text or a quoted attribute as references", () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  });

  test("leaves every other character as it is, and decoding gives the text back", () => {
    const text = "t₊ = 0.45 · j/j_lim ≈ 1 — Na⁺ \u00A0 ` = ; #";
    expect(escapeHtml(text)).toBe(text);
    const markup = `<img src=x onerror="alert('1')"> & &amp;`;
    expect(decodeEntities(escapeHtml(markup))).toBe(markup);
  });
});
