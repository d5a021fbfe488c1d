/** /page-end.js: the classic script that ends every page (src/reading/page-end.ts). */
import type { APIRoute } from "astro";
import { PAGE_END_SCRIPT } from "@src/reading/page-end";

export const GET: APIRoute = () => new Response(PAGE_END_SCRIPT, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
