import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

describe.each(DIALECTS)('templates on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    tenant = await t.tenant();
    other = await t.tenant();
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload === undefined ? {} : { payload }) });
  const TEMPLATE = { name: 'Receipt', subject: 'Receipt {{ number }}', html: '<p>Thanks, {{ name }}</p>' };

  it('creates, lists, reads, updates and deletes', async () => {
    const created = await call('POST', '/v1/templates', TEMPLATE);
    expect(created.statusCode).toBe(201);
    const template = created.json();
    expect(template).toMatchObject({ ...TEMPLATE, markdown: null, text: null });
    expect(template.id).toMatch(/^tpl_/);
    const second = (await call('POST', '/v1/templates', { ...TEMPLATE, name: 'Second' })).json();

    const list = (await call('GET', '/v1/templates?per_page=1')).json();
    expect(list).toMatchObject({ total: 2, per_page: 1, has_more: true });
    expect(list.data[0].id).toBe(second.id);
    expect((await call('GET', `/v1/templates/${template.id}`)).json()).toEqual(template);

    const patched = (await call('PATCH', `/v1/templates/${template.id}`, { name: 'Renamed', text: 'Thanks' })).json();
    expect(patched).toMatchObject({ name: 'Renamed', text: 'Thanks', html: TEMPLATE.html });
    expect((await call('GET', `/v1/templates/${template.id}`)).json()).toEqual(patched);

    // Another workspace sees none of it, and cannot change it.
    expect((await call('GET', `/v1/templates/${template.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('PATCH', `/v1/templates/${template.id}`, { name: 'x' }, other)).statusCode).toBe(404);
    expect((await call('DELETE', `/v1/templates/${template.id}`, undefined, other)).statusCode).toBe(404);
    expect((await call('GET', '/v1/templates', undefined, other)).json().total).toBe(0);

    expect((await call('DELETE', `/v1/templates/${template.id}`)).json()).toEqual({ id: template.id, deleted: true });
    expect((await call('GET', `/v1/templates/${template.id}`)).statusCode).toBe(404);
  });

  it('makes HTML from markdown at save, keeping the Liquid as written', async () => {
    const res = await call('POST', '/v1/templates', {
      name: 'Welcome',
      subject: 'Welcome',
      markdown: '# Hi {{ name | default: "there" }}\n\nSee [your account]({{ url }}).',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().html).toBe(
      '<h1>Hi {{ name | default: "there" }}</h1>\n<p>See <a href="{{ url }}">your account</a>.</p>\n',
    );
    expect(res.json().markdown).toMatch(/^# Hi/);
    // Switching to html drops the markdown; switching back makes the HTML again.
    const html = (await call('PATCH', `/v1/templates/${res.json().id}`, { html: '<p>Plain</p>' })).json();
    expect(html).toMatchObject({ html: '<p>Plain</p>', markdown: null });
    const md = (await call('PATCH', `/v1/templates/${res.json().id}`, { markdown: '*Hi*' })).json();
    expect(md).toMatchObject({ html: '<p><em>Hi</em></p>\n', markdown: '*Hi*' });
  });

  it('refuses bad templates and fields, naming the field', async () => {
    const cases: Array<[object, string, string, RegExp]> = [
      [{ ...TEMPLATE, html: '<p>{{ name | uppercse }}</p>' }, 'invalid_template', 'html', /line 1.*uppercse/],
      [{ ...TEMPLATE, subject: 'Hi {{ name' }, 'invalid_template', 'subject', /subject/],
      [{ ...TEMPLATE, text: '{% if x %}open' }, 'invalid_template', 'text', /text/],
      [{ name: 'M', subject: 'S', markdown: 'Hi {% if x %} never closed' }, 'invalid_template', 'markdown', /markdown/],
      [{ ...TEMPLATE, markdown: '# Both' }, 'invalid_request', 'markdown', /not both/],
      [{ name: 'No body', subject: 'S' }, 'invalid_request', 'html', /html or as markdown/],
      [{ ...TEMPLATE, name: '' }, 'invalid_request', 'name', /name must not be empty/],
      [{ ...TEMPLATE, surprise: 1 }, 'unknown_parameter', 'surprise', /surprise/],
    ];
    for (const [payload, code, param, message] of cases) {
      const res = await call('POST', '/v1/templates', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error, JSON.stringify(payload)).toMatchObject({ code, param });
      expect(res.json().error.message).toMatch(message);
    }
    const saved = (await call('POST', '/v1/templates', TEMPLATE)).json();
    const bad = await call('PATCH', `/v1/templates/${saved.id}`, { html: '{% endif %}' });
    expect(bad.json().error).toMatchObject({ code: 'invalid_template', param: 'html' });
    expect((await call('GET', `/v1/templates/${saved.id}`)).json().html).toBe(TEMPLATE.html);
  });

  it('starts a campaign from a template, and duplicates a campaign', async () => {
    const template = (await call('POST', '/v1/templates', { ...TEMPLATE, text: 'Thanks {{ first_name }}' })).json();
    const base = { name: 'From template', from_email: 'news@acme.example', template_id: template.id };
    const made = await call('POST', '/v1/campaigns', base);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      subject: TEMPLATE.subject,
      html: TEMPLATE.html,
      text: 'Thanks {{ first_name }}',
      status: 'draft',
    });
    const own = (await call('POST', '/v1/campaigns', { ...base, subject: 'Own subject' })).json();
    expect(own).toMatchObject({ subject: 'Own subject', html: TEMPLATE.html });

    const foreign = await call('POST', '/v1/campaigns', base, other);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.param).toBe('template_id');
    const missing = await call('POST', '/v1/campaigns', {
      name: 'x',
      from_email: 'news@acme.example',
      html: '<p>x</p>',
    });
    expect(missing.json().error).toMatchObject({ code: 'invalid_request', param: 'subject' });

    const copy = await call('POST', `/v1/campaigns/${own.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({
      name: 'From template (copy)',
      subject: 'Own subject',
      html: TEMPLATE.html,
      text: own.text,
      from_email: own.from_email,
      audience: own.audience,
      status: 'draft',
      sent: 0,
    });
    expect(copy.json().id).not.toBe(own.id);
    expect((await call('POST', `/v1/campaigns/${own.id}/duplicate`, undefined, other)).statusCode).toBe(404);
  });
});
