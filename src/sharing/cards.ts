/**
 * Preview cards (1200 × 630 PNG) for link unfurlers: what each card says, where it is served and how it is
 * described to people who cannot see it. Data only: `card-render.ts` draws them at build time.
 */
import { SITE } from "../consts";
import { equationTag, type EquationDefinition } from "../models/types";
import { texToPlain } from "./tex-plain";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Colour roles of a card; the renderer maps them to the site's light palette. */
export type CardTone = "accent" | "inorganic" | "organic" | "hybrid" | "baseline";

export interface CardFormula {
  tex: string;
  /** Small heading over the formula ("As printed", "Corrected"); shown only when there are two. */
  label?: string;
  /** Marks the corrected form of an erratum. */
  corrected?: boolean;
}

export interface CardSpec {
  /** Site path of the PNG, without the base: "cards/equations/sand-time.png". */
  path: string;
  /** Small line over the title: "Eqn (6) · section 2.2", "Chapter 2". */
  kicker: string;
  title: string;
  /** One line of text under the title (wrapped to at most three lines on the card). */
  line?: string;
  /** A result set large in a box: the headline test of an interphase. */
  result?: { label: string; value: string };
  /** Typeset formulas (MathJax → SVG paths), stacked. */
  formulas?: CardFormula[];
  tone?: CardTone;
  /** What the card shows, for og:image:alt. */
  alt: string;
}

/** The card every page gets unless it names its own: the home page's. */
export function homeCard(): CardSpec {
  return {
    path: "cards/home.png",
    kicker: "An interactive reading of a review",
    title: SITE.title.replace(/ — an interactive reading$/, ""),
    line: SITE.description,
    tone: "accent",
    alt: `${SITE.title}: ${SITE.description}`,
  };
}

/** An equation's card: its number, name and typeset formula, and the corrected form where the review prints an error. */
export function equationCard(def: EquationDefinition): CardSpec {
  const number = def.kind === "review" ? `Eqn ${equationTag(def)}` : `Relation ${equationTag(def)}`;
  const origin = def.kind === "review" ? "of the review" : def.kind === "in-text" ? "stated in the review's text" : "added by this site";
  const formulas: CardFormula[] = def.erratum
    ? [
        { tex: def.latex, label: "As printed in the review" },
        { tex: def.erratum.correctedLatex, label: "Corrected form, used by this site", corrected: true },
      ]
    : [{ tex: def.latex }];
  const alt = def.erratum
    ? `${number}, ${def.name}: as printed, ${texToPlain(def.latex)}; corrected, ${texToPlain(def.erratum.correctedLatex)}`
    : `${number}, ${def.name}: ${texToPlain(def.latex)}`;
  return { path: `cards/equations/${def.slug}.png`, kicker: `${number} ${origin}`, title: def.name, formulas, tone: "accent", alt };
}

/** The fields of a chapter's front matter a card uses. */
export interface ChapterFacts {
  slug: string;
  number: string;
  title: string;
  description: string;
}

export function chapterCard(c: ChapterFacts): CardSpec {
  return {
    path: `cards/chapters/${c.slug}.png`,
    kicker: c.number.includes(".") ? `Section ${c.number}` : `Chapter ${c.number}`,
    title: c.title,
    line: c.description,
    tone: "accent",
    alt: `${c.number} ${c.title}: ${c.description}`,
  };
}

/** What an interphase card says; the interphase feature supplies the words. */
export interface InterphaseFacts {
  id: string;
  name: string;
  class: "inorganic" | "organic" | "hybrid" | "baseline";
  /** Family, phases and route in one line. */
  detail: string;
  /** The headline test result in one line: ">700 h at 0.25 mA cm⁻², Na‖Na symmetric". */
  headline: string;
}

export function interphaseCard(r: InterphaseFacts): CardSpec {
  const kicker = r.class === "baseline" ? "Baseline · bare sodium" : `Artificial interphase · ${r.class}`;
  return {
    path: `cards/interphases/${r.id}.png`,
    kicker,
    title: r.name,
    line: r.detail,
    result: { label: "Headline test result", value: r.headline },
    tone: r.class,
    alt: `${kicker}: ${r.name}. ${r.detail}. Headline test result: ${r.headline}`,
  };
}
