/** Every preview card, drawn at build time from the single definitions: home, chapters, equations, interphases. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getChapters } from "@src/lib/chapters";
import { equations } from "@src/models";
import { getInterphases } from "@src/interphases/records";
import { cardFacts } from "@src/interphases/headline";
import { chapterCard, equationCard, homeCard, interphaseCard, type CardSpec } from "@src/sharing/cards";
import { cardPng } from "@src/sharing/card-render";
import { CARD_FOOTER, CARD_SITE } from "@src/sharing/card-text";

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const specs: CardSpec[] = [
    homeCard(),
    ...chapters.map((c) => chapterCard({ slug: c.id, ...c.data })),
    ...equations.map((def) => equationCard(def)),
    ...getInterphases().map((r) => interphaseCard(cardFacts(r))),
  ];
  return specs.map((spec) => ({ params: { card: spec.path.replace(/^cards\//, "").replace(/\.png$/, "") }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cardPng((props as { spec: CardSpec }).spec, CARD_FOOTER, CARD_SITE);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
