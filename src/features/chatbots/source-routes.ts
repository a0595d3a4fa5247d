import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError } from '../../http/api-error.js';
import { DeletedResponse, errors, errorsOf, listOf } from '../../http/openapi.js';
import { PageQuery } from '../../http/pagination.js';
import { requirePrincipal } from '../../http/principal.js';
import type { Database } from '../../storage/database.js';
import { findMessage } from './chat/conversations-store.js';
import { getChatbotRow } from './service.js';
import { CreateSourceBody, SourceParams, SourceResponse, UpdateSourceBody } from './sources/schema.js';
import {
  createSource,
  deleteSource,
  getSource,
  listSources,
  retrainSource,
  updateSource,
  type SourceDeps,
} from './sources/service.js';
import type { AskedQuestion, Upload } from './sources/new-source.js';
import { receiveUpload } from './sources/receive-upload.js';
import { sourcePage, sourcePdf } from './sources/source-view.js';
import { ChatbotParams } from './schema.js';

const tags = ['Sources'];

/** `/v1/chatbots/:id/sources`: what a chatbot learns from besides its crawl. */
export function sourceRoutes(deps: SourceDeps): FastifyPluginAsyncZod {
  return async function sources(app) {
    // One byte over the limit, so reading the file reports the 413 itself.
    const maxBytes = deps.config.sources.maxFileBytes;
    await app.register(multipart, { limits: { fileSize: maxBytes + 1, files: 1, fields: 5, fieldSize: 10_000 } });
    // A file comes as multipart/form-data: read before validation, so the body
    // validated is `{type: 'file', title?}` and the bytes wait for the handler.
    const uploads = new WeakMap<FastifyRequest, Upload>();
    app.addHook('preValidation', async (request) => {
      if (!request.isMultipart()) return;
      const { upload, title } = await receiveUpload(request, maxBytes);
      uploads.set(request, upload);
      request.body = { type: 'file', ...(title === undefined ? {} : { title }) };
    });

    const targetOf = async (workspaceId: string, chatbotId: string) => {
      const chatbot = await getChatbotRow(deps, workspaceId, chatbotId);
      return { workspaceId, chatbotId: chatbot.id };
    };

    app.get('/chatbots/:id/sources', {
      schema: {
        tags,
        operationId: 'listSources',
        summary: "List a chatbot's sources",
        description: 'Its texts, Q&As, files and crawl settings, newest first, each with its training status.',
        params: ChatbotParams,
        querystring: PageQuery,
        response: {
          200: listOf(SourceResponse),
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace.',
            invalid_request: 'page or per_page is not a whole number in range; `param` names it.',
          }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return listSources(deps, target, request.query);
      },
    });

    app.post('/chatbots/:id/sources', {
      schema: {
        tags,
        operationId: 'createSource',
        summary: 'Add a source',
        description:
          "A text (Markdown accepted; headings become sections), a question with its answer (`qna`), which is given word for word whenever a visitor asks it closely (`from_message_id` takes the question from a conversation), or a file sent as multipart/form-data (`file` part, optional `title` part): PDF (cited per page), Word .docx (its headings become sections), Markdown, plain text or HTML, known by its bytes. `website`, `sitemap` and `urls` are the chatbot's crawl settings, one of each. The source trains in the background (`status`); the chatbot keeps answering meanwhile.",
        params: ChatbotParams,
        body: CreateSourceBody,
        media: {
          request: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', contentMediaType: 'application/octet-stream', description: 'The file.' },
                  title: {
                    type: 'string',
                    minLength: 1,
                    maxLength: 200,
                    description: "Default: the file's own title or name.",
                  },
                },
              },
              example: { file: 'returns-policy.pdf', title: 'Returns policy' },
            },
          },
        },
        response: {
          201: SourceResponse,
          ...errors(errorsOf.postJson, {
            not_found: 'No chatbot with this id in your workspace, or no message with from_message_id for it.',
            invalid_request:
              'A field is missing or invalid (`param` names it), the form has no `file` part, the chatbot already has a source of this crawl type, or the `Idempotency-Key` header is over 255 characters.',
            invalid_parameter:
              'The file is empty; a qna source has no question; or a header, parameter or form field holds a NUL character or an unpaired surrogate.',
            unknown_parameter: 'A body field or form part this endpoint does not take; `param` names it.',
            plan_limit_exceeded: 'The chatbot has as many sources, or characters of sources, as your plan allows.',
            payload_too_large: 'The body, or the file, is larger than this server accepts.',
            unsupported_media_type:
              'The body is neither JSON nor multipart/form-data, a `file` source is not sent as a form, or the file is not a PDF, .docx, Markdown, text or HTML file.',
          }),
        },
      },
      handler: async (request, reply) => {
        const principal = requirePrincipal(request);
        const target = await targetOf(principal.workspaceId, request.params.id);
        const { body } = request;
        let asked: AskedQuestion | undefined;
        if (body.type === 'qna' && body.from_message_id !== undefined) {
          const found = await findMessage(deps.database.db, target, body.from_message_id);
          if (!found)
            throw new ApiError(
              'not_found',
              `No message with id '${body.from_message_id}' exists for this chatbot.`,
              'from_message_id',
            );
          asked = { messageId: found.message.id, question: found.question?.content };
        }
        return reply
          .code(201)
          .send(await createSource(deps, principal, target, body, { asked, upload: uploads.get(request) }));
      },
    });

    app.get('/chatbots/:id/sources/:source_id', {
      schema: {
        tags,
        operationId: 'getSource',
        summary: 'Get a source',
        description: 'A source and where its training stands.',
        params: SourceParams,
        response: {
          200: SourceResponse,
          ...errors(errorsOf.read, {
            not_found: 'No chatbot with this id in your workspace, or no source with source_id for it.',
          }),
        },
      },
      handler: async (request) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return getSource(deps, target, request.params.source_id);
      },
    });

    app.patch('/chatbots/:id/sources/:source_id', {
      schema: {
        tags,
        operationId: 'updateSource',
        summary: 'Change a source',
        description:
          'A text source takes `title` and `text`; a Q&A source `question`, `answer` and `alternatives`; a file its `title`; a website `url` and `crawl`; a sitemap `url`; urls `urls`. It trains again.',
        params: SourceParams,
        body: UpdateSourceBody,
        response: {
          200: SourceResponse,
          ...errors(errorsOf.patchJson, {
            not_found: 'No chatbot with this id in your workspace, or no source with source_id for it.',
            invalid_request:
              'A field is invalid (`param` names it), or the source changed meanwhile: read it again and retry.',
            invalid_parameter:
              "A field this source's type does not have; or a header, path or query parameter holds a NUL character or an unpaired surrogate.",
            plan_limit_exceeded: "The chatbot's sources would hold more characters than your plan allows.",
          }),
        },
      },
      handler: async (request) => {
        const principal = requirePrincipal(request);
        const target = await targetOf(principal.workspaceId, request.params.id);
        return updateSource(deps, principal, target, request.params.source_id, request.body);
      },
    });

    app.post('/chatbots/:id/sources/:source_id/train', {
      schema: {
        tags,
        operationId: 'trainSource',
        summary: 'Train a source again',
        description:
          'As it is: after a failure, for instance. The chatbot keeps answering from its current version meanwhile.',
        params: SourceParams,
        response: {
          202: SourceResponse,
          ...errors(errorsOf.post, {
            not_found: 'No chatbot with this id in your workspace, or no source with source_id for it.',
          }),
        },
      },
      handler: async (request, reply) => {
        const target = await targetOf(requirePrincipal(request).workspaceId, request.params.id);
        return reply
          .code(202)
          .send(await retrainSource(deps, requirePrincipal(request), target, request.params.source_id));
      },
    });

    app.delete('/chatbots/:id/sources/:source_id', {
      schema: {
        tags,
        operationId: 'deleteSource',
        summary: 'Delete a source',
        description: 'Its pages leave the index at once.',
        params: SourceParams,
        response: {
          200: DeletedResponse,
          ...errors(errorsOf.change, {
            not_found: 'No chatbot with this id in your workspace, or no source with source_id for it.',
          }),
        },
      },
      handler: async (request) => {
        const principal = requirePrincipal(request);
        const target = await targetOf(principal.workspaceId, request.params.id);
        await deleteSource(deps, principal, target, request.params.source_id);
        return { id: request.params.source_id, deleted: true as const };
      },
    });
  };
}

