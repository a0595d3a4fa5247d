import { PUBLIC_ROUTES, SECURED_ROUTES } from './routes.js';

/** A route the fuzz suite attacks, with a valid body to mutate. */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** Fastify pattern, e.g. /v1/chatbots/:id */
  url: string;
  kind: 'v1' | 'public' | 'dashboard';
  body?: Record<string, unknown>;
  /** Takes a CSV file rather than JSON. */
  csv?: boolean;
  /** Answers a browser's form post (application/x-www-form-urlencoded) with HTML pages, errors included. */
  html?: boolean;
}

export const fuzzRouteKey = (r: FuzzRoute) => `${r.method} ${r.url}`;

// Fuller valid bodies than the security suite needs, so every field gets mutated.
const CHATBOT = {
  name: 'Bot',
  website_url: 'https://example.com/',
  sitemap_url: 'https://example.com/sitemap.xml',
  urls: ['https://example.com/a'],
  crawl: { max_pages: 5, max_depth: 2, include: ['/docs/*'], exclude: ['/blog/*'] },
  instructions: 'Be brief.',
  welcome_message: 'Hi!',
  color: '#2563eb',
  position: 'bottom-left',
  allowed_domains: ['example.com'],
  lead_capture: { enabled: true, when: 'start' },
};
const CONTACT = {
  email: 'new@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  phone: '+1 555',
  attributes: { city: 'Oslo', n: 1 },
  tags: ['vip'],
  status: 'subscribed',
};
const CAMPAIGN = {
  name: 'News',
  subject: 'Hi {{ first_name }}',
  from_name: 'Acme',
  from_email: 'news@example.com',
  reply_to: 'reply@example.com',
  html: '<p>Hi {{ attributes.city }}</p><a href="https://example.com/">x</a>',
  text: 'Hi {{ first_name }}',
  audience: { tags: ['vip'], match: 'any' },
};
const RICH_BODIES: Record<string, Record<string, unknown>> = {
  'POST /v1/chatbots': CHATBOT,
  'PATCH /v1/chatbots/:id': CHATBOT,
  'POST /v1/contacts': CONTACT,
  'PATCH /v1/contacts/:id': CONTACT,
  'POST /v1/campaigns': CAMPAIGN,
  'PATCH /v1/campaigns/:id': CAMPAIGN,
  'POST /v1/campaigns/preview': {
    subject: CAMPAIGN.subject,
    html: CAMPAIGN.html,
    text: CAMPAIGN.text,
    contact_id: 'ct_x',
  },
  'POST /v1/chatbots/:id/chat': { message: 'What are your opening hours?', conversation_id: 'conv_x', stream: false },
  'POST /v1/chatbots/:id/sources': {
    type: 'qna',
    question: 'Do you sell gift cards?',
    answer: 'Yes.',
    alternatives: ['Gift cards?'],
    from_message_id: 'msg_x',
  },
  'PATCH /v1/chatbots/:id/sources/:source_id': {
    title: 'T',
    text: 'x',
    question: 'Q?',
    answer: 'A.',
    alternatives: ['B?'],
  },
};

const V1: FuzzRoute[] = [
  ...SECURED_ROUTES.map(({ method, url, body, raw }) => ({
    method,
    url,
    kind: 'v1' as const,
    body: RICH_BODIES[`${method} ${url}`] ?? body,
    csv: raw !== undefined,
  })),
  ...PUBLIC_ROUTES.map((r) => {
    const [method, url] = r.split(' ') as ['GET', string];
    return { method, url, kind: 'v1' as const };
  }),
];

const WIDGET: FuzzRoute[] = [
  { method: 'OPTIONS', url: '/public/chatbots/*', kind: 'public' },
  { method: 'GET', url: '/public/chatbots/:id', kind: 'public' },
  { method: 'POST', url: '/public/chatbots/:id/chat', kind: 'public', body: { message: 'When are you open?' } },
  {
    method: 'POST',
    url: '/public/chatbots/:id/leads',
    kind: 'public',
    body: { name: 'Ada', email: 'ada@example.com' },
  },
  { method: 'GET', url: '/public/chatbots/:id/conversations/:conversation_id', kind: 'public' },
  {
    method: 'POST',
    url: '/public/chatbots/:id/messages/:message_id/feedback',
    kind: 'public',
    body: { rating: 'up', comment: 'Thanks', conversation_id: 'conv_x' },
  },
];

