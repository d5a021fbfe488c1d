/**
 * Reads content/problems/*.yaml, validates each with ProblemSchema, checks that its chapter exists, and solves
 * it against the models. Any problem stops the build with a message naming the file and what is wrong.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadRecords, validateRecord } from "../lib/records";
import { ProblemSchema, type Problem } from "./schema";
import { solveProblem, type SolvedProblem } from "./solve";

/** Default folders, relative to the project root (the working directory of astro and vitest). */
export const PROBLEMS_DIR = path.resolve(process.cwd(), "content/problems");
const CHAPTERS_DIR = path.resolve(process.cwd(), "content/chapters");

export function validateProblem(data: unknown, source: string): Problem {
  const problem = validateRecord(ProblemSchema, "problem", data, source);
  if (!existsSync(path.join(CHAPTERS_DIR, `${problem.chapter}.mdx`))) {
    throw new Error(`Invalid problem "${problem.id}" (${source}):\n  - chapter: no content/chapters/${problem.chapter}.mdx`);
  }
  return problem;
}

/** Every problem, validated and solved, in file-name order. */
export function loadProblems(dir: string = PROBLEMS_DIR): SolvedProblem[] {
  return loadRecords(dir, "problem", validateProblem).map(solveProblem);
}

let cache: SolvedProblem[] | undefined;

/** The site's problems, loaded once per build. */
export function problems(): SolvedProblem[] {
  return (cache ??= loadProblems());
}

/** The problems asked about one equation's result: they appear under that equation. */
export function problemsUnder(slug: string): SolvedProblem[] {
  return problems().filter((p) => p.def.slug === slug);
}
