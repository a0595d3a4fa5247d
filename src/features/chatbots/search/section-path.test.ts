import { describe, expect, it } from 'vitest';
import { breadcrumb, sectionPath } from './section-path.js';

describe('sectionPath', () => {
  it('drops a first heading that repeats the page title', () => {
    expect(sectionPath('Shipping and delivery', ['Shipping and delivery', 'International shipping'])).toBe(
      'International shipping',
    );
  });

  it('drops a step that repeats the one before, ignoring case and spacing', () => {
    expect(sectionPath('Help', ['Returns', ' returns ', 'Refunds', 'Refunds'])).toBe('Returns › Refunds');
  });

  it('keeps a step that only repeats an earlier, non-adjacent one', () => {
    expect(sectionPath('Docs', ['Setup', 'Linux', 'Setup'])).toBe('Setup › Linux › Setup');
  });

  it('is null when nothing is left beyond the title, or there are no headings', () => {
    expect(sectionPath('Pricing', ['Pricing'])).toBeNull();
    expect(sectionPath('Pricing', [])).toBeNull();
    expect(sectionPath(null, ['', '  '])).toBeNull();
  });

  it('keeps every heading when the page has no title', () => {
    expect(sectionPath('', ['FAQ', 'Billing'])).toBe('FAQ › Billing');
  });
});

describe('breadcrumb', () => {
  it('joins the title and the section without repeating a step', () => {
    expect(breadcrumb('Shipping and delivery', ['Shipping and delivery', 'International shipping'])).toBe(
      'Shipping and delivery › International shipping',
    );
    expect(breadcrumb('', [])).toBe('');
  });
});
