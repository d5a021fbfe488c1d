/**
 * Schema of one problem (content/problems/<id>.yaml).
 *
 * A problem is a chain of one or more calculator evaluations: each step names an equation, the inputs the
 * problem sets (in the calculator's display unit, each with its source) and the inputs it takes from an earlier
 * step's result. The reader is asked for one output of the last step. Every number the reader sees in the
 * answer and the worked solution is computed from the models at build time; the YAML holds only the givens,
 * the words, and `expect`, the answer worked out by hand, which a unit test compares with the model.
 */
import { z } from "zod";

export const DIFFICULTIES = ["basic", "standard", "challenge"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** What each difficulty means, for the filter and the badges. */
export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  basic: "Basic: one relation, numbers in",
  standard: "Standard: units to convert or a result to interpret",
  challenge: "Challenge: several relations chained",
};

const Given = z
  .object({
    /** In the display unit of the calculator's input (the unit shown beside its field). */
    value: z.number().finite(),
    /** Where the number comes from: the review (section, figure, reference number), or "Estimate: …". */
    source: z.string().min(8),
  })
  .strict();

const Step = z
  .object({
    /** Slug of the equation (a file in src/models/). */
    equation: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Inputs the problem sets, by input name. Inputs not named keep the calculator's default and its source. */
    given: z.record(Given).default({}),
    /** Inputs taken from an earlier step's result: input name → "<slug>.<output>". Default: none. */
    from: z.record(z.string().regex(/^[a-z0-9-]+\.[A-Za-z0-9]+$/)).default({}),
  })
  .strict();

export const ProblemSchema = z
  .object({
    /** Anchor stem and file name: `#problem-<id>`, content/problems/<id>.yaml. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(5),
    /** The chapter whose conditions the problem uses (content/chapters/<chapter>.mdx): the /problems/ filter. */
    chapter: z.string().regex(/^[a-z0-9-]+$/),
    difficulty: z.enum(DIFFICULTIES),
    /** The situation and the question, in our own words; the givens are listed from `steps`, so no numbers twice. */
    statement: z.string().min(40),
    steps: z.array(Step).min(1),
    /** What the reader is asked for: an output of the last step. */
    find: z
      .object({
        /** Output name of the last step's calculator. */
        output: z.string(),
        /** Key of `UNITS` (src/lib/units.ts) the answer is asked in. Default: the output's display unit. */
        unit: z.string().optional(),
        /** Units the reader may answer in (keys of `UNITS`). Default: every unit of the same SI dimension. */
        units: z.array(z.string()).optional(),
      })
      .strict(),
    /** The answer as worked out by hand, in the asked unit, to the digits written. Compared with the model by a unit test. */
    expect: z.number().finite(),
    /** Relative tolerance for a correct answer. Default 0.02 (2 %). */
    tolerance: z.number().positive().max(0.2).default(0.02),
    /** Shown one at a time, in order. */
    hints: z.array(z.string().min(10)).min(1).max(4),
  })
  .strict();

export type Problem = z.output<typeof ProblemSchema>;
export type ProblemStep = Problem["steps"][number];
