/** /data/interphases.csv: one row per test result of every record, units in the column names. */
import type { APIRoute } from "astro";
import { getInterphases } from "@src/interphases/records";
import { interphaseCsv } from "@src/interphases/csv";
import { cumulativeCapacity, isFastCharging } from "@src/interphases/schema";

export const GET: APIRoute = () =>
  new Response(
    interphaseCsv(getInterphases(), (r, i) => ({ fast: isFastCharging(r.tests[i]!), cumulative: cumulativeCapacity(r.tests[i]!) })),
    { headers: { "content-type": "text/csv; charset=utf-8" } },
  );
