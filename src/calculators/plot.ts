// Only the marks the calculators draw, so the browser bundle leaves the rest of Plot out.
export { plot, line, dot, text, ruleX, ruleY, rect, barX } from "@observablehq/plot";
