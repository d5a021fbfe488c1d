/** Build side: the Content Security Policy source that allows one inline script or style by its text. */
import { createHash } from "node:crypto";

/** A CSP source for `text` (an inline script or style), as the browser hashes it: sha256 of its UTF-8, base64. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}
