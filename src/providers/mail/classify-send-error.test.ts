import { describe, expect, it } from 'vitest';
import { classifySendError, refusedBeforeMessage } from './classify-send-error.js';

/** An error shaped the way nodemailer hands them over. */
function smtpError(
  message: string,
  fields: { code?: string; response?: string; responseCode?: number; command?: string },
): Error {
  return Object.assign(new Error(fields.response ? `${message}: ${fields.response}` : message), fields);
}

describe('classifySendError', () => {
  it('a 5xx to RCPT TO or DATA is permanent, with the reply code and the server text', () => {
    const rcpt = smtpError("Can't send mail - all recipients were rejected", {
      code: 'EENVELOPE',
      response: '550 5.1.1 <nobody@example.org>: no such user',
      responseCode: 550,
      command: 'RCPT TO',
    });
    expect(classifySendError(rcpt)).toEqual({
      ok: false,
      permanent: true,
      about: 'recipient',
      responseCode: 550,
      error: "EENVELOPE: Can't send mail - all recipients were rejected: 550 5.1.1 <nobody@example.org>: no such user",
    });
    const data = smtpError('Message failed', {
      code: 'EMESSAGE',
      response: '554 5.7.1 rejected as spam',
      responseCode: 554,
      command: 'DATA',
    });
    expect(classifySendError(data)).toMatchObject({ permanent: true, responseCode: 554 });
  });

  it('a 4xx is temporary', () => {
    const error = smtpError('Recipient command failed', {
      code: 'EENVELOPE',
      response: '451 4.7.1 greylisted',
      responseCode: 451,
      command: 'RCPT TO',
    });
    expect(classifySendError(error)).toMatchObject({
      ok: false,
      permanent: false,
      about: 'recipient',
      responseCode: 451,
    });
  });

  it('connection failures of every kind are temporary and carry no reply code', () => {
    const failures = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      smtpError('Connection closed unexpectedly', { code: 'ECONNECTION', command: 'CONN' }),
      smtpError('Greeting never received', { code: 'ETIMEDOUT', command: 'CONN' }),
      smtpError('Timeout', { code: 'ETIMEDOUT', command: 'CONN' }),
      smtpError('getaddrinfo ENOTFOUND smtp.nowhere', { code: 'EDNS' }),
    ];
    for (const failure of failures) {
      const outcome = classifySendError(failure);
      expect(outcome, failure.message).toMatchObject({ permanent: false, about: 'server' });
      expect(outcome).not.toHaveProperty('responseCode');
    }
  });

  it('a 421 "closing connection" is temporary even though it ends the session', () => {
    const error = smtpError('Connection closed unexpectedly', {
      code: 'ECONNECTION',
      response: '421 4.3.2 shutting down',
      responseCode: 421,
    });
    expect(classifySendError(error)).toMatchObject({ permanent: false, responseCode: 421 });
  });

  it('a 5xx that is about our own setup, not the recipient, is temporary', () => {
    const auth = smtpError('Invalid login', {
      code: 'EAUTH',
      response: '535 5.7.8 authentication failed',
      responseCode: 535,
      command: 'AUTH PLAIN',
    });
    const sender = smtpError('Mail command failed', {
      code: 'EENVELOPE',
      response: '553 5.7.1 sender not owned by user',
      responseCode: 553,
      command: 'MAIL FROM',
    });
    const sequence = smtpError('Data command failed', {
      code: 'EENVELOPE',
      response: '503 5.5.1 bad sequence',
      responseCode: 503,
      command: 'DATA',
    });
    const greeting = smtpError('Greeting failed', {
      code: 'EPROTOCOL',
      response: '554 no service for you',
      responseCode: 554,
      command: 'CONN',
    });
    for (const error of [auth, sender, sequence, greeting]) {
      expect(classifySendError(error), error.message).toMatchObject({ permanent: false, about: 'server' });
    }
  });

  it('anything unrecognised is temporary, on one line', () => {
    expect(classifySendError(new Error('weird\r\n  multi-line\nfailure'))).toEqual({
      ok: false,
      permanent: false,
      about: 'server',
      error: 'weird multi-line failure',
    });
    expect(classifySendError('a string')).toEqual({ ok: false, permanent: false, about: 'server', error: 'a string' });
    expect(classifySendError(undefined)).toMatchObject({ permanent: false });
  });

  it('adds the server response when the message does not already carry it', () => {
    const error = Object.assign(new Error('Message failed'), {
      code: 'EMESSAGE',
      response: '552 5.3.4 too big',
      responseCode: 552,
      command: 'DATA',
    });
    expect(classifySendError(error).error).toBe('EMESSAGE: Message failed: 552 5.3.4 too big');
  });
});

describe('refusedBeforeMessage', () => {
  const error = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

  it('is true only when the server certainly did not take the message', () => {
    const refused = [
      error('connect ECONNREFUSED 127.0.0.1:25', { code: 'ESOCKET', originalCode: 'ECONNREFUSED', command: 'CONN' }),
      error('getaddrinfo ENOTFOUND smtp.nowhere.example', { code: 'EDNS', command: 'CONN' }),
      error('Connection timeout', { code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT', command: 'CONN' }),
      error('Greeting never received', { code: 'ETIMEDOUT', timeoutType: 'GREETING_TIMEOUT', command: 'CONN' }),
      error('Invalid greeting. response=421 busy: 421 busy', { code: 'EPROTOCOL', responseCode: 421, command: 'CONN' }),
      error('Invalid login: 535 nope', { code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' }),
      error('Error initiating TLS', { code: 'ETLS', command: 'CONN' }),
      error('Mail command failed: 550 relaying denied', { code: 'EENVELOPE', responseCode: 550, command: 'MAIL FROM' }),
      error('Recipient command failed: 421 closing', { code: 'EENVELOPE', responseCode: 421, command: 'RCPT TO' }),
    ];
    for (const e of refused) expect(refusedBeforeMessage(e), e.message).toBe(true);
    const maybeDelivered = [
      error('Timeout', { code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT', command: 'CONN' }),
      error('Connection closed unexpectedly', { code: 'ECONNECTION', command: 'CONN' }),
      error('read ECONNRESET', { code: 'ESOCKET', originalCode: 'ECONNRESET', command: 'CONN' }),
      error('Message failed: 451 try later', { code: 'EMESSAGE', responseCode: 451, command: 'DATA' }),
      error('Recipient command failed: 550 no such user', { code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' }),
      new Error('something else'),
    ];
    for (const e of maybeDelivered) expect(refusedBeforeMessage(e), e.message).toBe(false);
    expect(refusedBeforeMessage(undefined)).toBe(false);
  });
});
