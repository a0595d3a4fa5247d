import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPublicAddress, type AddressPolicy } from './ssrf.js';

/** Resolves a host name to every address it has. Swappable so tests can play a hostile DNS. */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

/** The error code a refused resolution carries, so callers can tell it from a network failure. */
export const BLOCKED_ADDRESS_CODE = 'ERR_GRIVO_BLOCKED_ADDRESS';

/** Every address the system resolver returns, as `dns.lookup(host, { all: true })` does. */
export const resolveWithSystem: ResolveHost = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * A connect-time lookup for `net.connect` (so for undici's `connect.lookup`)
 * that refuses the host when ANY of its addresses is not public. Checking at
 * connect time, and handing `net.connect` only the addresses just checked,
 * means a DNS answer cannot change between the check and the connection
 * (DNS rebinding).
 */
export function createSafeLookup(policy: AddressPolicy, resolveHost: ResolveHost = resolveWithSystem): LookupFunction {
  return function safeLookup(hostname, options, callback) {
    const family = normaliseFamily(options.family);
    const all = options.all === true;
    resolveHost(hostname).then(
      (resolved) => {
        const blocked = policy.allowPrivate ? undefined : resolved.find((entry) => !isPublicAddress(entry.address));
        if (blocked) return callback(blockedAddressError(hostname, blocked.address), all ? [] : '');
        const addresses = family ? resolved.filter((entry) => entry.family === family) : resolved;
        const first = addresses[0];
        if (!first) return callback(notFoundError(hostname), all ? [] : '');
        if (all) callback(null, addresses);
        else callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, all ? [] : ''),
    );
  };
}

function normaliseFamily(family: number | string | undefined): number {
  if (family === 'IPv4' || family === 4) return 4;
  if (family === 'IPv6' || family === 6) return 6;
  return 0;
}

/** An error saying `hostname` resolved to a non-public address. */
export function blockedAddressError(hostname: string, address: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${hostname} resolves to ${address}, which is not a public address`);
  error.code = BLOCKED_ADDRESS_CODE;
  return error;
}

function notFoundError(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  return error;
}
