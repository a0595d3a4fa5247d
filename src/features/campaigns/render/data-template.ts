import type { Liquid, Template } from 'liquidjs';
import { textTemplateFromHtml } from './html-to-text-template.js';
import { htmlEngine, textEngine } from './liquid-engines.js';
import { liquidSpans } from './liquid-mask.js';
import { safeHrefs } from './safe-hrefs.js';
import { asLimitError, checkOutput, TemplateLimitError } from './template-limits.js';
import { parseTemplate, problemFromError, TemplateError, type TemplateField } from './template-problem.js';
import { isTopLevelAttribute, type RenderOptions } from './template.js';
import type { TemplateProblem } from './template-problem.js';

/** A transactional message's templates: a subject and at least one of html and text. */
export interface DataContent {
  subject: string;
  html: string | null;
  text: string | null;
}

/** The message rendered: text is made from the HTML when it had none. */
export interface RenderedDataContent {
  subject: string;
  html: string | null;
  text: string;
}

/**
 * Renders templates over a caller's data (transactional email), with the
 * same locked-down engines and limits as campaigns but no tracking: each
 * top-level key of `data` is a variable, and `email` is the recipient's
 * address whatever `data` holds. Returns the first problem of a template
 * (parse or render) instead of throwing; throws TemplateLimitError.
 */
export function renderDataTemplates(
  content: DataContent,
  data: Record<string, unknown>,
  email: string,
  options: RenderOptions = {},
): { content: RenderedDataContent } | { problem: TemplateProblem } {
  const scope: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(data)) if (isTopLevelAttribute(key)) scope[key] = value;
  scope.email = email;
  try {
    const subject = render(textEngine, 'subject', content.subject, scope, options);
    const html = content.html === null ? null : safeHrefs(render(htmlEngine, 'html', content.html, scope, options));
    const textSource =
      content.text ?? textTemplateFromHtml(content.html ?? '', liquidSpans(htmlEngine, content.html ?? ''));
    const text = render(textEngine, 'text', textSource, scope, options);
    return { content: { subject, html, text } };
  } catch (error) {
    if (error instanceof TemplateLimitError) throw error;
    if (error instanceof TemplateError) return { problem: error.problem };
    throw error;
  }
}

function render(engine: Liquid, field: TemplateField, source: string, scope: object, options: RenderOptions): string {
  const template: Template[] = parseTemplate(engine, field, source);
  options.onPart?.(field);
  let output: string;
  try {
    output = String(
      engine.renderSync(template, scope, options.renderLimitMs ? { renderLimit: options.renderLimitMs } : undefined),
    );
  } catch (error) {
    const limit = asLimitError(error, field);
    if (limit instanceof TemplateLimitError) throw limit;
    throw new TemplateError(problemFromError(field, error));
  }
  return options.maxOutputBytes ? checkOutput(output, field, options.maxOutputBytes) : output;
}
