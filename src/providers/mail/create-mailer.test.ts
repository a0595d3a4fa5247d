import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, type MailConfig } from '../../config.js';
import { generateDkimKey } from '../../../test/helpers/mail.js';
import { createMailer } from './create-mailer.js';
import { OutboxMailer } from './outbox-mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

function config(overrides: Partial<MailConfig> = {}): MailConfig {
  return {
    smtpUrl: undefined,
    outboxDir: '/nonexistent/outbox',
    poolSize: 3,
    ratePerSecond: 0,
    batchSize: 500,
    maxAttempts: 5,
    retryBaseMs: 60_000,
    dkim: undefined,
    ...overrides,
  };
}

describe('createMailer', () => {
  it('picks SMTP when there is a URL, the outbox when there is none', async () => {
    const smtp = createMailer(config({ smtpUrl: 'smtp://127.0.0.1:2525' }));
    expect(smtp).toBeInstanceOf(SmtpMailer);
    expect(smtp).toMatchObject({ kind: 'smtp', concurrency: 3 });
    const outbox = createMailer(config());
    expect(outbox).toBeInstanceOf(OutboxMailer);
    expect(outbox).toMatchObject({ kind: 'outbox', concurrency: 4 });
    await Promise.all([smtp.close(), outbox.close()]);
  });

  it('wraps the mailer in the throttle only when there is a rate', async () => {
    const throttled = createMailer(config({ smtpUrl: 'smtp://127.0.0.1:2525', ratePerSecond: 10 }));
    expect(throttled).not.toBeInstanceOf(SmtpMailer);
    expect(throttled).toMatchObject({ kind: 'smtp', concurrency: 3 });
    await throttled.close();
  });

  it('accepts a usable DKIM key and refuses, at start, one that cannot sign', async () => {
    const { dkim } = generateDkimKey();
    await createMailer(config({ dkim })).close();

    expect(() =>
      createMailer(
        config({ dkim: { ...dkim, privateKey: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----' } }),
      ),
    ).toThrow(ConfigError);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    expect(() => createMailer(config({ smtpUrl: 'smtp://127.0.0.1:2525', dkim: { ...dkim, privateKey: ec } }))).toThrow(
      /RSA key/,
    );
  });
});
