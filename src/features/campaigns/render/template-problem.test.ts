import { describe, expect, it } from 'vitest';
import { TemplateLimitError } from './template-limits.js';
import { checkCampaignTemplates, compileCampaign, TemplateError, type CampaignContent } from './template.js';

/** The problem checkCampaignTemplates finds, or undefined when it finds the templates fine. */
function problemOf(content: CampaignContent) {
  const checked = checkCampaignTemplates(content);
  return 'problem' in checked ? checked.problem : undefined;
}

const VALID: CampaignContent = {
  subject: 'Hi {{ first_name | default: "there" }}',
  html: '<body>{% if tags contains "vip" %}<p>{{ attributes.city | upcase }}</p>{% endif %}<a href="{{ unsubscribe_url }}">x</a></body>',
  text: null,
};

describe('checkCampaignTemplates', () => {
  it('finds nothing wrong with a valid campaign', () => {
    expect(problemOf(VALID)).toBeUndefined();
    expect(problemOf({ ...VALID, text: 'Hi {{ first_name }}' })).toBeUndefined();
  });

  it('reports an unclosed {{ with its field and position', () => {
    const problem = problemOf({ ...VALID, html: '<p>\n  Hi\n    {{ first_name </p>' });
    expect(problem).toMatchObject({ field: 'html', line: 3, column: 5 });
    expect(problem?.reason).toMatch(/^output "\{\{ first_name <\/p>" not closed$/);
    expect(problem?.message).toBe(`html, line 3, column 5: ${problem?.reason}`);
  });

  it('reports an unknown filter at the filter', () => {
    expect(problemOf({ ...VALID, subject: 'Hi {{ first_name | uppercse }}' })).toEqual({
      field: 'subject',
      line: 1,
      column: 20,
      reason: "unknown filter 'uppercse'",
      message: "subject, line 1, column 20: unknown filter 'uppercse'",
    });
  });

  it('reports an unclosed {% if %} and a stray {% endif %}', () => {
    expect(problemOf({ ...VALID, text: 'Hi\n\n{% if first_name %}{{ first_name }}' })).toEqual({
      field: 'text',
      line: 3,
      column: 1,
      reason: 'tag {% if first_name %} not closed',
      message: 'text, line 3, column 1: tag {% if first_name %} not closed',
    });
    expect(problemOf({ ...VALID, text: 'Hi {% endif %}' })).toMatchObject({
      line: 1,
      column: 4,
      reason: '{% endif %} without the tag it closes',
    });
  });

  it('refuses partials, which would read files', () => {
    for (const tag of [
      '{% include "header" %}',
      "{% render 'footer' %}",
      '{% layout "base" %}',
      '{% liquid\n  render "x" %}',
    ]) {
      expect(problemOf({ ...VALID, html: `<p>${tag}</p>` })?.reason, tag).toMatch(
        /^the (include|render|layout) tag is not available/,
      );
    }
  });

  it('lists the links click tracking will rewrite when the templates are fine', () => {
    expect(
      checkCampaignTemplates({
        ...VALID,
        html: '<a href="https://a.example/">a</a><a href="https://b.example/">b</a>',
      }),
    ).toEqual({
      links: ['https://a.example/', 'https://b.example/'],
    });
  });

  it('throws the limit a render breaks, naming the part', () => {
    const looping = { ...VALID, html: '<p>x</p>\n{% for i in (1..100000000) %}{{ i }}{% endfor %}' };
    expect(() => checkCampaignTemplates(looping)).toThrow(expect.objectContaining({ limit: 'memory', field: 'html' }));
    const slow = { ...VALID, subject: '{% for i in (1..5000000) %}{% endfor %}' };
    expect(() => checkCampaignTemplates(slow, { renderLimitMs: 1 })).toThrow(
      expect.objectContaining({ limit: 'time', field: 'subject' }),
    );
    const long = { ...VALID, text: '{% for i in (1..2000) %}0123456789{% endfor %}' };
    let error: unknown;
    try {
      checkCampaignTemplates(long, { maxOutputBytes: 10_000 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateLimitError);
    expect(error).toMatchObject({ limit: 'output', field: 'text' });
  });

  it('reports Liquid that the text made from the html cannot keep', () => {
    // The {% if %} is in <head>, which has no text; its {% endif %} is in the body.
    const problem = problemOf({
      ...VALID,
      html: '<html><head><title>{% if first_name %}Hi</title></head><body>{{ first_name }}{% endif %}</body></html>',
    });
    expect(problem).toMatchObject({ field: 'text' });
    expect(problem?.reason).toMatch(
      /^\{% endif %\} without the tag it closes \(in the text part made from the html; give a text part\)$/,
    );
    expect(
      problemOf({
        ...VALID,
        html: '<html><head><title>{% if first_name %}Hi</title></head><body>{{ first_name }}{% endif %}</body></html>',
        text: 'Hi',
      }),
    ).toBeUndefined();
  });
});

describe('compileCampaign on invalid templates', () => {
  it('throws a TemplateError carrying the problem', () => {
    let error: unknown;
    try {
      compileCampaign({ ...VALID, html: 'a\nb\n  {{ x | uppercse }}' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).problem).toMatchObject({
      field: 'html',
      line: 3,
      column: 10,
      reason: "unknown filter 'uppercse'",
    });
    expect((error as TemplateError).message).toBe("html, line 3, column 10: unknown filter 'uppercse'");
  });
});
