import { describe, expect, it } from 'vitest';
import { citationUrl } from './passage.js';

describe('citationUrl', () => {
  it('links to the section’s heading, its id percent-encoded where a URL cannot hold it', () => {
    expect(citationUrl({ url: 'https://shop.test/faq', anchor: 'returns' })).toBe('https://shop.test/faq#returns');
    expect(citationUrl({ url: 'https://shop.test/faq', anchor: null })).toBe('https://shop.test/faq');
    // Letters of any script and % stay: a browser tries the fragment as written first.
    expect(citationUrl({ url: 'https://shop.test/über', anchor: 'öffnungs zeiten' })).toBe(
      'https://shop.test/über#öffnungs%20zeiten',
    );
    expect(citationUrl({ url: 'https://shop.test/', anchor: 'a "b"\t<c>\u00a0d%20' })).toBe(
      'https://shop.test/#a%20%22b%22%09%3Cc%3E%C2%A0d%20',
    );
  });
});
