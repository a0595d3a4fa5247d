import { ConfigError } from '../../config.js';

/** One server of SMTP_URL. */
export interface SmtpServer {
  /** The URL nodemailer connects with: the server's own, less our `rate` parameter. */
  url: string;
  /** `smtp://host:port`, without credentials: for logs and error messages. */
  label: string;
  /** Messages per second through this server; 0: as fast as it takes them. */
  ratePerSecond: number;
}

/**
 * Reads SMTP_URL: one server, or several separated by commas, tried in turn
 * when one refuses (`smtp://a:25,smtps://user:pass@b:465?rate=10`). Each may
 * end with `?rate=N`, at most N messages per second through it (decimals
 * allowed: 0.5 is one message every two seconds); its other parameters are
 * nodemailer's (`tls.rejectUnauthorized=false`…). A comma inside a user name or
 * password must be written %2C. Throws a ConfigError naming the bad server.
 */
export function parseSmtpServers(smtpUrl: string): SmtpServer[] {
  const entries = smtpUrl.split(',');
  return entries.map((entry, i) =>
    parseServer(entry.trim(), entries.length === 1 ? 'the server' : `the ${ordinal(i + 1)} server`),
  );
}

function parseServer(raw: string, which: string): SmtpServer {
  const fail = (why: string) => {
    throw new ConfigError(`Invalid configuration:\n  SMTP_URL: ${which} ${why}`);
  };
  if (raw === '') fail('is empty (servers are separated by commas)');
  const shown = redact(raw);
  if (!/^smtps?:\/\/[^/?#]+/i.test(raw)) fail(`(${shown}) must be an smtp://user:pass@host:port or smtps://… URL`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(`(${shown}) is not a valid URL`);
  }
  if (url.hostname === '') fail(`(${shown}) has no host`);
  const label = `${url.protocol}//${url.host}`;

  const query = raw.indexOf('?');
  const params = query < 0 ? [] : raw.slice(query + 1).split('&');
  const rates = params.filter((p) => decodeParam(p.split('=')[0]!) === 'rate');
  let ratePerSecond = 0;
  if (rates.length > 1) fail(`(${label}) has more than one rate`);
  if (rates.length === 1) {
    const value = decodeParam(rates[0]!.slice(rates[0]!.indexOf('=') + 1));
    ratePerSecond = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(ratePerSecond > 0)) fail(`(${label}): rate must be a number of messages per second above 0, got "${value}"`);
  }
  const kept = params.filter((p) => !rates.includes(p));
  const base = query < 0 ? raw : raw.slice(0, query);
  return { url: kept.length === 0 ? base : `${base}?${kept.join('&')}`, label, ratePerSecond };
}

/** The URL without its user name and password. */
function redact(raw: string): string {
  return raw.replace(/^([a-z]+:\/\/)[^@/?#]*@/i, '$1…@');
}

function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
