/** True when every argument is a finite number: models return NaN for NaN or infinite inputs instead of a misleading limit. */
export function allFinite(...values: number[]): boolean {
  return values.every(Number.isFinite);
}
