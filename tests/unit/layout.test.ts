import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

// The dependency rule of src/README.md: features never import one another's files, and the
// foundations (models/, lib/) never import a feature. Page shells and routes may import anything.
const SRC = "src";
const FOUNDATIONS = ["models", "lib"];
const ASSEMBLERS = ["layouts", "pages", "styles", "types"];
const folders = readdirSync(SRC).filter((f) => statSync(join(SRC, f)).isDirectory());
const features = folders.filter((f) => !FOUNDATIONS.includes(f) && !ASSEMBLERS.includes(f));

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

/** The src/ folder each import of a file lands in ("lib", "search", …), relative or through @src/. */
function importedFolders(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
  const own = file.split("/")[1];
  return specs.flatMap((s) => {
    if (s.startsWith("@src/")) return [s.split("/")[1]!];
    if (s.startsWith("../")) return [s.replace(/^(\.\.\/)+/, "").split("/")[0]!];
    if (s.startsWith("./")) return [own!];
    return [];
  });
}

describe("src/ layout", () => {
  test("there is at least one feature folder, and each has a README", () => {
    expect(features.length).toBeGreaterThan(0);
    for (const f of features) expect(statSync(join(SRC, f, "README.md")).isFile()).toBe(true);
  });

  test.each(features)("feature %s imports only itself, models/ and lib/", (feature) => {
    const bad = walk(join(SRC, feature)).flatMap((file) =>
      importedFolders(file).filter((d) => folders.includes(d) && d !== feature && !FOUNDATIONS.includes(d)).map((d) => `${file} → ${d}/`),
    );
    expect(bad).toEqual([]);
  });

  test.each(FOUNDATIONS)("%s/ imports no feature", (foundation) => {
    const bad = walk(join(SRC, foundation)).flatMap((file) =>
      importedFolders(file).filter((d) => features.includes(d)).map((d) => `${file} → ${d}/`),
    );
    expect(bad).toEqual([]);
  });
});
