// Form errors the GOV.UK way: one error summary at the top linking to each field, and the same message
// beside the field. A page reads its form with a zod schema whose messages are the words users see
// ("Enter your email address"), then hands `errors` to the template:
//
//   {% if errors %}{{ govukErrorSummary({ titleText: "There is a problem", errorList: errors.errorList }) }}{% endif %}
//   {{ govukInput({ id: "email", name: "email", errorMessage: errors.fields.email, ... }) }}
//
// A service's refusal goes in the same way: `formErrors(error.problems)` for an InvalidInput.
import type { z } from 'zod';
import { formatPath } from '../../domain/validation.js';

/** A problem with one field, named by its form name (`email`) or path (`children[0].name`). */
export interface FieldProblem {
  path: string | readonly PropertyKey[];
  message: string;
}

export interface FormErrors {
  /** For govukErrorSummary's `errorList`, in the order of the problems (the order of the fields). */
  errorList: { text: string; href?: string }[];
  /** For each component's `errorMessage`, by field name. */
  fields: Record<string, { text: string }>;
}

export interface FormErrorOptions {
  /**
   * The element to link to when it is not the field's own id: a date input's first box
   * (`{ dateOfBirth: 'dateOfBirth-day' }`), or the first radio of a group (`{ outcome: 'outcome' }`).
   */
  anchors?: Record<string, string>;
}

/**
 * GOV.UK error objects for a list of problems. A field keeps only its first problem (the summary and the
 * field show one message each); a problem without a path is about the whole form and links nowhere.
 */
export function formErrors(
  problems: readonly FieldProblem[] | { issues: readonly FieldProblem[] },
  options: FormErrorOptions = {},
): FormErrors {
  const list = 'issues' in problems ? problems.issues : problems;
  const errors: FormErrors = { errorList: [], fields: {} };
  for (const problem of list) {
    const field = typeof problem.path === 'string' ? problem.path : formatPath(problem.path);
    if (!field) {
      errors.errorList.push({ text: problem.message });
      continue;
    }
    if (errors.fields[field]) continue;
    errors.fields[field] = { text: problem.message };
    errors.errorList.push({ text: problem.message, href: `#${options.anchors?.[field] ?? field}` });
  }
  return errors;
}

export type FormReading<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

/** Reads a posted form with `schema`; a missing body reads as an empty form. */
export function readForm<Schema extends z.ZodType>(
  schema: Schema,
  body: unknown,
  options: FormErrorOptions = {},
): FormReading<z.infer<Schema>> {
  const result = schema.safeParse(body ?? {});
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: formErrors(result.error, options) };
}