const FORMS: FuzzRoute[] = [
  { method: 'OPTIONS', url: '/public/forms/:id/submit', kind: 'public' },
  {
    method: 'POST',
    url: '/public/forms/:id/submit',
    kind: 'public',
    html: true,
    body: { email: 'ada@example.com', first_name: 'Ada', website: '' },
  },
];

const DASHBOARD: FuzzRoute[] = [
  {
    method: 'POST',
    url: '/dashboard/signup',
    kind: 'dashboard',
    body: { email: 'fuzz@example.com', password: 'correct horse battery' },
  },
  {
    method: 'POST',
    url: '/dashboard/login',
    kind: 'dashboard',
    body: { email: 'fuzz@example.com', password: 'correct horse battery' },
  },
  { method: 'POST', url: '/dashboard/password-reset', kind: 'dashboard', body: { email: 'fuzz@example.com' } },
  {
    method: 'POST',
    url: '/dashboard/password-reset/confirm',
    kind: 'dashboard',
    body: { token: 'prs_0000000000000000.AAAAAAAAAAAAAAAAAAAAAA', password: 'correct horse battery' },
  },
  { method: 'GET', url: '/dashboard/session', kind: 'dashboard' },
  { method: 'PATCH', url: '/dashboard/account', kind: 'dashboard', body: { name: 'Fuzz' } },
  { method: 'GET', url: '/dashboard/workspace', kind: 'dashboard' },
  { method: 'PATCH', url: '/dashboard/workspace', kind: 'dashboard', body: { name: 'Fuzz', time_zone: 'UTC' } },
  { method: 'GET', url: '/dashboard/api-keys', kind: 'dashboard' },
  { method: 'POST', url: '/dashboard/api-keys', kind: 'dashboard', body: { name: 'Fuzz' } },
  { method: 'GET', url: '/dashboard/usage', kind: 'dashboard' },
  { method: 'GET', url: '/dashboard/overview', kind: 'dashboard' },
  { method: 'DELETE', url: '/dashboard/api-keys/:id', kind: 'dashboard' },
  { method: 'GET', url: '/dashboard/members', kind: 'dashboard' },
  { method: 'PATCH', url: '/dashboard/members/:user_id', kind: 'dashboard', body: { role: 'member' } },
  { method: 'DELETE', url: '/dashboard/members/:user_id', kind: 'dashboard' },
  { method: 'GET', url: '/dashboard/invitations', kind: 'dashboard' },
  {
    method: 'POST',
    url: '/dashboard/invitations',
    kind: 'dashboard',
    body: { email: 'someone@fuzz.example', role: 'member' },
  },
  { method: 'DELETE', url: '/dashboard/invitations/:id', kind: 'dashboard' },
  {
    method: 'POST',
    url: '/dashboard/invitations/accept',
    kind: 'dashboard',
    body: { token: 'inv_0000000000000000.AAAAAAAAAAAAAAAAAAAAAA', password: 'correct horse battery' },
  },
  { method: 'GET', url: '/dashboard/workspaces', kind: 'dashboard' },
  {
    method: 'POST',
    url: '/dashboard/session/workspace',
    kind: 'dashboard',
    body: { workspace_id: 'ws_0000000000000000' },
  },
  { method: 'POST', url: '/dashboard/logout', kind: 'dashboard' },
];

// What destroys the targets (deletes, sign-out) goes last, so it does not
// leave the other routes nothing valid to work on.
const destructive = (r: FuzzRoute) => (r.url === '/dashboard/logout' ? 2 : r.method === 'DELETE' ? 1 : 0);

/** Every /v1, /public and /dashboard route; the suite fails when one is registered but not listed. */
export const FUZZ_ROUTES: FuzzRoute[] = [...V1, ...WIDGET, ...FORMS, ...DASHBOARD].sort(
  (a, b) => destructive(a) - destructive(b),
);
