import { describe, expect, it } from 'vitest';
import { checkCampaignTemplates, compileCampaign, TemplateError, type CampaignContent } from './template.js';

const VALID: CampaignContent = {
  subject: 'Hi {{ first_name | default: "there" }}',
  html: '<body>{% if tags contains "vip" %}<p>{{ attributes.city | upcase }}</p>{% endif %}<a href="{{ unsubscribe_url }}">x</a></body>',
  text: null,
};

describe('checkCampaignTemplates', () => {
  it('finds nothing wrong with a valid campaign', () => {
    expect(checkCampaignTemplates(VALID)).toBeUndefined();
    expect(checkCampaignTemplates({ ...VALID, text: 'Hi {{ first_name }}' })).toBeUndefined();
  });

  it('reports an unclosed {{ with its field and position', () => {
    const problem = checkCampaignTemplates({ ...VALID, html: '<p>\n  Hi\n    {{ first_name </p>' });
    expect(problem).toMatchObject({ field: 'html', line: 3, column: 5 });
    expect(problem?.reason).toMatch(/^output "\{\{ first_name <\/p>" not closed$/);
    expect(problem?.message).toBe(`html, line 3, column 5: ${problem?.reason}`);
  });

  it('reports an unknown filter at the filter', () => {
    expect(checkCampaignTemplates({ ...VALID, subject: 'Hi {{ first_name | uppercse }}' })).toEqual({
      field: 'subject',
      line: 1,
      column: 20,
      reason: "unknown filter 'uppercse'",
      message: "subject, line 1, column 20: unknown filter 'uppercse'",
    });
  });

  it('reports an unclosed {% if %} and a stray {% endif %}', () => {
    expect(checkCampaignTemplates({ ...VALID, text: 'Hi\n\n{% if first_name %}{{ first_name }}' })).toEqual({
      field: 'text',
      line: 3,
      column: 1,
      reason: 'tag {% if first_name %} not closed',
      message: 'text, line 3, column 1: tag {% if first_name %} not closed',
    });
    expect(checkCampaignTemplates({ ...VALID, text: 'Hi {% endif %}' })).toMatchObject({ line: 1, column: 4, reason: '{% endif %} without the tag it closes' });
  });

  it('refuses partials, which would read files', () => {
    for (const tag of ['{% include "header" %}', "{% render 'footer' %}", '{% layout "base" %}', '{% liquid\n  render "x" %}']) {
      expect(checkCampaignTemplates({ ...VALID, html: `<p>${tag}</p>` })?.reason, tag).toMatch(/^the (include|render|layout) tag is not available/);
    }
  });

  it('finds errors that only show when rendering', () => {
    const problem = checkCampaignTemplates({ ...VALID, html: '<p>x</p>\n{% for i in (1..100000000) %}{{ i }}{% endfor %}' });
    expect(problem).toMatchObject({ field: 'html', line: 2, column: 1, reason: 'the template builds too much text (is a loop too long?)' });
  });

  it('reports Liquid that the text made from the html cannot keep', () => {
    // The {% if %} is in <head>, which has no text; its {% endif %} is in the body.
    const problem = checkCampaignTemplates({ ...VALID, html: '<html><head><title>{% if first_name %}Hi</title></head><body>{{ first_name }}{% endif %}</body></html>' });
    expect(problem).toMatchObject({ field: 'text' });
    expect(problem?.reason).toMatch(/^\{% endif %\} without the tag it closes \(in the text part made from the html; give a text part\)$/);
    expect(checkCampaignTemplates({ ...VALID, html: '<html><head><title>{% if first_name %}Hi</title></head><body>{{ first_name }}{% endif %}</body></html>', text: 'Hi' })).toBeUndefined();
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
    expect((error as TemplateError).problem).toMatchObject({ field: 'html', line: 3, column: 10, reason: "unknown filter 'uppercse'" });
    expect((error as TemplateError).message).toBe("html, line 3, column 10: unknown filter 'uppercse'");
  });
});
