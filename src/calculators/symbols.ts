/**
 * Splits a plain-text symbol into base, subscript and trailing text:
 * "t_Sand" → ["t", "Sand", ""], "κ_{SEI}" → ["κ", "SEI", ""], "dm_{SEI}/dt" → ["dm", "SEI", "/dt"].
 */
export function symbolParts(symbol: string): [base: string, sub: string, rest: string] {
  const i = symbol.indexOf("_");
  if (i < 0) return [symbol, "", ""];
  const tail = symbol.slice(i + 1);
  if (tail.startsWith("{")) {
    const close = tail.indexOf("}");
    if (close > 0) return [symbol.slice(0, i), tail.slice(1, close), tail.slice(close + 1)];
  }
  return [symbol.slice(0, i), tail, ""];
}
