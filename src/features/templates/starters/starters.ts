import { BODY, button, cell, heading, INK, MUTED, paragraph, shell, TEXT_FOOTER } from './layout.js';

/** A design shipped with Grivo to start a template or campaign from; replace the sample words with yours. */
export interface Starter {
  id: string;
  name: string;
  description: string;
  subject: string;
  html: string;
  text: string;
}

const HI = 'Hi {{ first_name | default: "there" }}';

const story = (title: string, body: string, link: string, label: string) =>
  cell(
    `              <h2 style="margin:0 0 8px 0;font-size:20px;line-height:27px;color:${INK};">${title}</h2>
${paragraph(body)}
              <a href="${link}" style="font-size:16px;font-weight:bold;text-decoration:underline;">${label}</a>`,
    '8px 32px 24px 32px',
  );

const newsletter: Starter = {
  id: 'newsletter',
  name: 'Newsletter',
  description: 'A greeting and three stories, each with a link. For a regular update.',
  subject: '{{ first_name | default: "Hello" }}, here is what is new this month',
  html: shell({
    title: 'This month',
    preheader: 'Three things worth your time this month.',
    rows: [
      cell(
        `              <p style="margin:0 0 8px 0;font-size:13px;letter-spacing:1px;text-transform:uppercase;color:${MUTED};">Monthly update</p>
${heading(`${HI}!`)}`,
        '32px 32px 8px 32px',
      ),
      cell(paragraph('Here is what happened this month, in three short stories.'), '8px 32px 8px 32px'),
      story(
        'Our first story',
        'Say what changed and why it matters to the reader, in two or three sentences.',
        'https://example.com/first',
        'Read the first story',
      ),
      story(
        'Our second story',
        'A new product, an event or a tip. Keep each story short and link to the rest.',
        'https://example.com/second',
        'Read the second story',
      ),
      story(
        'Our third story',
        'Finish with something useful: a guide, an offer or an invitation.',
        'https://example.com/third',
        'Read the third story',
      ),
      cell(paragraph('See you next month,<br>The team'), '8px 32px 24px 32px'),
    ].join('\n'),
  }),
  text: `${HI}!

Here is what happened this month, in three short stories.

OUR FIRST STORY
Say what changed and why it matters to the reader, in two or three sentences.
Read the first story: https://example.com/first

OUR SECOND STORY
A new product, an event or a tip. Keep each story short and link to the rest.
Read the second story: https://example.com/second

OUR THIRD STORY
Finish with something useful: a guide, an offer or an invitation.
Read the third story: https://example.com/third

See you next month,
The team${TEXT_FOOTER}`,
};

const announcement: Starter = {
  id: 'announcement',
  name: 'Announcement',
  description: 'One headline, a short explanation and a single button. For a launch or an event.',
  subject: 'Something new for you, {{ first_name | default: "friend" }}',
  html: shell({
    title: 'Announcement',
    preheader: 'We have something new to show you.',
    rows: [
      cell(heading('Introducing something new', 30), '40px 32px 8px 32px'),
      cell(
        `${paragraph(`${HI}, we have been working on this for a while and it is ready for you today.`)}
${paragraph('Say in one or two sentences what it is, who it is for and what it changes for them.')}`,
        '16px 32px 8px 32px',
      ),
      cell(button('https://example.com/new', 'See what is new'), '8px 32px 32px 32px'),
    ].join('\n'),
  }),
  text: `INTRODUCING SOMETHING NEW

${HI}, we have been working on this for a while and it is ready for you today.

Say in one or two sentences what it is, who it is for and what it changes for them.

See what is new: https://example.com/new${TEXT_FOOTER}`,
};

const letter: Starter = {
  id: 'plain-letter',
  name: 'Plain letter',
  description: 'A personal note without images or buttons, which reads like an email from a person.',
  subject: 'A quick note',
  html: shell({
    title: 'A quick note',
    preheader: 'A short note from us.',
    rows: cell(
      [
        paragraph(`${HI},`),
        paragraph(
          'Write to your reader the way you would write to one person: say why you are writing, what you have to share and what you would like them to do.',
        ),
        paragraph('If you have a question or an idea, just reply to this email. It comes straight to us.'),
        paragraph('Thanks,<br>Your name'),
      ].join('\n'),
      '32px 32px 16px 32px',
    ),
  }),
  text: `${HI},

Write to your reader the way you would write to one person: say why you are writing, what you have to share and what you would like them to do.

If you have a question or an idea, just reply to this email. It comes straight to us.

Thanks,
Your name${TEXT_FOOTER}`,
};

const welcome: Starter = {
  id: 'welcome',
  name: 'Welcome',
  description: 'Greets a new subscriber, says what to expect and points to a first step.',
  subject: 'Welcome, {{ first_name | default: "and thank you for joining" }}!',
  html: shell({
    title: 'Welcome',
    preheader: 'Thank you for joining. Here is what to expect.',
    rows: [
      cell(heading(`Welcome, {{ first_name | default: "friend" }}!`, 28), '40px 32px 8px 32px'),
      cell(
        `${paragraph('Thank you for joining us. Here is what to expect:')}
              <ul style="margin:0 0 16px 0;padding-left:22px;font-size:16px;line-height:25px;color:${BODY};">
                <li>One email a month with what is new.</li>
                <li>Early access to offers and events.</li>
                <li>No spam, and you can leave with one click.</li>
              </ul>
${paragraph('A good first step is to have a look around:')}`,
        '16px 32px 8px 32px',
      ),
      cell(button('https://example.com/start', 'Get started'), '8px 32px 32px 32px'),
    ].join('\n'),
  }),
  text: `Welcome, {{ first_name | default: "friend" }}!

Thank you for joining us. Here is what to expect:

- One email a month with what is new.
- Early access to offers and events.
- No spam, and you can leave with one click.

A good first step is to have a look around.
Get started: https://example.com/start${TEXT_FOOTER}`,
};

/** The starter designs, in the order the dashboard shows them. */
export const STARTERS: readonly Starter[] = [newsletter, announcement, letter, welcome];

export const findStarter = (id: string) => STARTERS.find((s) => s.id === id);
