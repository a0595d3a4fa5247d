import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Grivo } from '@grivo/sdk';
import { type Column, formatTable } from './table.js';
import { progressBar, progressReporter } from './progress.js';

export const API_USAGE = `API commands (they call a Grivo server: GRIVO_URL, default http://localhost:3000,
with the key in GRIVO_API_KEY; add --json for the API's own JSON):

  chatbots list
  chatbots get BOT_ID
  chatbots create --name NAME [--website URL]
  chatbots train BOT_ID [--wait]                retrain; --wait shows progress until it ends
  chat BOT_ID "QUESTION" [--stream]             ask a chatbot: its answer and sources
  contacts list [--tag TAG] [--search TEXT] [--status STATUS]
  contacts import FILE.csv [--tag TAG]... [--update-existing] [--wait]
  campaigns list
  campaigns send CMP_ID [--wait]                start sending; --wait follows it to the end`;

/** The first words of every command this module runs. */
export const API_COMMANDS = ['chatbots', 'chat', 'contacts', 'campaigns'] as const;

/** A command line that cannot run as written: the CLI prints it with the usage. */
export class ApiUsageError extends Error {}

/** Where a command writes: its result to `out`, progress and notes to `err`. */
export interface Terminal {
  out: { write(chunk: string): unknown };
  err: { isTTY?: boolean; write(chunk: string): unknown };
  /** How long to wait between two progress polls. */
  pollMs?: number;
}

