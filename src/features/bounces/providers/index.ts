import { generic } from './generic.js';
import { mailgun } from './mailgun.js';
import { postmark } from './postmark.js';
import type { InboundProvider, ProviderName } from './provider.js';
import { sendgrid } from './sendgrid.js';
import { ses } from './ses.js';

export const INBOUND_PROVIDERS: Record<ProviderName, InboundProvider> = { ses, sendgrid, postmark, mailgun, generic };
