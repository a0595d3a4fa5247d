import type { Liquid, Template } from 'liquidjs';
import type { ContactValues } from '../../contacts/merge.js';
import { textTemplateFromHtml } from './html-to-text-template.js';
import { htmlEngine, textEngine } from './liquid-engines.js';
import { liquidSpans, maskLiquid } from './liquid-mask.js';
import { CLICK_VARIABLE, createLinkList, rewriteHtmlLinks, rewriteTextLinks } from './rewrite-links.js';
import { safeHrefs } from './safe-hrefs.js';
import { asLimitError, checkOutput, TemplateLimitError } from './template-limits.js';
import {
  parseTemplate,
  problemFromError,
  TemplateError,
  type TemplateField,
  type TemplateProblem,
} from './template-problem.js';
import { addHtmlTracking, addTextTracking, OPEN_VARIABLE, UNSUBSCRIBE_VARIABLE } from './tracking-markup.js';

export { TemplateError, type TemplateProblem } from './template-problem.js';

/** A campaign's templates as stored: Liquid in all three; no text means one is made from the HTML. */
export interface CampaignContent {
  subject: string;
  html: string;
  text: string | null;
}

/** What a template can say about its recipient: the contact's values. */
export type RecipientData = Omit<ContactValues, 'status'>;

/** The recipient's tracking URLs, made by the sender (they carry a per-recipient token). */
export interface TrackingUrls {
  open: string;
  unsubscribe: string;
  /** The redirect for the campaign link at this index of CompiledCampaign.links. */
  click(index: number): string;
}

/** One recipient's message content. */
export interface RenderedContent {
  subject: string;
  html: string;
  text: string;
}

/** How one render is bounded and observed (the sandbox thread sets these; see template-limits.ts). */
export interface RenderOptions {
  /** Liquid's own cooperative time limit per part; the sandbox's watchdog is the hard one. */
  renderLimitMs?: number;
  maxOutputBytes?: number;
  /** Called as each part starts rendering. */
  onPart?(field: TemplateField): void;
}

/** A campaign parsed once, rendered once per recipient. */
export interface CompiledCampaign {
  /** The tracked links; a click URL's index is a position in this list. */
  links: string[];
  /** Throws TemplateLimitError when a limit of `options` is broken. */
  render(recipient: RecipientData, urls: TrackingUrls, options?: RenderOptions): RenderedContent;
}

/**
 * Parses a campaign's templates and builds, once, templates that also output
 * the tracking: links pointed at their click redirects, the open pixel, an
 * unsubscribe footer when the content has no unsubscribe link, and a text
 * part made from the HTML when there is none. Throws TemplateError.
 */
export function compileCampaign(content: CampaignContent): CompiledCampaign {
  const subject = parseTemplate(textEngine, 'subject', content.subject);
  const parsedHtml = parseTemplate(htmlEngine, 'html', content.html);
  const htmlSpans = liquidSpans(htmlEngine, content.html);

  const generated = content.text === null;
  const textSource = content.text ?? textTemplateFromHtml(content.html, htmlSpans);
  const parsedText = generated ? parseGeneratedText(textSource) : parseTemplate(textEngine, 'text', textSource);

  // HTML first, so link indexes follow the order a reader meets them.
  const links = createLinkList();
  const htmlMasked = maskLiquid(content.html, htmlSpans);
  const html = addHtmlTracking({ source: content.html, masked: htmlMasked }, usesUnsubscribe(htmlEngine, parsedHtml));
  const htmlTemplate = parseTemplate(htmlEngine, 'html', rewriteHtmlLinks(html.source, html.masked, links));
  const textMasked = maskLiquid(textSource, liquidSpans(textEngine, textSource));
  const text = addTextTracking({ source: textSource, masked: textMasked }, usesUnsubscribe(textEngine, parsedText));
  const textTemplate = parseTemplate(textEngine, 'text', rewriteTextLinks(text.source, text.masked, links));

  const urls = links.urls;
  return {
    links: [...urls],
    render(recipient, tracking, options = {}) {
      const clicks: string[] = new Array(urls.length);
      for (let i = 0; i < urls.length; i++) clicks[i] = tracking.click(i);
      const scope = recipientScope(recipient, {
        [UNSUBSCRIBE_VARIABLE]: tracking.unsubscribe,
        [OPEN_VARIABLE]: tracking.open,
        [CLICK_VARIABLE]: clicks,
      });
      return {
        subject: renderPart(textEngine, 'subject', subject, scope, options),
        // Data lands in hrefs unchecked by Liquid: only safe schemes survive.
        html: safeHrefs(renderPart(htmlEngine, 'html', htmlTemplate, scope, options)),
        text: renderPart(textEngine, 'text', textTemplate, scope, options),
      };
    },
  };
}

// Campaign responses show the generated text; lists would otherwise convert
// every campaign's HTML on every read.
const plainTexts = new Map<string, string>();
const PLAIN_TEXTS_KEPT = 200;

/** The text template made from an HTML template, as used when a campaign has no text part (Liquid kept, no footer). */
export function plainTextOf(html: string): string {
  let text = plainTexts.get(html);
  if (text === undefined) {
    text = textTemplateFromHtml(html, liquidSpans(htmlEngine, html));
    if (plainTexts.size >= PLAIN_TEXTS_KEPT) plainTexts.delete(plainTexts.keys().next().value!);
    plainTexts.set(html, text);
  }
  return text;
}

