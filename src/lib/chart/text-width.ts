/**
 * Label lengths without a browser: advance widths of DejaVu Sans, the widest of the fonts `system-ui` resolves to
 * (Linux; San Francisco, Segoe UI and Roboto are narrower), so a label measured here never comes out longer on
 * screen. Measured in Chromium with canvas `measureText`, in thousandths of an em.
 */
const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~µμαβγδεηθκλνπρστφχψωΔΦΩΣ·–—−×±≈≤≥→←↑↓°′″‖⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺₀₁₂₃₄₅₆₇₈₉₊₋ₐₑₓₘₙ…’‘“”Å≲≳∝∞½¼ᵧ≫ⁿø\u00A0\u202F\u2009\u2011";
const ADVANCE = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,636,636,659,638,592,612,541,634,612,589,592,559,602,635,634,602,660,578,660,837,684,787,764,632,318,500,1000,838,838,838,838,838,838,838,838,838,838,500,227,374,500,401,401,401,401,401,401,401,401,401,401,528,528,401,401,401,401,401,401,401,401,401,401,528,528,392,417,444,623,398,1000,318,318,518,518,684,838,838,714,833,969,969,373,1047,398,612,318,200,200,361];
const WIDTH = new Map([...CHARS].map((c, i) => [c, ADVANCE[i]! / 1000]));
/** Characters not in the table: wider than any Latin or Greek letter above, so the estimate stays on the long side. */
const UNKNOWN = 0.9;
/** Bold widens DejaVu Sans by about a tenth on average and never by more than this. */
const BOLD = 1.15;

/** Width in px of `text` set in `size` px type; combining marks take no room. */
export function textWidth(text: string, size: number, { bold = false } = {}): number {
  let em = 0;
  for (const c of text) em += /\p{M}/u.test(c) ? 0 : (WIDTH.get(c) ?? UNKNOWN);
  return em * size * (bold ? BOLD : 1);
}
