import { defineCollection, z } from "astro:content";
import { glob } from "astro/loaders";

const chapters = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/chapters" }),
  schema: z.object({
    /** Title without its section number. */
    title: z.string(),
    /** The review's section number, shown before the title ("2", "4.1"). */
    number: z.string().regex(/^\d+(\.\d+)?$/),
    /** Position in the reading order, 1 first. */
    order: z.number().int().positive(),
    /** One or two sentences for search results and link previews. */
    description: z.string().min(20),
    /** One or two sentences for each numbered section inside the page ("2.1": "…"), for its /sec/2.1/ short link's preview; none by default. */
    sections: z.record(z.string().regex(/^\d+(\.\d+)+$/), z.string().min(20)).default({}),
    /** The page this one was once part of ("failure-mechanisms" for 2.1–2.3): that page forwards the anchors that moved here. */
    splitFrom: z.string().optional(),
  }),
});

export const collections = { chapters };
