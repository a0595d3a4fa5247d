import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn } from '../../../../test/helpers/site.js';

/** The first page the search ranks for a query, on a chatbot trained on these pages for the describe block's tests. */
function searchedOn(dialect: (typeof DIALECTS)[number], pages: Record<string, string>) {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, pages);
  });
  afterAll(() => trained.close());
  return (query: string) => firstSearchPage(trained, query);
}

const german = (title: string, text: string) => pageIn('de', title, `<h1>${title}</h1><p>${text}</p>`);
// A German shop: its compounds are not the visitor's words.
const SITE = {
  '/': german(
    'Radhaus',
    '<a href="/anfahrt">Anfahrt</a> <a href="/zubehoer">Zubehör</a> <a href="/werkstatt">Werkstatt</a>',
  ),
  '/anfahrt': german(
    'Anfahrt',
    'Im Hof hinter dem Laden gibt es sechs Kundenparkplätze. Der Bus 33 aus der Stadt hält direkt vor der Tür.',
  ),
  '/zubehoer': german(
    'Zubehör',
    'Wir führen Lampen für jedes Fahrrad, Schlösser, Pumpen und Klingeln. Alles montieren wir kostenlos.',
  ),
  '/werkstatt': german(
    'Werkstatt',
    'Unsere Werkstatt repariert Räder aller Marken. Einen Reparaturtermin bekommen Sie telefonisch oder im Laden.',
  ),
};

describe.each(DIALECTS)('German compounds on %s', (dialect) => {
  const firstPage = searchedOn(dialect, SITE);

  it('finds a word inside the pages’ compounds', async () => {
    expect(await firstPage('Gibt es Parkplätze?')).toBe('/anfahrt');
    expect(await firstPage('Termin?')).toBe('/werkstatt');
  });

  it('finds a compound’s parts in the pages', async () => {
    expect(await firstPage('Verkauft ihr Fahrradlampen?')).toBe('/zubehoer');
    expect(await firstPage('Welcher Stadtbus fährt zu euch?')).toBe('/anfahrt');
  });
});

const hungarian = (title: string, text: string) => pageIn('hu', title, `<h1>${title}</h1><p>${text}</p>`);
// Hungarian joins words as German does (bringaszerelő: bike mechanic).
const HUNGARIAN_SITE = {
  '/': hungarian('Bringaház', '<a href="/allas">Állás</a> <a href="/gyorsjavitas">Gyorsjavítás</a>'),
  '/allas': hungarian('Állás', 'Tapasztalt bringaszerelőt keresünk a műhelybe, teljes munkaidőre.'),
  '/gyorsjavitas': hungarian('Gyorsjavítás', 'A defektes gumit tíz perc alatt megjavítjuk, amíg vár.'),
};

describe.each(DIALECTS)('Hungarian compounds on %s', (dialect) => {
  const firstPage = searchedOn(dialect, HUNGARIAN_SITE);

  it('finds a word inside the pages’ compounds', async () => {
    expect(await firstPage('Van munka szerelőknek?')).toBe('/allas');
  });
});

const czech = (title: string, text: string) => pageIn('cs', title, `<h1>${title}</h1><p>${text}</p>`);
// Czech's light stemmer keeps a verb's person and aspect: půjčujeme (we lend) is
// pujcujm, půjčíte (will you lend) pujcit, which no typo's one edit reaches.
const CZECH_SITE = {
  '/': czech('Kolárna', '<a href="/servis">Servis</a> <a href="/pujcovna">Půjčovna</a>'),
  '/servis': czech('Servis', 'Opravujeme elektrokola všech značek; elektrokola s baterií do druhého dne.'),
  '/pujcovna': czech('Půjčovna', 'Půjčujeme elektrokola na celý den i na víkend.'),
};

describe.each(DIALECTS)('Czech verbs on %s', (dialect) => {
  const firstPage = searchedOn(dialect, CZECH_SITE);

  it('meets the shop’s “we lend” with the visitor’s “will you lend”', async () => {
    expect(await firstPage('Půjčíte elektrokola?')).toBe('/pujcovna');
  });
});
