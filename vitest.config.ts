import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@src": fileURLToPath(new URL("./src", import.meta.url)),
      "@components": fileURLToPath(new URL("./components", import.meta.url)),
      "@content": fileURLToPath(new URL("./content", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // One module graph for all test files, in worker threads: the tests are pure (no mocks, no stubbed globals, no
    // module state they change), and importing Plot, citation-js and the models afresh for each of the 53 files
    // was most of the run (49 s isolated in forks against 10 s here, on these 2-core machines). A shuffled order
    // (--sequence.shuffle) passes the same, which is how to check a new test keeps to that.
    pool: "threads",
    isolate: false,
    env: { TZ: "UTC" },
  },
});
