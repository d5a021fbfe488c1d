import type { z } from "zod";

/** Flattens zod issues (including the branches of a failed union) into "path: message" lines. */
export function describeIssues(error: z.ZodError): string[] {
  const lines: string[] = [];
  const walk = (issues: z.ZodIssue[]) => {
    for (const issue of issues) {
      if (issue.code === "invalid_union") {
        // Report each branch's own complaints; their paths are already absolute.
        for (const branch of issue.unionErrors) walk(branch.issues);
        continue;
      }
      const where = issue.path.length ? issue.path.join(".") : "(record)";
      lines.push(`${where}: ${issue.message}`);
    }
  };
  walk(error.issues);
  return [...new Set(lines)];
}
