import { z } from 'zod';

/** The section the documented examples of search and chat cite. */
export const EXAMPLE_CITATION = {
  url: 'https://www.acme-tools.com/help/account#reset-your-password',
  title: 'Your account',
  section: 'Your account › Reset your password',
  snippet: 'Click "Forgot password" on the sign-in page and follow the link we email you.',
};

export const SearchBody = z
  .strictObject({
    query: z.string().trim().min(1, 'query must not be empty.').max(4000, 'query must be at most 4000 characters.'),
    limit: z
      .number()
      .int()
      .min(1, 'limit must be between 1 and 20.')
      .max(20, 'limit must be between 1 and 20.')
      .default(5)
      .describe('Sections to return, 1–20 (default 5).'),
  })
  .meta({ description: 'What to search for.', examples: [{ query: 'reset password', limit: 3 }] });
export type SearchBody = z.infer<typeof SearchBody>;

export const SearchHit = z
  .object({
    url: z.string().describe('The page, with the #anchor of the section when it has one.'),
    title: z.string().describe("The page's title."),
    section: z.string().nullable().describe('The heading path of the section, e.g. "Built-in Types › Numeric Types".'),
    snippet: z.string().describe('The sentences of the section that match the query best.'),
    score: z.number().describe('Higher is better; comparable within one search only.'),
    language: z.string().describe("The page's language (BCP 47), `und` when unknown."),
  })
  .meta({ id: 'SearchHit', description: 'A section of a trained page, as the chat would find it.' });
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z
  .object({
    data: z.array(SearchHit),
    total: z.number().int(),
    page: z.literal(1),
  })
  .meta({
    id: 'SearchResult',
    description: 'The best sections, best first.',
    examples: [
      {
        data: [{ ...EXAMPLE_CITATION, score: 12.84, language: 'en' }],
        total: 1,
        page: 1,
      },
    ],
  });
export type SearchResponse = z.infer<typeof SearchResponse>;
