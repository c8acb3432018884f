import type { FormInstance } from 'antd';

/** The part of a GraphQL error the console reads. */
export interface ServerFieldError {
  message: string;
  extensions?: { code?: unknown; fields?: unknown; [key: string]: unknown } | null;
}

export interface FieldErrors {
  /** Errors by form field name. */
  byField: Map<string, string[]>;
  /** Messages no field of the form owns (shown as a toast or an alert). */
  unowned: string[];
}

/**
 * Sorts BAD_USER_INPUT errors onto form fields. `extensions.fields` names input paths such as
 * `input.title` or `title`; the message leads with the field (`title（标题）长度…`) when several
 * share one error, so each field gets the message that names it, or the whole message otherwise.
 */
export function fieldErrorsOf(errors: readonly ServerFieldError[], formFields: readonly string[]): FieldErrors {
  const byField = new Map<string, string[]>();
  const unowned: string[] = [];
  const known = new Set(formFields);
  const add = (name: string, messages: string[]) => byField.set(name, [...(byField.get(name) ?? []), ...messages]);
  for (const error of errors) {
    // The API's own shape: one message per field (BadInputError's extensions.fieldErrors).
    const given = Array.isArray(error.extensions?.fieldErrors)
      ? (error.extensions.fieldErrors as { field?: unknown; message?: unknown }[])
      : [];
    const precise = given.filter(
      (e): e is { field: string; message: string } => typeof e.field === 'string' && typeof e.message === 'string',
    );
    if (precise.length && precise.every((e) => known.has(fieldName(e.field)))) {
      for (const e of precise) add(fieldName(e.field), [e.message]);
      continue;
    }
    const fields = Array.isArray(error.extensions?.fields) ? (error.extensions.fields as unknown[]) : [];
    const names = fields
      .filter((f): f is string => typeof f === 'string')
      .map(fieldName)
      .filter((f) => known.has(f));
    if (names.length === 0) {
      unowned.push(error.message);
      continue;
    }
    const pieces = error.message.split(/[；;]\s*/);
    for (const name of names) {
      const leading = pieces.filter((p) => p.startsWith(name));
      const naming = pieces.filter((p) => p.includes(name));
      add(name, leading.length ? leading : naming.length ? naming : [error.message]);
    }
  }
  return { byField, unowned };
}

/** `input.categoryCodes[2]` → `categoryCodes`. */
function fieldName(path: string): string {
  return path
    .replace(/^input\./, '')
    .split('.')[0]
    .replace(/\[\d+\]$/, '');
}

/**
 * Puts the server's field errors on the form: clears every field's errors first, then sets each
 * named field's message. Returns the messages no field owns.
 */
export function applyServerErrors(form: FormInstance, errors: readonly ServerFieldError[]): string[] {
  const names = Object.keys(form.getFieldsValue(true) as object);
  const { byField, unowned } = fieldErrorsOf(errors, names);
  form.setFields(names.map((name) => ({ name, errors: byField.get(name) ?? [] })));
  return unowned;
}
