import type { EquationDefinition } from "./types";
export { equationTag, equationMention } from "./types";
export type { EquationDefinition } from "./types";
import { definition as seiMassBalance } from "./sei-mass-balance";
import { definition as seiIonFlux } from "./sei-ion-flux";
import { definition as seiOhmic } from "./sei-ohmic";
import { definition as creep } from "./creep";
import { definition as tafel } from "./tafel";
import { definition as sandTime } from "./sand-time";
import { definition as voidFlux } from "./void-flux";
import { definition as cRate } from "./c-rate";
import { definition as naCapacity } from "./na-capacity";
import { definition as seiResistivity } from "./sei-resistivity";
import { definition as seiVoltageDrop } from "./sei-voltage-drop";
import { definition as wurtzReaction } from "./wurtz-reaction";
import { definition as naInventory } from "./na-inventory";
import { definition as seiArrhenius } from "./sei-arrhenius";
import { definition as limitingCurrent } from "./limiting-current";
import { definition as sandCurrent } from "./sand-current";

/** Every equation, in the order of the review: numbered first, then in-text relations, then site additions. */
export const equations: readonly EquationDefinition[] = [
  seiMassBalance, seiIonFlux, seiOhmic, creep, tafel, sandTime, voidFlux,
  cRate, seiResistivity, seiVoltageDrop, wurtzReaction,
  naInventory, seiArrhenius, naCapacity, limitingCurrent, sandCurrent,
];

const bySlug = new Map(equations.map((e) => [e.slug, e]));

/** Looks an equation up by slug; throws at build time on an unknown slug so a typo fails loudly. */
export function getEquation(slug: string): EquationDefinition {
  const def = bySlug.get(slug);
  if (!def) throw new Error(`Unknown equation slug "${slug}". Known: ${[...bySlug.keys()].join(", ")}`);
  return def;
}
