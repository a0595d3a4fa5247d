import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../src/worker.js';
import { createTestApp, type TestApp, type Tenant } from './helpers/app.js';
import { ask, createChatbot, pagesOf, waitForTraining } from './helpers/chatbots.js';
import { DIALECTS } from './helpers/engines.js';
import { HAVE_PYTHON_DOCS, PYTHON_DOCS, pythonDocsSuite } from './helpers/python-docs.js';
import { startDocsSite, type DocsSite } from './helpers/docs-site.js';

const OFF_TOPIC = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../bench/answers/sets/offtopic.en.json'), 'utf8')) as {
    questions: { question: string }[];
  }
).questions.map((q) => q.question);

// Questions whose answers are in the Python 3.11 tutorial and the built-in
// types page, and the section each answer must cite.
const QUESTIONS: [string, string][] = [
  ['How do I define a function?', 'tutorial/controlflow.html#defining-functions'],
  ['How do I handle exceptions?', 'tutorial/errors.html#handling-exceptions'],
  ['How do I use the del statement?', 'tutorial/datastructures.html#the-del-statement'],
  ['What are lambda expressions?', 'tutorial/controlflow.html#lambda-expressions'],
  ['How do I read and write files?', 'tutorial/inputoutput.html#reading-and-writing-files'],
  ['What are the bitwise operations on integer types?', 'library/stdtypes.html#bitwise-operations-on-integer-types'],
  ['How do I create a virtual environment?', 'tutorial/venv.html#creating-virtual-environments'],
];

describe.skipIf(!HAVE_PYTHON_DOCS).each(DIALECTS)(
  pythonDocsSuite('a chatbot trained on the Python documentation (%s)'),
  (dialect) => {
    let site: DocsSite;
    let origin: string;
    let t: TestApp;
    let tenant: Tenant;
    let bot: any;
    beforeAll(async () => {
      site = await startDocsSite(PYTHON_DOCS);
      origin = site.url.replace(/\/$/, '');
      t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
      t.services.queue.work(jobHandlers(t.services));
      tenant = await t.tenant('pro');
      const created = await createChatbot(t, tenant, {
        website_url: `${origin}/tutorial/index.html`,
        urls: [`${origin}/library/stdtypes.html`],
        crawl: { include: ['/tutorial/*'] },
      });
      bot = await waitForTraining(t, tenant, created.id, 120_000);
    }, 150_000);
    afterAll(async () => {
      await t?.close();
      await site?.stop();
    });

    it('trains on the tutorial and the listed page, and nothing else', async () => {
      expect(bot).toMatchObject({ status: 'active', error: null });
      const pages = await pagesOf(t, tenant, bot.id, '&status=indexed');
      expect(pages.length).toBe(bot.pages_trained);
      expect(pages.length).toBeGreaterThanOrEqual(17);
      expect(pages.every((p) => p.url.includes('/tutorial/') || p.url.endsWith('/library/stdtypes.html'))).toBe(true);
      expect(pages.find((p) => p.url.endsWith('/library/stdtypes.html'))?.title).toBe('Built-in Types');
    });

    it.each(QUESTIONS)('answers "%s" citing %s', async (question, section) => {
      const answer = await ask(t, tenant, bot.id, question);
      expect(answer.answered).toBe(true);
      expect(answer.sources.slice(0, 2).map((s: { url: string }) => s.url)).toContain(`${origin}/${section}`);
      expect(answer.answer).not.toMatch(/Previous topic|Next topic|Report a Bug/);
    });

    // Refusing is a calibrated decision (bench:answers measures it on 1,200 asks in
    // 14 languages), so this guards the share on bench:answers' English off-topic
    // set, a third of it sharing words with technical docs, rather than single questions.
    it('says it does not know when asked off-topic questions, nearly always', async () => {
      const questions = [
        ...OFF_TOPIC,
        'What is the capital of France?',
        'Who won the football world cup in 2022?',
        'How do I bake sourdough bread?',
      ];
      const answered: string[] = [];
      for (const question of questions) {
        const reply = await ask(t, tenant, bot.id, question);
        if (reply.answered) answered.push(question);
        else expect(reply.sources).toEqual([]);
      }
      console.log(
        `python docs: ${questions.length - answered.length} of ${questions.length} off-topic questions refused; answered: ${answered.join(' | ')}`,
      );
      expect((questions.length - answered.length) / questions.length).toBeGreaterThanOrEqual(0.8);
    });
  },
);
