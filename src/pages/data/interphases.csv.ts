/** /data/interphases.csv: one row per test result of every record, units in the column names. */
import type { APIRoute } from "astro";
import { getInterphases } from "@src/interphases/records";
import { interphaseCsv } from "@src/interphases/csv";

export const GET: APIRoute = () =>
  new Response(
    interphaseCsv(getInterphases()),
    { headers: { "content-type": "text/csv; charset=utf-8" } },
  );
