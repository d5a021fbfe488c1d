/** An equation's page title and description: one wording for its page and its short links (/eq/6/). */
import { equationMention, type EquationDefinition } from "../models/types";

export function equationPageMeta(def: EquationDefinition): { title: string; description: string } {
  const mention = equationMention(def);
  const Mention = mention.charAt(0).toUpperCase() + mention.slice(1);
  return {
    title: `${Mention}: ${def.name}`,
    description: `${def.name} — ${mention} from Oh et al., "Fast-charging sodium metal anodes" (2026), with a live calculator, a chart, its symbols and the context it belongs to.`,
  };
}