const OPTIONS = {
  json: { type: 'boolean' },
  wait: { type: 'boolean' },
  stream: { type: 'boolean' },
  name: { type: 'string' },
  website: { type: 'string' },
  tag: { type: 'string', multiple: true },
  search: { type: 'string' },
  status: { type: 'string' },
  'update-existing': { type: 'boolean' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

/** Runs one API command (`argv` without the program name); throws GrivoError when the server refuses. */
export async function runApiCommand(argv: string[], terminal: Terminal, grivo = new Grivo()): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  const [command, sub, ...args] = positionals;
  const io = new Output(terminal, values.json === true);
  const wait = (ms = terminal.pollMs ?? 500) => new Promise((resolve) => setTimeout(resolve, ms));
  const need = (value: string | undefined, what: string): string => {
    if (!value) throw new ApiUsageError(`${[command, sub].join(' ')} needs ${what}.`);
    return value;
  };

  if (command === 'chat') return chat(grivo, io, need(sub, 'BOT_ID'), need(args[0], 'a QUESTION'), values);

  switch (`${command} ${sub ?? ''}`.trim()) {
    case 'chatbots list':
      return io.list(await collect(grivo.chatbots.list()), CHATBOT_COLUMNS);
    case 'chatbots get':
      return io.one(await grivo.chatbots.get(need(args[0], 'BOT_ID')), CHATBOT_COLUMNS);
    case 'chatbots create': {
      const body = {
        name: need(values.name, '--name NAME'),
        ...(values.website ? { website_url: values.website } : {}),
      };
      return io.one(await grivo.chatbots.create(body), CHATBOT_COLUMNS);
    }
    case 'chatbots train': {
      const id = need(args[0], 'BOT_ID');
      let bot = await grivo.chatbots.train(id);
      if (values.wait) {
        const progress = progressReporter(terminal.err);
        while (bot.status === 'training') {
          const done = bot.training?.pages_done ?? 0;
          const total = bot.training?.pages_total ?? null;
          // Until the crawl knows how many pages it reads, a share of those found so far would drop later.
          progress.update(
            total === null
              ? `Training: reading the site — ${done} ${done === 1 ? 'page' : 'pages'} so far`
              : `Training ${progressBar(done, total)}  ${done} of ${total} pages`,
          );
          await wait();
          bot = await grivo.chatbots.get(id);
        }
        progress.end();
      }
      return io.one(bot, CHATBOT_COLUMNS);
    }
    case 'contacts list': {
      const query = { tag: values.tag?.[0], search: values.search, status: values.status as never };
      return io.list(await collect(grivo.contacts.list(query)), CONTACT_COLUMNS);
    }
    case 'contacts import': {
      const file = need(args[0], 'FILE.csv');
      if (!fs.existsSync(file)) throw new ApiUsageError(`No file at ${file}.`);
      let job = await grivo.contacts.import(await fs.openAsBlob(file, { type: 'text/csv' }), {
        tags: values.tag,
        update_existing: values['update-existing'],
        filename: file.split(/[\\/]/).pop(),
      });
      if (values.wait) {
        const progress = progressReporter(terminal.err);
        while (job.status === 'queued' || job.status === 'processing') {
          const total = job.rows_total ?? 0;
          progress.update(
            `Importing ${progressBar(job.rows_processed, total)}  ${job.rows_processed.toLocaleString('en')} rows`,
          );
          await wait();
          job = await grivo.contacts.imports.get(job.id);
        }
        progress.end();
      }
      return io.one(job, IMPORT_COLUMNS);
    }
    case 'campaigns list':
      return io.list(await collect(grivo.campaigns.list()), CAMPAIGN_COLUMNS);
    case 'campaigns send': {
      const id = need(args[0], 'CMP_ID');
      let campaign = await grivo.campaigns.send(id);
      if (values.wait) {
        const progress = progressReporter(terminal.err);
        while (campaign.status === 'sending' || campaign.status === 'scheduled') {
          const total = campaign.recipients ?? 0;
          progress.update(`Sending ${progressBar(campaign.sent, total)}  ${campaign.sent} of ${total} recipients`);
          await wait();
          campaign = await grivo.campaigns.get(id);
        }
        progress.end();
      }
      return io.one(campaign, CAMPAIGN_COLUMNS);
    }
    default:
      throw new ApiUsageError(`Unknown command: ${[command, sub].filter(Boolean).join(' ')}`);
  }
}

async function chat(grivo: Grivo, io: Output, botId: string, message: string, values: Values): Promise<void> {
  if (!values.stream || values.json) {
    const answer = await grivo.chatbots.chat(botId, { message });
    if (io.json) io.print(answer);
    else {
      io.text(`${answer.answer}\n`);
      io.sources(answer.sources);
    }
    return;
  }
  let sources: Array<{ url: string; title: string }> = [];
  for await (const event of grivo.chatbots.chatStream(botId, { message })) {
    if (event.event === 'meta') sources = event.data.sources;
    else if (event.event === 'delta') io.text(event.data.text);
  }
  io.text('\n');
  io.sources(sources);
}

/** Every item of a list, across its pages. */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

class Output {
  constructor(
    private readonly terminal: Terminal,
    readonly json: boolean,
  ) {}
  text(chunk: string): void {
    this.terminal.out.write(chunk);
  }
  print(value: unknown): void {
    this.text(`${JSON.stringify(value, null, 2)}\n`);
  }
  list<T>(rows: T[], columns: Column<T>[]): void {
    if (this.json) this.print(rows);
    else this.text(rows.length ? `${formatTable(rows, columns, process.stdout.columns || 160)}\n` : 'Nothing yet.\n');
  }
  one<T>(row: T, columns: Column<T>[]): void {
    if (this.json) this.print(row);
    else this.list([row], columns);
  }
  sources(sources: Array<{ url: string; title: string }>): void {
    if (sources.length) this.text(`\nSources:\n${sources.map((s) => `  ${s.title} — ${s.url}\n`).join('')}`);
  }
}

type Row<T extends (...args: never[]) => unknown> = Awaited<ReturnType<T>>;
type Chatbot = Row<Grivo['chatbots']['get']>;
type Contact = Row<Grivo['contacts']['get']>;
type Campaign = Row<Grivo['campaigns']['get']>;
type ContactImport = Row<Grivo['contacts']['imports']['get']>;

const CHATBOT_COLUMNS: Column<Chatbot>[] = [
  { heading: 'id', cell: (b) => b.id },
  { heading: 'status', cell: (b) => b.status },
  { heading: 'pages', cell: (b) => b.pages_trained },
  { heading: 'name', cell: (b) => b.name },
];
const CONTACT_COLUMNS: Column<Contact>[] = [
  { heading: 'id', cell: (c) => c.id },
  { heading: 'status', cell: (c) => c.status },
  { heading: 'email', cell: (c) => c.email },
  { heading: 'tags', cell: (c) => c.tags },
];
const CAMPAIGN_COLUMNS: Column<Campaign>[] = [
  { heading: 'id', cell: (c) => c.id },
  { heading: 'status', cell: (c) => c.status },
  { heading: 'sent', cell: (c) => (c.recipients === null ? '' : `${c.sent}/${c.recipients}`) },
  { heading: 'name', cell: (c) => c.name },
];
const IMPORT_COLUMNS: Column<ContactImport>[] = [
  { heading: 'id', cell: (i) => i.id },
  { heading: 'status', cell: (i) => i.status },
  { heading: 'created', cell: (i) => i.created },
  { heading: 'updated', cell: (i) => i.updated },
  { heading: 'skipped', cell: (i) => i.skipped },
  { heading: 'failed', cell: (i) => i.failed },
];
