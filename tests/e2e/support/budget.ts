import { test } from "@playwright/test";
import { BUDGET } from "../../../playwright.config";

/**
 * Gives the running test the time its work needs on a busy machine: the base budget plus one per extra page
 * visited and one per axe scan (the numbers live in playwright.config.ts). Call it first in a test that loops.
 */
export function budget({ visits = 0, scans = 0 }: { visits?: number; scans?: number }): void {
  test.setTimeout(BUDGET.test + visits * BUDGET.visit + scans * BUDGET.axeScan);
}
