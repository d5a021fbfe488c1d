import { describe, expect, test } from "vitest";
import { onceUntilFailure } from "@src/lib/once";

describe("onceUntilFailure: one promise per key until it fails", () => {
  test("a pending or fulfilled promise is shared: the work runs once", async () => {
    const cache = new Map<string, Promise<number>>();
    let made = 0;
    const make = () => Promise.resolve(++made);
    const first = onceUntilFailure(cache, "a", make);
    expect(onceUntilFailure(cache, "a", make)).toBe(first);
    await expect(first).resolves.toBe(1);
    await expect(onceUntilFailure(cache, "a", make)).resolves.toBe(1);
    expect(made).toBe(1);
  });

  test("keys are kept apart", async () => {
    const cache = new Map<string, Promise<string>>();
    await expect(onceUntilFailure(cache, "a", () => Promise.resolve("A"))).resolves.toBe("A");
    await expect(onceUntilFailure(cache, "b", () => Promise.resolve("B"))).resolves.toBe("B");
  });

  test("a rejection is forgotten: the next call makes it again", async () => {
    const cache = new Map<string, Promise<string>>();
    let made = 0;
    const make = () => (++made === 1 ? Promise.reject(new Error("503")) : Promise.resolve("ok"));
    await expect(onceUntilFailure(cache, "a", make)).rejects.toThrow("503");
    expect(cache.has("a")).toBe(false);
    await expect(onceUntilFailure(cache, "a", make)).resolves.toBe("ok");
    expect(made).toBe(2);
  });
});
