import { parentPort, workerData } from 'node:worker_threads';
import { TokenSigner } from '../../tracking/tokens.js';
import type { CampaignRow } from '../store.js';
import { messageBuilder } from './message.js';
import { renderEach, type RenderRequest, type RenderResponse, type RenderThreadData } from './renderer.js';

// The rendering thread of a large send: personalizes and signs each
// recipient's message, a batch ahead of the lanes that send them, so the
// main thread only writes to the database and the SMTP sockets.

const data = workerData as RenderThreadData;
const build = messageBuilder(
  { signer: new TokenSigner(Buffer.from(data.secret)), publicUrl: data.publicUrl },
  data.campaign as CampaignRow,
);
const port = parentPort!;

port.on('message', ({ id, recipients }: RenderRequest) => {
  port.postMessage({ id, messages: renderEach(build, recipients) } satisfies RenderResponse);
});
