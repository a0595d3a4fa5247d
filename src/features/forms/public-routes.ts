import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config, Plan } from '../../config.js';
import { ApiError, notFound } from '../../http/api-error.js';
import { rateLimited, setRateLimitHeaders } from '../../http/rate-limit.js';
import type { RateLimiter } from '../../rate-limit/limiter.js';
import { isOriginAllowed } from '../chatbots/widget/origin.js';
import { hostedPage, problemPage, thanksPage } from './html.js';
import { formOf, type Form } from './service.js';
import { findPublicForm } from './store.js';
import { filledHoneypot, readSubmission, submitForm, type SubmitDeps } from './submit.js';

export interface PublicFormDeps extends SubmitDeps {
  limiter: RateLimiter;
  config: SubmitDeps['config'] & Pick<Config, 'rateLimit' | 'publicUrl'>;
}

interface IdParams {
  Params: { id: string };
}

const FORM_BODY_LIMIT = 16_384;

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

// The hosted page posts to itself; a redirect after a post must be allowed by form-action too.
function pageCsp(redirectUrl: string | null): string {
  const redirect = originOf(redirectUrl ?? undefined);
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    `form-action 'self'${redirect ? ` ${redirect}` : ''}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

function html(reply: FastifyReply, status: number, body: string, csp?: string): FastifyReply {
  if (csp) reply.header('content-security-policy', csp);
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}

/**
 * A form's public side: its hosted page `/f/:id`, the thank-you page, and
 * `POST /public/forms/:id/submit`, which takes a browser's form post (answered
 * with pages and redirects) or JSON (answered with JSON). No key: a form's id
 * is public. Limited per IP address; posted only from the form's
 * allowed_domains when it has any. Every address gets the same answer,
 * whether new, already subscribed or suppressed.
 */
export function publicFormRoutes(deps: PublicFormDeps) {
  const ownOrigin = originOf(deps.config.publicUrl);

  async function load(id: string): Promise<{ form: Form; plan: Plan } | undefined> {
    const found = await findPublicForm(deps.database.db, id);
    return found && { form: formOf(found.row), plan: found.plan as Plan };
  }

  // The site the request comes from: a browser sends Origin on posts, and Referer nearly always.
  function siteAllowed(request: FastifyRequest, form: Form): { allowed: boolean; origin: string | undefined } {
    const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
    if (form.allowed_domains.length === 0) return { allowed: true, origin };
    const allowed = origin !== undefined && (origin === ownOrigin || isOriginAllowed(origin, form.allowed_domains));
    return { allowed, origin };
  }

  // The site each admitted request came from: its answer, errors included, is readable there.
  const admitted = new WeakMap<FastifyRequest, string>();

  return async function publicForms(app: FastifyInstance): Promise<void> {
    // Runs after the app's own CORS hook, which keeps error CORS headers for chatbot routes only.
    app.addHook('onSend', async function formCors(request, reply, payload) {
      const origin = admitted.get(request);
      if (origin) reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
      return payload;
    });
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    app.get<IdParams>('/f/:id', { schema: { hide: true } }, async (request, reply) => {
      const found = await load(request.params.id);
      if (!found) return html(reply, 404, problemPage('Form not found', 'This form does not exist or was removed.'));
      const { form } = found;
      return html(reply, 200, hostedPage(form, `/public/forms/${form.id}/submit`), pageCsp(form.redirect_url));
    });

    app.get<IdParams>('/f/:id/thanks', { schema: { hide: true } }, async (request, reply) => {
      const found = await load(request.params.id);
      if (!found) return html(reply, 404, problemPage('Form not found', 'This form does not exist or was removed.'));
      return html(reply, 200, thanksPage(found.form.success_message));
    });

    app.options<IdParams>('/public/forms/:id/submit', { schema: { hide: true } }, async (request, reply) => {
      const found = await load(request.params.id);
      const origin = request.headers.origin;
      if (found && origin && siteAllowed(request, found.form).allowed)
        reply
          .header('access-control-allow-origin', origin)
          .header('vary', 'Origin')
          .header('access-control-allow-methods', 'POST')
          .header('access-control-allow-headers', 'content-type')
          .header('access-control-max-age', '600');
      return reply.code(204).send();
    });

    app.post<IdParams>(
      '/public/forms/:id/submit',
      { bodyLimit: FORM_BODY_LIMIT, schema: { hide: true } },
      async (request, reply) => {
        const browser = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
        const decision = await deps.limiter.consume(`form:ip:${request.ip}`, {
          limit: deps.config.rateLimit.publicRequests,
          windowMs: deps.config.rateLimit.windowMs,
        });
        setRateLimitHeaders(reply, decision);
        if (!decision.allowed) {
          const error = rateLimited(reply, decision, 'Too many sign-ups from your address.');
          if (!browser) throw error;
          return html(reply, 429, problemPage('Please wait a moment', `${error.message} Then go back and try again.`));
        }
        const found = await load(request.params.id);
        if (!found) {
          if (!browser) throw notFound('form', request.params.id, '');
          return html(reply, 404, problemPage('Form not found', 'This form does not exist or was removed.'));
        }
        const { form, plan } = found;
        const site = siteAllowed(request, form);
        if (!site.allowed) {
          const message = site.origin
            ? `This form does not take sign-ups from ${site.origin}.`
            : 'This form takes sign-ups only from the website it is on.';
          if (!browser)
            throw new ApiError('origin_not_allowed', `${message} Add the site to the form's allowed_domains.`);
          return html(reply, 403, problemPage('Sign-up not possible here', message));
        }
        if (request.headers.origin) admitted.set(request, request.headers.origin);
        const body = request.body;
        if (body === null || typeof body !== 'object' || Array.isArray(body))
          throw new ApiError('invalid_request', "The body must be a JSON object of the form's fields, or a form post.");
        const fields = body as Record<string, unknown>;
        if (!filledHoneypot(fields)) {
          let values: Record<string, string>;
          try {
            values = readSubmission(form, fields, !browser);
          } catch (error) {
            if (!browser || !(error instanceof ApiError)) throw error;
            const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) as Record<
              string,
              string
            >;
            const page = hostedPage(form, `/public/forms/${form.id}/submit`, {
              values: given,
              error: { message: error.message, ...(error.param ? { field: error.param } : {}) },
            });
            return html(reply, 400, page, pageCsp(form.redirect_url));
          }
          try {
            await submitForm(deps, { form, plan, ip: request.ip }, values);
          } catch (error) {
            if (!browser || !(error instanceof ApiError)) throw error;
            return html(reply, error.status, problemPage('Sign-up not possible', error.message));
          }
        }
        if (!browser) return { ok: true };
        return reply.header('cache-control', 'no-store').redirect(form.redirect_url ?? `/f/${form.id}/thanks`, 303);
      },
    );
  };
}
