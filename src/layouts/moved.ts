/**
 * Anchors that left a page when its subsections got pages of their own (section 2 → 2.1–2.3): every section,
 * heading, equation, calculator, figure, problem and reference anchor of each page whose front matter names it in `splitFrom`,
 * worked out at build time from those pages and src/models/, so old links (failure-mechanisms/#eq-sand-time,
 * ?sand-time.j=10) can be sent on: listed by components/MovedAnchors.astro, followed by `forwardScript`.
 */
import { render } from "astro:content";
import { equations, equationTag } from "@src/models";
import { definition as limits } from "@src/models/limits";
import { hostAnchor } from "@src/models/types";
import { problems } from "@src/problems/load";
import { sectionAnchor, type Chapter } from "@src/lib/chapters";
import { chapterPath, withBase } from "@src/lib/paths";
import { figureId } from "@src/lib/ids";
import { citedIn, formatReference } from "@src/lib/bibliography";

export interface MovedAnchor {
  /** The anchor as old links name it ("eq-sand-time"). */
  id: string;
  /** Other anchors of the same thing ("eq-6", "calc-sand-time"). */
  aliases: string[];
  /** Its new place, a site path with the anchor. */
  href: string;
  text: string;
  /** The calculator whose URL state (`<slug>.<name>`) now belongs on the new page. */
  calculator?: string;
}

export interface MovedPage {
  chapter: Chapter;
  /** The page's own section anchor first, then everything on it. */
  anchors: MovedAnchor[];
}

/** The pages split off from `chapter`, each with the anchors that now live there; none for most chapters. */
export async function movedFrom(chapter: Chapter, chapters: Chapter[]): Promise<MovedPage[]> {
  const parts = chapters.filter((c) => c.data.splitFrom === chapter.id);
  // A reference the old page still cites keeps its anchor there; any other goes to the first new page citing it.
  const claimed = new Set(citedIn(chapter.body ?? ""));
  const referencesOf = parts.map((part) => {
    const fresh = citedIn(part.body ?? "").filter((n) => !claimed.has(n));
    for (const n of fresh) claimed.add(n);
    return fresh;
  });
  return Promise.all(parts.map(async (part, i) => {
    const at = (id: string) => chapterPath(part.id, id);
    const body = part.body ?? "";
    const own = sectionAnchor(part.data.number);
    const headings = (await render(part)).headings.map((h) => ({ id: h.slug, aliases: [], href: at(h.slug), text: h.text }));
    const defs = equations.filter((d) => d.chapter === part.id);
    const equationAnchors = defs.map((d) => ({
      id: `eq-${d.slug}`,
      aliases: [...(d.number ? [`eq-${d.number}`] : []), `calc-${d.slug}`],
      href: at(`eq-${d.slug}`),
      text: `${equationTag(d)} ${d.name}`,
      calculator: d.slug,
    }));
    const calculators = /<Limits\b/.test(body) ? [{ id: hostAnchor(limits), aliases: [], href: at(hostAnchor(limits)), text: `Calculator: ${limits.name}`, calculator: limits.slug }] : [];
    const figures = [...body.matchAll(/<Fig\s+n="([^"]+)"/g)].map(([, n]) => ({ id: figureId(n!), aliases: [], href: at(figureId(n!)), text: `Fig. ${n}` }));
    const slugs = new Set(defs.map((d) => d.slug));
    const problemAnchors = problems()
      .filter((p) => slugs.has(p.def.slug))
      .map((p) => ({ id: `problem-${p.problem.id}`, aliases: [], href: withBase(`equations/${p.def.slug}/#problem-${p.problem.id}`), text: `Problem: ${p.problem.title}` }));
    const references = referencesOf[i]!.map((n) => ({ id: `ref-${n}`, aliases: [], href: at(`ref-${n}`), text: `Reference [${n}] ${formatReference(`ref-${n}`).text}` }));
    const anchors: MovedAnchor[] = [
      { id: own, aliases: [], href: at(own), text: `${part.data.number} ${part.data.title}` },
      ...headings, ...equationAnchors, ...calculators, ...figures, ...problemAnchors, ...references,
    ];
    return { chapter: part, anchors };
  }));
}

/**
 * The inline script that sends an old address on before the old page paints (placed in its <head> by
 * ChapterLayout through layouts/parts/InlineScript.astro): its anchor, or an alias of one, picks the new page, or
 * else the first calculator its query names (`<slug>.<name>`); the query and the anchor go along.
 */
export function forwardScript(pages: MovedPage[]): string {
  const anchors: Record<string, string> = {};
  const calculators: Record<string, string> = {};
  for (const page of pages) {
    for (const a of page.anchors) {
      const path = a.href.split("#")[0]!;
      for (const id of [a.id, ...a.aliases]) anchors[id] ??= path;
      if (a.calculator) calculators[a.calculator] ??= path;
    }
  }
  const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");
  return `(()=>{const anchors=${json(anchors)},calculators=${json(calculators)};let id="";try{id=decodeURIComponent(location.hash.slice(1))}catch{}let to=Object.hasOwn(anchors,id)?anchors[id]:undefined;if(!to)for(const key of new URLSearchParams(location.search).keys()){const slug=key.split(".")[0];if(Object.hasOwn(calculators,slug)){to=calculators[slug];break}}if(to)location.replace(to+location.search+location.hash)})()`;
}
