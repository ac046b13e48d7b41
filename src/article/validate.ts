import type { z } from 'zod';
import { ArticleInputSchema, type ArticleInput } from './article.js';

/** One reason an input was refused: the field path (`body.3.text`) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The outcome of validating untrusted input. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Turns zod's issues into path + reason pairs a person can act on. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    path: i.path.length ? i.path.map(String).join('.') : '(root)',
    message: i.message,
  }));
}

/** Validates any value against a schema, reporting every bad field. */
export function validateWith<S extends z.ZodType>(schema: S, value: unknown): Validated<z.infer<S>> {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, issues: toFieldIssues(r.error) };
}

/** Validates an article from any source. */
export function validateArticleInput(value: unknown): Validated<ArticleInput> {
  return validateWith(ArticleInputSchema, value);
}

/** Thrown where a caller cannot carry a Validated result further. */
export class ArticleValidationError extends Error {
  readonly code = 'ERR_ARTICLE_INVALID';
  constructor(readonly issues: FieldIssue[]) {
    super(`invalid article: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  }
}

/** Parses an article input or throws ArticleValidationError naming each bad field. */
export function parseArticleInput(value: unknown): ArticleInput {
  const r = validateArticleInput(value);
  if (!r.ok) throw new ArticleValidationError(r.issues);
  return r.value;
}
