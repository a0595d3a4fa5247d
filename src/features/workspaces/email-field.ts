import { z } from 'zod';
import { EMAIL_MAX_LENGTH, normalizeEmail } from '../../lib/email.js';

/** An email address field whose errors name it: "from_email 'x' is not a valid email address." */
export function emailAddressField(name: string, notString = `${name} must be a string.`) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? undefined : notString) })
    .max(EMAIL_MAX_LENGTH, `${name} must be at most ${EMAIL_MAX_LENGTH} characters.`)
    .meta({ format: 'email' })
    .transform((value, ctx) => {
      const email = normalizeEmail(value);
      if (email === undefined) {
        ctx.addIssue({ code: 'custom', message: `${name} '${value}' is not a valid email address.` });
        return z.NEVER;
      }
      return email;
    });
}
