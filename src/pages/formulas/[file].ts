/** Formula images for slides: each equation's typeset formula as SVG and PNG, for light and dark backgrounds. */
import type { APIRoute, GetStaticPaths } from "astro";
import { equations } from "@src/models";
import { formulaFiles, formulaTex } from "@src/sharing/formula-files";
import { formulaImageSvg, formulaPng } from "@src/sharing/card-render";

export const getStaticPaths = (() =>
  equations.flatMap((def) => formulaFiles(def).map((f) => ({ params: { file: f.name }, props: { tex: formulaTex(def), theme: f.theme, format: f.format } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { tex, theme, format } = props as { tex: string; theme: "light" | "dark"; format: "svg" | "png" };
  if (format === "svg") return new Response(await formulaImageSvg(tex, theme), { headers: { "Content-Type": "image/svg+xml" } });
  return new Response(new Uint8Array(await formulaPng(tex, theme)), { headers: { "Content-Type": "image/png" } });
};