/**
 * `/sources/:id`: the page answers cite a source by — what the chatbot
 * quotes from it, shown to anyone with the link, as a crawled page is; and
 * `/files/:id`, a PDF source's own file.
 */
export function publicSourceRoutes(deps: { database: Database }) {
  return async function publicSources(app: FastifyInstance): Promise<void> {
    app.get<{ Params: { id: string } }>('/sources/:id', { schema: { hide: true } }, async (request, reply) => {
      const page = await sourcePage(deps.database.db, request.params.id.slice(0, 64));
      return reply
        .code(page.status)
        .header('cache-control', 'no-cache')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .type('text/html; charset=utf-8')
        .send(page.html);
    });

    // A PDF source as uploaded: answers cite its pages as /files/:id#page=N.
    app.get<{ Params: { id: string } }>('/files/:id', { schema: { hide: true } }, async (request, reply) => {
      const file = await sourcePdf(deps.database.db, request.params.id.slice(0, 64));
      if (!file) {
        const missing = await sourcePage(deps.database.db, '');
        return reply.code(404).type('text/html; charset=utf-8').send(missing.html);
      }
      return reply
        .header('cache-control', 'no-cache')
        .header('content-security-policy', 'sandbox')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .type('application/pdf')
        .send(Buffer.from(file.bytes));
    });
  };
}
