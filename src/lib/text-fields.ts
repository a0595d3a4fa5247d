import { z } from 'zod';

/** The longest subject, HTML or text template a campaign, template or email may hold. */
export const TEMPLATE_MAX = 500_000;

/** A string field whose errors name it: "subject must be a string.", "… at most N characters." */
export const textField = (name: string, max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `${name} must be a string.`) })
    .max(max, `${name} must be at most ${max} characters.`);

/** A string field that must hold something once trimmed. */
export const requiredText = (name: string, max: number) =>
  textField(name, max).trim().min(1, `${name} must not be empty.`);

/** A string field where blank means none: trimmed, '' read as null, null allowed. */
export const optionalText = (name: string, max: number) =>
  textField(name, max)
    .trim()
    .transform((v) => (v === '' ? null : v))
    .nullable();
