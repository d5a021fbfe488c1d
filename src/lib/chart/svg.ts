/** The SVG namespace, for createElementNS. */
export const SVG_NS = "http://www.w3.org/2000/svg";

/** A coordinate as every drawing writes it: to a tenth of a pixel, finer than any screen shows. */
export const tenth = (n: number): number => Math.round(n * 10) / 10;
