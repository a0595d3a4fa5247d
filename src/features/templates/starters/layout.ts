/**
 * The shell every starter design shares: a centred 600 px card that becomes full width on a phone,
 * system fonts, colours with WCAG AA contrast, `role="presentation"` layout tables and a footer
 * linking to {{ unsubscribe_url }} (so Grivo adds no second unsubscribe footer).
 */
const FONT = "-apple-system,'Segoe UI',Helvetica,Arial,sans-serif";
export const INK = '#1f2333';
export const BODY = '#3d4255';
export const MUTED = '#5b6072';
export const ACCENT = '#2f4fb0';

export interface Shell {
  title: string;
  /** Hidden text shown after the subject in most inboxes. */
  preheader: string;
  /** The rows of the card, each a `<tr>`. */
  rows: string;
}

export const cell = (inner: string, padding = '24px 32px') =>
  `          <tr>\n            <td style="padding:${padding};font-family:${FONT};">\n${inner}\n            </td>\n          </tr>`;

export const heading = (text: string, size = 26) =>
  `              <h1 style="margin:0;font-size:${size}px;line-height:${size + 8}px;color:${INK};">${text}</h1>`;

export const paragraph = (text: string) =>
  `              <p style="margin:0 0 16px 0;font-size:16px;line-height:25px;color:${BODY};">${text}</p>`;

/** A button made of a link, so it works without images and in every client. */
export const button = (href: string, label: string) =>
  `              <a href="${href}" style="display:inline-block;padding:12px 22px;border-radius:6px;background:${ACCENT};color:#ffffff;font-size:16px;font-weight:bold;text-decoration:none;">${label}</a>`;

const footer = cell(
  `              <p style="margin:0;font-size:13px;line-height:20px;color:${MUTED};">
                You receive this email because {{ email }} is on our list.
                <a href="{{ unsubscribe_url }}" style="color:${MUTED};">Unsubscribe</a> at any time.
              </p>`,
  '16px 32px 24px 32px;border-top:1px solid #e3e5ec',
);

export function shell({ title, preheader, rows }: Shell): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="color-scheme" content="light">
  <title>${title}</title>
  <style>
    body { margin: 0; padding: 0; background: #f3f4f7; }
    a { color: ${ACCENT}; }
    @media (max-width: 620px) { .card { width: 100% !important; border-radius: 0 !important; } }
  </style>
</head>
<body style="margin:0;padding:0;background:#f3f4f7;">
  <div style="display:none;max-height:0;overflow:hidden;">${preheader}</div>
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f7;">
    <tr>
      <td align="center" style="padding:24px 8px;">
        <table role="presentation" class="card" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:100%;background:#ffffff;border-radius:8px;">
${rows}
${footer}
        </table>
      </td>
    </tr>
  </table>
</body>
</html>
`;
}

/** The text version's closing lines, matching the HTML footer. */
export const TEXT_FOOTER =
  '\n\n--\nYou receive this email because {{ email }} is on our list.\nUnsubscribe: {{ unsubscribe_url }}\n';
