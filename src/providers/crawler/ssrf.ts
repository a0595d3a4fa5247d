import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Which addresses the crawler may reach; `allowPrivate` is the operator's GRIVO_CRAWL_ALLOW_PRIVATE. */
export interface AddressPolicy {
  allowPrivate: boolean;
}

/**
 * Why a URL may not be fetched, or `null` when it may: `blocked_address` only
 * for addresses the operator's GRIVO_CRAWL_ALLOW_PRIVATE would let through,
 * `invalid_url` for what no setting allows (a scheme, credentials).
 */
export type UrlRefusal = { reason: 'invalid_url' | 'blocked_address'; detail: string } | null;

// Cloud metadata endpoints. Each already falls in a refused range (link-local,
// unique-local, CGNAT); they are listed so that stays true if a range is ever relaxed.
const METADATA_ADDRESSES = new Set(['169.254.169.254', 'fd00:ec2::254', '100.100.100.200']);

/**
 * True only for globally routable unicast addresses. Anything that is not
 * plainly public — loopback, private, link-local, CGNAT, multicast, reserved,
 * documentation, unique-local, or an unparsable string — is refused.
 */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '');
  // ipaddr.js reads the deprecated IPv4-compatible "::a.b.c.d" as IPv4-mapped; refuse it as below.
  if (/^::\d+\.\d+\.\d+\.\d+$/.test(bare)) return false;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(bare);
  } catch {
    return false;
  }
  if (parsed.kind() === 'ipv4') return isPublicIPv4(parsed as ipaddr.IPv4);
  return isPublicIPv6(parsed as ipaddr.IPv6);
}

function isPublicIPv4(address: ipaddr.IPv4): boolean {
  if (METADATA_ADDRESSES.has(address.toString())) return false;
  // ipaddr.js names every special-purpose block; only what is left ('unicast') is public.
  return address.range() === 'unicast';
}

function isPublicIPv6(address: ipaddr.IPv6): boolean {
  if (METADATA_ADDRESSES.has(address.toNormalizedString()) || METADATA_ADDRESSES.has(address.toString())) return false;
  const parts = address.parts;
  // Forms that carry an IPv4 address and reach it: judge the IPv4 address.
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d
      return isPublicIPv4(embeddedIPv4(parts[6]!, parts[7]!));
    case 'rfc6052': // NAT64 64:ff9b::a.b.c.d; the local-use 64:ff9b:1::/48 is refused outright
      return parts[2] === 0 && isPublicIPv4(embeddedIPv4(parts[6]!, parts[7]!));
    case '6to4': // 2002:AABB:CCDD::/48 routes to AA.BB.CC.DD
      return isPublicIPv4(embeddedIPv4(parts[1]!, parts[2]!));
    case 'unicast':
      // ipaddr.js calls the deprecated IPv4-compatible block ::a.b.c.d "unicast".
      // Nothing legitimate uses it, and some stacks still route it to the IPv4 address.
      return !parts.slice(0, 6).every((part) => part === 0);
    default:
      return false;
  }
}

function embeddedIPv4(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/**
 * Refuses what no crawl may fetch: non-http(s) schemes, always; with
 * `allowPrivate` off also credentials in the URL and IP-literal hosts that are
 * not public. WHATWG URL has already turned every IPv4 spelling (decimal,
 * octal, hex, short) into dotted form, so checking the hostname covers them.
 * Host names are checked when they resolve: see `createSafeLookup`.
 */
export function checkUrl(url: URL, policy: AddressPolicy): UrlRefusal {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { reason: 'invalid_url', detail: `scheme ${url.protocol} is not allowed` };
  }
  if (policy.allowPrivate) return null;
  if (url.username || url.password) return { reason: 'invalid_url', detail: 'credentials in the URL are not allowed' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !isPublicAddress(host))
    return { reason: 'blocked_address', detail: `address ${host} is not public` };
  return null;
}
