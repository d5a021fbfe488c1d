/**
 * Adds the results stylesheet on first use. Imported as a URL, not as a style module, so that Astro does not
 * inline it into every page that carries the header field.
 */
import href from "./search.css?url";

let loaded: Promise<void> | undefined;

export function loadSearchStyles(): Promise<void> {
  loaded ??= new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
  return loaded;
}
