import { z } from 'zod';
import { UpdateSettingsBody } from './settings-schema.js';

const ZONES = new Set(Intl.supportedValuesOf('timeZone'));

/** True for an IANA time zone this server knows (`Europe/Paris`), and for `UTC`. */
export function isTimeZone(name: string): boolean {
  if (name === 'UTC' || ZONES.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling ('europe/paris' → 'Europe/Paris'); an unknown name as given. */
function canonicalTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return name;
  }
}

export const WorkspaceResponse = z
  .object({
    id: z.string(),
    name: z.string(),
    plan: z.string(),
    postal_address: z.string().nullable().describe('Shown in email footers and on the preference page.'),
    default_from_name: z.string().nullable().describe('The sender name of emails that give none.'),
    default_from_email: z.string().nullable().describe('The sender address of emails that give none.'),
    time_zone: z
      .string()
      .describe('IANA time zone the dashboard shows and takes schedules and hourly figures in, e.g. Europe/Paris.'),
  })
  .meta({
    id: 'DashboardWorkspace',
    description: 'The signed-in workspace: its name and what its emails and schedules use.',
    examples: [
      {
        id: 'ws_0VbPm1Qb2NwY6cHs',
        name: 'Acme Tools',
        plan: 'free',
        postal_address: 'Acme Tools, 1 Market Street, Springfield',
        default_from_name: 'Acme Tools',
        default_from_email: 'hello@acme-tools.com',
        time_zone: 'Europe/London',
      },
    ],
  });
export type WorkspaceResponse = z.infer<typeof WorkspaceResponse>;

export const UpdateWorkspaceBody = UpdateSettingsBody.pick({
  postal_address: true,
  default_from_name: true,
  default_from_email: true,
})
  .extend({
    name: z
      .string({ error: 'The name must be text.' })
      .trim()
      .min(1, 'The workspace needs a name.')
      .max(100, 'The name must be at most 100 characters.')
      .optional(),
    time_zone: z
      .string({ error: 'The time zone must be text.' })
      .max(64)
      .refine(isTimeZone, 'Choose a time zone from the list, such as Europe/Paris or America/New_York.')
      // Stored as spelled canonically ('europe/paris' → 'Europe/Paris'), as the dashboard's list shows it.
      .overwrite(canonicalTimeZone)
      .optional(),
  })
  .meta({
    description: 'What to change; fields left out stay as they are, null clears an optional one.',
    examples: [{ name: 'Acme Tools Ltd', time_zone: 'Europe/London' }],
  });
export type UpdateWorkspaceBody = z.infer<typeof UpdateWorkspaceBody>;
