// Only the marks the calculators draw, so the browser bundle leaves the rest of Plot out.
export { plot, line, dot, ruleX, ruleY, rect, areaY } from "@observablehq/plot";
