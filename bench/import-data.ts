// The contacts CSV of `npm run bench:import`: deterministic (seeded), written
// to a file a few thousand rows at a time, never held whole in memory.
//
// Columns: email, first_name, last_name, phone, tags, company, city — the
// last two are not contact fields, so Grivo keeps them as attributes. Every
// 50th row is bad (2 %, spread evenly), alternately an invalid email address
// and a row with one extra, non-empty field (which Grivo reports as
// misaligned; trailing empty fields would be tolerated).
import fs from 'node:fs';
import { once } from 'node:events';

export const HEADER = ['email', 'first_name', 'last_name', 'phone', 'tags', 'company', 'city'] as const;

/** Row i (0-based) is bad when i % BAD_EVERY === BAD_EVERY - 1. */
const BAD_EVERY = 50;

const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Christopher',
  'Nancy',
  'Daniel',
  'Lisa',
  'Matthew',
  'Betty',
  'Anthony',
  'Margaret',
  'Mark',
  'Sandra',
  'Sofía',
  'Lucas',
  'Amélie',
  'Jonas',
  'Chloé',
  'Mateo',
  'Zoë',
  'Noah',
  'Léa',
  'Liam',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  'Ramirez',
  'Lewis',
  'Robinson',
  "O'Brien",
  'Müller',
  'Dubois',
  'Rossi',
  'Novak',
  'Kowalski',
  'Jensen',
  'Nakamura',
  'Silva',
  'Van der Berg',
];
const DOMAINS = [
  'example.com',
  'example-domain.com',
  'mail.example.org',
  'acme-corp.example',
  'globex.example',
  'initech.example',
  'example.net',
  'contoso.example',
  'fabrikam.example',
  'northwind.example',
];
const TAGS = ['customer', 'newsletter', 'vip', 'trial', 'lead', 'partner', 'webinar-2024', 'churned'];
const COMPANIES = [
  'Acme, Inc.',
  'Globex Corporation',
  'Initech',
  'Umbrella Corp',
  'Stark Industries',
  'Wayne Enterprises',
  'Wonka Industries',
  'Soylent "Green" Co',
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Dunder Mifflin, Scranton',
  'Tyrell Corp',
  'Cyberdyne Systems',
  'Oceanic Airlines',
  'Gringotts',
  '',
  '',
];
const CITIES = [
  'New York',
  'Los Angeles',
  'Chicago',
  'Houston',
  'Phoenix',
  'Washington, D.C.',
  'San Francisco',
  'London',
  'Paris',
  'Berlin',
  'Zürich',
  'São Paulo',
  'Toronto',
  'Sydney',
  'Tokyo',
  'Portland, OR',
  '',
];
/** Invalid addresses Grivo refuses (none has an `@`, which is how the baseline tells them apart). */
export const BAD_EMAILS = ['not-an-email', 'john.smith.example.com', 'jane(at)example.com', 'mailto-me'];

/** mulberry32: a tiny, fast, seedable PRNG; the same seed gives the same file. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NEEDS_QUOTES = /[",\r\n]/;
function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface GeneratedCsv {
  /** The file the endpoint imports. */
  file: string;
  bytes: number;
  /** Data rows (header not counted). */
  rows: number;
  /** Rows Grivo should store: `rows` less the bad ones. */
  goodRows: number;
  badEmailRows: number;
  extraFieldRows: number;
  /** The same file without its bad rows (for COPY, which refuses a row with an extra field), when asked for. */
  goodFile?: { file: string; bytes: number };
}

/**
 * Writes `rows` data rows (plus the header) to `file`; with `goodFile`, also
 * the same rows without the bad ones to that file, in the same pass.
 */
export async function generateCsv(
  file: string,
  rows: number,
  options: { seed?: number; goodFile?: string } = {},
): Promise<GeneratedCsv> {
  const random = prng(options.seed ?? 20_240_601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const digits = (n: number) => String(Math.floor(random() * 10 ** n)).padStart(n, '0');

  const out = fs.createWriteStream(file);
  const good = options.goodFile ? fs.createWriteStream(options.goodFile) : undefined;
  const header = `${HEADER.join(',')}\r\n`;
  let all = header;
  let clean = header;
  let badEmailRows = 0;
  let extraFieldRows = 0;

  const flush = async () => {
    const waits: Promise<unknown>[] = [];
    if (!out.write(all)) waits.push(once(out, 'drain'));
    if (good && !good.write(clean)) waits.push(once(good, 'drain'));
    all = clean = '';
    await Promise.all(waits);
  };

  for (let i = 0; i < rows; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const local = `${first}.${last}`
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z.]/g, '');
    // The row number makes every address unique.
    let email = `${local}${i}@${pick(DOMAINS)}`;
    const phone = random() < 0.15 ? '' : `+1 555-${digits(3)}-${digits(4)}`;
    const tagCount = Math.floor(random() * 4); // 0–3, so a quarter of rows have none
    const tags = new Set<string>();
    for (let t = 0; t < tagCount; t++) tags.add(pick(TAGS));
    const fields = [email, first, last, phone, [...tags].join(';'), pick(COMPANIES), pick(CITIES)];

    const bad = i % BAD_EVERY === BAD_EVERY - 1;
    if (bad && Math.floor(i / BAD_EVERY) % 2 === 0) {
      email = pick(BAD_EMAILS);
      fields[0] = email;
      badEmailRows++;
    } else if (bad) {
      fields.push(`extra ${digits(3)}`);
      extraFieldRows++;
    }
    const line = `${fields.map(csvField).join(',')}\r\n`;
    all += line;
    if (!bad) clean += line;
    if (all.length >= 256 * 1024) await flush();
  }
  await flush();
  out.end();
  good?.end();
  await Promise.all([once(out, 'close'), good ? once(good, 'close') : undefined]);

  return {
    file,
    bytes: fs.statSync(file).size,
    rows,
    goodRows: rows - badEmailRows - extraFieldRows,
    badEmailRows,
    extraFieldRows,
    ...(options.goodFile ? { goodFile: { file: options.goodFile, bytes: fs.statSync(options.goodFile).size } } : {}),
  };
}
