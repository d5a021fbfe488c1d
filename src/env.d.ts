declare namespace App {
  interface Locals {
    /** While a course pack chapter renders (components/print/PackChapter.astro): that chapter's slug. */
    packChapter?: string;
  }
}
