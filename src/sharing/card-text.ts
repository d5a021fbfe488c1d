/** The two lines every card carries: the site over the title, the review under it. */
import { REVIEW, SITE } from "../consts";

export const CARD_SITE = `${SITE.shortTitle} · an interactive reading`;
export const CARD_FOOTER = `Oh, Zhang, Baek, Kim & Lee · RSC Appl. Interfaces 2026, 3, 214 · doi:${REVIEW.doi}`;
