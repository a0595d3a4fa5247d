import { z } from 'zod';

const password = z
  .string()
  .min(10, 'The password must be at least 10 characters.')
  .max(200, 'The password must be at most 200 characters.');

export const PasswordResetBody = z.strictObject({ email: z.string().max(320) }).meta({
  description: 'The address of the account whose password was forgotten.',
  examples: [{ email: 'jane@acme-tools.com' }],
});

export const PasswordResetAccepted = z.object({ message: z.string() }).meta({
  description: 'The same answer whether or not the address has an account.',
  examples: [
    {
      message:
        'If an account uses this address, we have sent it a link to choose a new password. It works for an hour. Check your spam folder if it does not arrive.',
    },
  ],
});

export const PasswordResetConfirmBody = z
  .strictObject({
    token: z.string().max(200).describe('The token of the link in the reset email.'),
    password,
  })
  .meta({
    description: 'The new password, with the token of the reset link.',
    examples: [{ token: 'prs_0VbPm1Qa7RkT3xLe.3q2-7wAAAAAAAAAAAAAAAA', password: 'a new long passphrase' }],
  });

export const UpdateAccountBody = z
  .strictObject({
    name: z.string().max(100, 'The name must be at most 100 characters.').nullable().optional(),
    email: z.string().max(320).optional(),
    password: password.optional(),
    current_password: z.string().max(1000).optional().describe('Required to change the email address or the password.'),
  })
  .meta({
    description:
      'What to change of the signed-in account. A new email or password needs the current password; a new password signs out every other session.',
    examples: [{ name: 'Jane Doe' }, { password: 'a new long passphrase', current_password: 'the old one' }],
  });
export type UpdateAccountBody = z.infer<typeof UpdateAccountBody>;
