import { describe, expect, it } from 'vitest';
import { ApiFailure } from './client';
import { errorText, labelOf } from './error-text';
import { completeColor, completeUrl, emailListProblem, isPast, ordinal } from '../ui/validate';

const invalid = (message: string, param?: string) => new ApiFailure('invalid_request', message, 400, param);

describe('errorText', () => {
  it("says a field's problem with the form's label and the entry people count", () => {
    const raw = invalid("Invalid parameter 'emails.1': email 'not-an-email' is not a valid email address.", 'emails.1');
    expect(errorText(raw, { emails: 'Test addresses' })).toBe(
      'Test addresses, line 2: “not-an-email” is not a valid email address.',
    );
    expect(errorText(invalid('color must be a hex colour like #2563eb.', 'color'), { color: 'Colour' })).toBe(
      'Colour must be a colour like #2563eb.',
    );
    expect(
      errorText(invalid('send_at 2020-01-01T09:00:00.000Z is in the past; choose a later time.', 'send_at'), {
        send_at: 'Send at',
      }),
    ).toBe('Send at is in the past. Choose a time in the future.');
    expect(
      errorText(invalid("Invalid parameter 'website_url': Invalid URL", 'website_url'), { website_url: 'Website' }),
    ).toBe('Website must be a full web address starting with https://, like https://example.com/.');
    expect(errorText(invalid("Missing required parameter: 'name'.", 'name'), { name: 'Name' })).toBe(
      'Name is required.',
    );
    expect(
      errorText(invalid("Invalid parameter 'name': Too big: expected string to have at most 200 characters", 'name')),
    ).toBe('Name can have at most 200 characters.');
  });

  it("falls back to the server's sentence with the label in place of the parameter's name", () => {
    expect(
      errorText(invalid('position must be bottom-left or bottom-right.', 'position'), { position: 'Position' }),
    ).toBe('Position must be bottom-left or bottom-right.');
    expect(errorText(invalid("Invalid parameter 'crawl.max_depth': Too small", 'crawl.max_depth'))).toBe(
      'Max depth: Too small',
    );
    expect(errorText(invalid('The date must be a weekday.', 'day'))).toBe('The date must be a weekday.');
    expect(errorText(invalid('The password must be at least 10 characters.', 'password'))).toBe(
      'Password needs at least 10 characters.',
    );
    expect(labelOf('lead_capture.when', { lead_capture: 'Lead form' })).toBe('Lead form');
    expect(labelOf('audience.tags.2')).toBe('Tags');
  });

  it('words codes for people and keeps what the server already says to people', () => {
    expect(errorText(new ApiFailure('rate_limit_exceeded', 'Rate limit exceeded: 120 requests per 60s.', 429))).toBe(
      'Too many requests just now. Try again in a moment.',
    );
    expect(errorText(new ApiFailure('internal_error', 'TypeError at x.ts:12', 500))).toMatch(
      /^Grivo ran into a problem/,
    );
    expect(errorText(new ApiFailure('http_error', 'The server answered 502 Bad Gateway.', 502))).toBe(
      'Grivo answered with an error (HTTP 502). Try again in a moment.',
    );
    expect(errorText(new ApiFailure('teapot', 'Odd.', 503))).toMatch(/^Grivo ran into a problem/);
    const limit = 'Your free plan allows 1 chatbot. Upgrade to add more.';
    expect(errorText(new ApiFailure('plan_limit_exceeded', limit, 403))).toBe(limit);
    expect(errorText(ApiFailure.plain('Choose the file to upload.', 'file'))).toBe('Choose the file to upload.');
    const png =
      'This file is a PNG file; a source can be a PDF, a Word document (.docx), Markdown, plain text or HTML.';
    expect(errorText(new ApiFailure('unsupported_media_type', png, 415, 'file'))).toBe(png);
    expect(errorText(invalid('The request body must be a JSON object.'))).toBe(
      'Something in this form is not valid. Check it and try again.',
    );
    expect(errorText(new TypeError('x is undefined'))).toBe(
      'Something went wrong on this page. Reload it and try again.',
    );
  });
});

describe('checks before sending', () => {
  it('completes web addresses as an address bar would', () => {
    expect(completeUrl('example.com')).toBe('https://example.com/');
    expect(completeUrl(' http://example.com/docs ')).toBe('http://example.com/docs');
    expect(completeUrl('shop.example.com/a?b=1')).toBe('https://shop.example.com/a?b=1');
    expect(completeUrl('not a url')).toBeUndefined();
    expect(completeUrl('intranet')).toBeUndefined();
    expect(completeUrl('ftp://example.com')).toBeUndefined();
  });

  it('names the entry of a list that is not an email address', () => {
    expect(emailListProblem(['a@example.com', 'not-an-email'])).toBe(
      'The 2nd address, “not-an-email”, is not a valid email address.',
    );
    expect(emailListProblem(['a@example.com', 'b@x'], 'line')).toBe('Line 2, “b@x”, is not a valid email address.');
    expect(emailListProblem(['a@example.com'])).toBeUndefined();
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
    ]);
  });

  it('completes colours and refuses past moments', () => {
    expect(completeColor('2563EB')).toBe('#2563eb');
    expect(completeColor('#abc')).toBe('#aabbcc');
    expect(completeColor('blue')).toBeUndefined();
    expect(isPast('2020-01-01T09:00:00.000Z')).toBe(true);
    expect(isPast(new Date(Date.now() + 3_600_000).toISOString())).toBe(false);
  });
});
