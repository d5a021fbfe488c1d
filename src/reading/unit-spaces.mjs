// Keeps a number with its unit, and compound units together, on one line:
// "2 mA cm⁻²" never breaks as "2 mA / cm⁻²" or "2 / mA cm⁻²".
import { visit } from "unist-util-visit";

const NBSP = "\u00a0";
const UNIT = "(?:mAh|mA|mV|mS|µm|μm|nm|GPa|MPa|kJ|eV|h|°C|K|C|V|Ω|wt|cycles)";

export function remarkUnitSpaces() {
  const numberUnit = new RegExp(`(\\d)[ ](?=${UNIT}(?![A-Za-z]))`, "g");
  const compound = /\b(mAh|mA|mS|kJ|g) (?=(cm|g|mol)[⁻−-])/g;
  return (tree) => {
    visit(tree, "text", (node) => {
      node.value = node.value.replace(numberUnit, `$1${NBSP}`).replace(compound, `$1${NBSP}`);
    });
  };
}
