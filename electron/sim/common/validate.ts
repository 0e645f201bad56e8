// Simulator (plain Node): zod-checked request bodies; the first problem becomes a 400
// validation_error whose details.field names the field.
import type { z } from 'zod';
import { invalid } from './sim-error';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  // No body at all is read as an empty object, so a missing field is reported by name.
  const result = schema.safeParse(body === undefined ? {} : body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
  throw invalid(field, issue?.message ?? 'invalid');
}
