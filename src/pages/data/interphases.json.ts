/** /data/interphases.json: every validated record, with the schema version and its source. */
import type { APIRoute } from "astro";
import { getInterphases } from "@src/interphases/records";
import { interphaseDocument } from "@src/interphases/download";
import { formatReference } from "@src/lib/bibliography";
import { REVIEW } from "@src/consts";

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(interphaseDocument(getInterphases(), { kind: "all" }, { review: formatReference(REVIEW.key).text, doi: REVIEW.doiUrl }), null, 2)}\n`, {
    headers: { "content-type": "application/json; charset=utf-8" },
  });
