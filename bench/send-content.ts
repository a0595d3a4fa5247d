// What `npm run bench:send` sends: a deterministic list of contacts (as the
// CSV the import takes) and a personalized newsletter of about 4 KB of HTML
// with three tracked links and an unsubscribe link.

const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Sofía',
  'Lucas',
  'Amélie',
  'Jonas',
  'Chloé',
  'Mateo',
  'Zoë',
  'Noah',
  'Léa',
  'Liam',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  "O'Brien",
  'Müller',
  'Dubois',
  'Rossi',
];
const CITIES = [
  'New York',
  'Chicago',
  'Washington, D.C.',
  'London',
  'Paris',
  'Berlin',
  'Zürich',
  'São Paulo',
  'Toronto',
  'Tokyo',
  '',
];
const DOMAINS = ['example.com', 'example.org', 'mail.example.net', 'acme.example', 'globex.example'];

/** Contact i (0-based) of the list: the same every run. Every 20th has no first name, so the subject says "there". */
export interface BenchContact {
  email: string;
  first_name: string;
  last_name: string;
  city: string;
}

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();

export function contactAt(i: number): BenchContact {
  const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const last = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
  return {
    email: `${ascii(first)}.${ascii(last)}.${i}@${DOMAINS[i % DOMAINS.length]}`,
    first_name: i % 20 === 19 ? '' : first,
    last_name: last,
    city: CITIES[(i * 13) % CITIES.length]!,
  };
}

const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** `email,first_name,last_name,city` for contacts 0 … n-1 (city becomes an attribute). */
export function contactsCsv(n: number): Buffer {
  const lines = ['email,first_name,last_name,city'];
  for (let i = 0; i < n; i++) {
    const c = contactAt(i);
    lines.push([c.email, c.first_name, c.last_name, c.city].map(csvField).join(','));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

const story = (title: string, body: string, link: string, label: string) => `
          <tr>
            <td style="padding:24px 32px 8px 32px;font-family:Helvetica,Arial,sans-serif;">
              <h2 style="margin:0 0 8px 0;font-size:20px;line-height:26px;color:#1a1a2e;">${title}</h2>
              <p style="margin:0 0 12px 0;font-size:15px;line-height:23px;color:#44475a;">${body}</p>
              <a href="${link}" style="font-size:15px;font-weight:bold;color:#3451b2;text-decoration:none;">${label} &rarr;</a>
            </td>
          </tr>`;

/** The campaign: POST /v1/campaigns body. */
export const CAMPAIGN = {
  name: 'Bench: November newsletter',
  subject: 'Hi {{ first_name | default: "there" }}, your November update',
  from_name: 'Acme News',
  from_email: 'news@acme.example',
  html: `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Acme News — November</title>
  <style>
    body { margin: 0; padding: 0; background: #f4f5f7; }
    a { color: #3451b2; }
    @media (max-width: 620px) { .container { width: 100% !important; } }
  </style>
</head>
<body style="margin:0;padding:0;background:#f4f5f7;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f5f7;">
    <tr>
      <td align="center" style="padding:24px 12px;">
        <table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:8px;">
          <tr>
            <td style="padding:32px 32px 8px 32px;font-family:Helvetica,Arial,sans-serif;">
              <p style="margin:0;font-size:13px;color:#8a8fa3;text-transform:uppercase;letter-spacing:1px;">Acme News · November</p>
              <h1 style="margin:12px 0 0 0;font-size:28px;line-height:34px;color:#1a1a2e;">Hello {{ first_name | default: "there" }}!</h1>
              <p style="margin:16px 0 0 0;font-size:16px;line-height:24px;color:#44475a;">
                Here is what happened at Acme this month{% if attributes.city != blank %}, and what is coming to {{ attributes.city }}{% endif %}.
                We shipped the features you asked for most, opened two new stores and have a few events lined up before the end of the year.
              </p>
            </td>
          </tr>${story(
            'Faster checkout, everywhere',
            'Checkout now takes three taps instead of seven. Saved carts follow you from your phone to your laptop, and gift cards can be split across orders. Thank you to everyone who sent feedback during the beta.',
            'https://www.acme.example/blog/faster-checkout?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=november',
            'Read the announcement',
          )}${story(
            'Winter collection: 20 % off for subscribers',
            'The winter collection is in. As a subscriber you get 20 % off everything in it until the end of the month — no code needed, the discount is applied at checkout when you sign in with this address.',
            'https://shop.acme.example/collections/winter?utm_source=newsletter&amp;utm_campaign=november',
            'Shop the collection',
          )}${story(
            'Meet us in person',
            'Our team is on tour: workshops, repair cafés and a few evenings with the designers behind this season. Places are limited, so book early — every event is free.',
            'https://events.acme.example/tour-2026?ref=newsletter',
            'See the events near {{ attributes.city | default: "you" }}',
          )}
          <tr>
            <td style="padding:24px 32px 32px 32px;font-family:Helvetica,Arial,sans-serif;">
              <p style="margin:0;font-size:15px;line-height:23px;color:#44475a;">See you soon,<br>The Acme team</p>
            </td>
          </tr>
          <tr>
            <td style="padding:16px 32px 24px 32px;border-top:1px solid #e6e8ee;font-family:Helvetica,Arial,sans-serif;">
              <p style="margin:0;font-size:12px;line-height:18px;color:#8a8fa3;">
                You receive this because {{ email }} subscribed to Acme News.
                Acme Inc., 123 Market Street, Springfield.
                <a href="{{ unsubscribe_url }}" style="color:#8a8fa3;">Unsubscribe</a> at any time.
              </p>
            </td>
          </tr>
        </table>
      </td>
    </tr>
  </table>
</body>
</html>
`,
};
