import { z } from 'zod';

export const OVERVIEW_DAYS = ['7', '30', '90'] as const;

export const OverviewQuery = z.strictObject({
  days: z
    .enum(OVERVIEW_DAYS, { error: 'days must be 7, 30 or 90.' })
    .default('30')
    .describe('How many days the overview covers, ending today (UTC): 7, 30 or 90.'),
});
export type OverviewQuery = z.infer<typeof OverviewQuery>;

const Rate = (what: string) => z.number().nullable().describe(`${what}, 0 to 1; null when there is nothing to divide.`);

export const OverviewResponse = z
  .object({
    days: z.number().int().describe('Days covered, today included.'),
    from: z.string().describe('First day (UTC) covered, like 2026-03-15.'),
    to: z.string().describe('Last day (UTC) covered: today.'),
    chatbots: z.object({
      total: z.number().int().describe('Chatbots in the workspace.'),
      conversations: z.number().int().describe('Conversations started in the period, across every chatbot.'),
      questions: z.number().int().describe("Visitors' questions in the period."),
      answered: z.number().int().describe('Questions answered from the trained pages.'),
      answered_rate: Rate('answered / questions'),
      leads: z.number().int().describe('Visitors who left their contact details in the period.'),
    }),
    contacts: z.object({
      total: z.number().int().describe('Contacts in the workspace now.'),
      new: z.number().int().describe('Contacts added in the period (those still in the workspace).'),
    }),
    daily: z
      .array(
        z.object({
          date: z.string(),
          conversations: z.number().int(),
          leads: z.number().int(),
          new_contacts: z.number().int(),
        }),
      )
      .describe('Every day of the period, oldest first.'),
    campaigns: z
      .array(
        z.object({
          id: z.string(),
          name: z.string(),
          status: z.string().describe('sending, paused, sent, cancelled or failed.'),
          sent: z.number().int(),
          open_rate: Rate('unique_opens / sent, human opens only'),
          click_rate: Rate('unique_clicks / sent'),
          started_at: z.string(),
          finished_at: z.string().nullable(),
        }),
      )
      .describe('The last campaigns that started sending, latest first (at most 5), whenever they were sent.'),
  })
  .meta({
    id: 'Overview',
    description: "The workspace at a glance: its chatbots' conversations, contacts and last campaigns.",
    examples: [
      {
        days: 7,
        from: '2026-03-09',
        to: '2026-03-15',
        chatbots: { total: 1, conversations: 31, questions: 48, answered: 44, answered_rate: 0.9167, leads: 5 },
        contacts: { total: 1204, new: 37 },
        daily: [{ date: '2026-03-15', conversations: 6, leads: 1, new_contacts: 4 }],
        campaigns: [
          {
            id: 'cmp_0VbTz6Kp2HnV9qDf',
            name: 'Spring release',
            status: 'sent',
            sent: 1180,
            open_rate: 0.4212,
            click_rate: 0.0871,
            started_at: '2026-03-12T09:00:00Z',
            finished_at: '2026-03-12T09:04:10Z',
          },
        ],
      },
    ],
  });
export type OverviewResponse = z.infer<typeof OverviewResponse>;
