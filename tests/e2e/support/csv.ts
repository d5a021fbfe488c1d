/** A strict RFC 4180 reader (CRLF rows, quoted fields), written independently of the site's CSV writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else if (c === "\n" || c === "\r" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at offset ${i}`);
    else field += c;
  }
  if (field !== "" || row.length) throw new Error("the last row does not end with CRLF");
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

const OPS: Record<string, string> = { ">": "gt", ">=": "gte", "<": "lt", "<=": "lte" };

/** Reads a figure of the CSV notation back into the dataset's quantity shape ("~0.5..1", ">=500", "8.6 | vs ~3.4 sodium"). */
export function parseFigure(text: string): Record<string, unknown> | undefined {
  if (text === "") return undefined;
  const [head, ...extras] = text.split(" | ");
  const num = String.raw`-?\d+(?:\.\d+)?(?:e-?\d+)?`;
  const m = new RegExp(`^(>=|<=|>|<)?(~)?(${num})(?:\\.\\.(${num}))?(?:\\+-(${num}))?$`).exec(head!);
  if (!m) throw new Error(`not a CSV figure: ${text}`);
  const [, op, approx, a, b, pm] = m;
  const q: Record<string, unknown> = b === undefined ? { value: Number(a) } : { min: Number(a), max: Number(b) };
  if (approx) q.approx = true;
  if (op) q.bound = OPS[op];
  if (pm) q.pm = Number(pm);
  for (const extra of extras) {
    if (extra.startsWith("of ")) q.of = extra.slice(3);
    else if (extra.startsWith("vs ")) {
      const [figure, ...what] = extra.slice(3).split(" ");
      q.vs = { ...parseFigure(figure!), of: what.join(" ") };
    } else throw new Error(`unknown part "${extra}" in ${text}`);
  }
  return q;
}
