import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../../../storage/database.js';
import { confirmUnsubscribePage, invalidLinkPage, testMessagePage, unsubscribedPage } from './pages.js';
import { describeUnsubscribe, recordClick, recordOpen, unsubscribe } from './service.js';
import type { TokenSigner, TokenKind } from '../../../lib/tracking-tokens.js';

// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

interface TokenParams {
  Params: { token: string };
}

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

/**
 * The links inside sent mail: open pixel, click redirect and unsubscribe.
 * Public (recipients have no key) and not rate-limited per address, since
 * mail providers fetch images for many recipients from few addresses; a
 * forged or altered token is refused by its signature before any query.
 */
export function trackingRoutes(deps: { database: Database; signer: TokenSigner }) {
  const verify = (kind: TokenKind, token: string) => deps.signer.verify(kind, token);
  return async function tracking(app: FastifyInstance): Promise<void> {
    // RFC 8058 clients POST `List-Unsubscribe=One-Click` as a form (urlencoded
    // or multipart); the body carries nothing else we need, so any small one is accepted.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 16_384 }, (_request, _body, done) =>
      done(null, undefined),
    );

    app.get<TokenParams>('/t/open/:token', { schema: { hide: true } }, async (request, reply) => {
      const target = verify('open', request.params.token);
      if (!target) return reply.code(404).header('cache-control', 'no-store').type('text/plain').send('Not found');
      await recordOpen(deps.database, target, { userAgent: request.headers['user-agent'] });
      return reply.header('cache-control', 'no-store, private').type('image/gif').send(PIXEL);
    });

    app.get<TokenParams>('/t/click/:token', { schema: { hide: true } }, async (request, reply) => {
      const target = verify('click', request.params.token);
      const url = target && (await recordClick(deps.database, target, target.link!));
      if (!url) return html(reply, 404, invalidLinkPage());
      return reply.code(302).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').redirect(url);
    });

    app.get<TokenParams>('/unsubscribe/:token', { schema: { hide: true } }, async (request, reply) => {
      // GET never unsubscribes: link scanners follow every link in a message.
      const target = verify('unsubscribe', request.params.token);
      const found = target && (await describeUnsubscribe(deps.database, target));
      if (!found?.found) return html(reply, 404, invalidLinkPage());
      if (found.test) return html(reply, 200, testMessagePage());
      const page = found.done ? unsubscribedPage : confirmUnsubscribePage;
      return html(reply, 200, page(found.email, found.sender));
    });

    app.post<TokenParams>('/unsubscribe/:token', { schema: { hide: true } }, async (request, reply) => {
      const target = verify('unsubscribe', request.params.token);
      const result = target && (await unsubscribe(deps.database, target));
      if (!result?.found) return html(reply, 404, invalidLinkPage());
      return html(reply, 200, result.test ? testMessagePage() : unsubscribedPage(result.email, result.sender));
    });
  };
}
