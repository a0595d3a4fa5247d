import { invitationToken } from '../../src/features/members/invite-token.js';
import type { TestApp } from './app.js';
import { type Browser, browse, newBrowser } from './dashboard-client.js';

let people = 0;

/**
 * Invites a new address to `owner`'s workspace as `role` and accepts it in a
 * browser of its own (the token derived as the mail job does, so no mail is needed).
 */
export async function joinAs(t: TestApp, owner: Browser, role: 'admin' | 'member') {
  const email = `invitee${++people}.${Date.now()}@example.com`;
  const invited = await browse(t, owner, 'POST', '/dashboard/invitations', { email, role });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.body}`);
  const token = invitationToken(t.services.signer.secret, invited.json().id);
  const browser = newBrowser();
  const accepted = await browse(t, browser, 'POST', '/dashboard/invitations/accept', {
    token,
    password: 'a long invitee passphrase',
    name: 'Sam',
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return { browser, email, session: accepted.json(), token, invitationId: invited.json().id as string };
}
