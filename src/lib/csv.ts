/** CSV text as RFC 4180 has it: CRLF line ends; fields with a comma, quote or line break are quoted. */

/** One field, quoted if it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows to CSV text, CRLF line ends, ending with a line break. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