/** Whom a template is tried on when no contact is given. */
export const SAMPLE_RECIPIENT: RecipientData = {
  email: 'sample@example.com',
  first_name: 'Sam',
  last_name: 'Sample',
  phone: '+15555550100',
  attributes: {},
  tags: [],
};

const SAMPLE_URLS: TrackingUrls = {
  open: 'https://example.com/o',
  unsubscribe: 'https://example.com/u',
  click: (index) => `https://example.com/c/${index}`,
};

/**
 * The first problem in a campaign's templates, or, when they are fine, the
 * links that click tracking will rewrite. Each field is parsed and rendered
 * for a sample recipient, so errors that only show when rendering are found
 * when the campaign is saved rather than in the middle of a send. Throws
 * TemplateLimitError when a render breaks a limit of `options`.
 */
export function checkCampaignTemplates(
  content: CampaignContent,
  options: RenderOptions = {},
): { problem: TemplateProblem } | { links: string[] } {
  const fields: [TemplateField, Liquid, string | null][] = [
    ['subject', textEngine, content.subject],
    ['html', htmlEngine, content.html],
    ['text', textEngine, content.text],
  ];
  for (const [field, engine, source] of fields) {
    if (source === null) continue;
    try {
      renderPart(engine, field, parseTemplate(engine, field, source), sampleScope(), options);
    } catch (error) {
      if (error instanceof TemplateLimitError) throw error;
      return { problem: error instanceof TemplateError ? error.problem : problemFromError(field, error) };
    }
  }
  try {
    // Also renders the text made from the HTML, the one template the checks above have not seen.
    const compiled = compileCampaign(content);
    compiled.render(SAMPLE_RECIPIENT, SAMPLE_URLS, options);
    return { links: compiled.links };
  } catch (error) {
    if (error instanceof TemplateLimitError) throw error;
    if (error instanceof TemplateError) return { problem: error.problem };
    return { problem: generatedTextProblem(problemFromError('text', error)) };
  }
}

// An attribute is also a variable of its own (`{{ company }}`) when its key is
// a plain Liquid identifier; others stay reachable as `attributes["a key"]`.
// Liquid's literals would never be read as a variable, and `__` names are the
// tracking's (and JavaScript's: `__proto__`).
const TOP_LEVEL_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const NOT_TOP_LEVEL = new Set<string>([
  'true',
  'false',
  'nil',
  'null',
  'empty',
  'blank',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

/** Whether `{{ key }}` reads the attribute `key` (unless a built-in variable has that name: it wins). */
export function isTopLevelAttribute(key: string): boolean {
  return TOP_LEVEL_KEY.test(key) && !key.startsWith('__') && !NOT_TOP_LEVEL.has(key);
}

/**
 * The variables of one render: the recipient's values, `extra` (the
 * tracking's) and, beside them, each attribute whose key is a plain
 * identifier. A built-in variable is never shadowed by an attribute. The
 * object has no prototype, so no inherited name is ever a variable.
 */
export function recipientScope(recipient: RecipientData, extra: Record<string, unknown>): Record<string, unknown> {
  const scope: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(recipient.attributes)) if (isTopLevelAttribute(key)) scope[key] = value;
  Object.assign(scope, {
    email: recipient.email,
    first_name: recipient.first_name,
    last_name: recipient.last_name,
    phone: recipient.phone,
    attributes: recipient.attributes,
    tags: recipient.tags,
    ...extra,
  });
  return scope;
}

/** One part rendered under the options' limits; Liquid's own limit errors become TemplateLimitError. */
function renderPart(
  engine: Liquid,
  field: TemplateField,
  template: Template[],
  scope: object,
  options: RenderOptions,
): string {
  options.onPart?.(field);
  let output: string;
  try {
    output = String(
      engine.renderSync(template, scope, options.renderLimitMs ? { renderLimit: options.renderLimitMs } : undefined),
    );
  } catch (error) {
    throw asLimitError(error, field);
  }
  return options.maxOutputBytes ? checkOutput(output, field, options.maxOutputBytes) : output;
}

function sampleScope(): object {
  return recipientScope(SAMPLE_RECIPIENT, { [UNSUBSCRIBE_VARIABLE]: SAMPLE_URLS.unsubscribe });
}

function usesUnsubscribe(engine: Liquid, templates: Template[]): boolean {
  return engine.globalVariablesSync(templates).includes(UNSUBSCRIBE_VARIABLE);
}

// Markup that only balanced across parts of the HTML the text leaves out
// (an {% if %} opened in <head>, closed in <body>) breaks the made-up text.
function parseGeneratedText(source: string): Template[] {
  try {
    return parseTemplate(textEngine, 'text', source);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new TemplateError(generatedTextProblem(error.problem));
  }
}

function generatedTextProblem(problem: TemplateProblem): TemplateProblem {
  const reason = `${problem.reason} (in the text part made from the html; give a text part)`;
  return { ...problem, reason, message: `${problem.message} (in the text part made from the html; give a text part)` };
}
