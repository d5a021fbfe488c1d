/**
 * Another page of the site as an inert document, for a feature that shows part of it on demand (a chapter's
 * calculator, a worked solution on /problems/). Through XMLHttpRequest, whose browser-side parser is no Trusted
 * Types sink: DOMParser is one, and the pages' policy lets no string become HTML (src/lib/trusted-types.ts).
 * Offline, the service worker answers from its cache. `what` names the page in the reasons it rejects with
 * ("the equation's page answered 503"), which the caller shows to the reader.
 *
 * Each page is asked for once (several problems share an equation's page, and a reader's intent may ask before
 * the press does); a failure is forgotten, so the next ask tries again.
 */
import { onceUntilFailure } from "./once";

const asked = new Map<string, Promise<Document>>();

export function fetchDocument(url: string, what: string): Promise<Document> {
  return onceUntilFailure(asked, url, () => request(url, what));
}

function request(url: string, what: string): Promise<Document> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("GET", url);
    request.responseType = "document";
    request.onload = () => {
      if (request.status !== 200) reject(new Error(`${what} answered ${request.status}`));
      else if (!request.responseXML) reject(new Error(`${what} could not be read`));
      else resolve(request.responseXML);
    };
    request.onerror = () => reject(new Error(`${what} could not be reached`));
    request.send();
  });
}

/**
 * `found` (an element of a fetched document) copied into this one. Parsed without scripting, the fetched page's
 * <noscript> notices became content: they are not for a page where script runs, and are left out.
 */
export function adopt<T extends Element>(found: T): T {
  const copy = document.importNode(found, true);
  for (const n of copy.querySelectorAll("noscript")) n.remove();
  return copy;
}
