import { fold } from '../../../lib/text-analysis/normalize.js';

// What kind of thing a question asks for, when its words say so plainly,
// and how that kind of answer looks in a page: a phone number, an email
// address, a price, a time of day. Classic question answering's answer types
// (the TREC QA systems): "What's your phone number?" is answered by the
// section holding a phone number, not by the one that says "the number 33
// bus". Cue words per language, lower-case; `*` marks a prefix
// ("telefon*" for "Telefonnummer"), `_` joins the words of a phrase
// ("how_much"); words of spaceless scripts match anywhere in the question.
const TYPES: { name: string; cues: string; looksLike: RegExp }[] = [
  {
    name: 'phone',
    cues:
      'phone* telephone* tel call landline whatsapp telefon* anrufen téléphone* appeler ' +
      'teléfono* llamar telefono* chiamare telefone* telefoon* bellen телефон* позвонить звонить ' +
      'τηλέφωνο* τηλεφων* هاتف* اتصال تلفون فोन फ़ोन 電話 电话 โทร',
    looksLike: /(?:\+|\b)\d(?:[\s().-]?\d){6,}\b/u,
  },
  {
    name: 'email',
    cues: 'email* e-mail* mail courriel correo* posta* почт* ईमेल इमेल بريد ایمیل メール 邮件 邮箱 電郵 อีเมล',
    looksLike: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u,
  },
  {
    name: 'price',
    cues:
      'how_much wie_viel wieviel combien cuánto cuánta quanto quanta hoeveel сколько πόσο πόσα kaç كم कितना कितने कितनी ' +
      'price* cost* fee* fees expensive cheap* kost* preis* gebühr* prix tarif* coût* coute* coûte* cher ' +
      'precio* cuesta* cuestan coste tarifa* prezz* costa costano custa custam preço* prijs* стоит стоят цен* ' +
      'стоимост* τιμή τιμές κοστίζει κοστίζουν fiyat* ücret* tutar سعر تكلفة كلفة कीमत दाम शुल्क いくら 値段 料金 価格 ' +
      '多少钱 价格 价钱 费用 ราคา เท่าไร เท่าไหร่',
    looksLike:
      /[$€£¥₹₽฿₺]\s?\d|\d(?:[.,]\d+)?\s?(?:€|\$|£|₹|₽|₺|฿|元|円|eur\b|euro|usd\b|gbp\b|chf\b|kr\b|zł|руб|tl\b|lira|บาท|रुपये|جنيه|ريال|درهم)/iu,
  },
  {
    name: 'time',
    // Opening hours, not "when" in general: "when was this added" wants a
    // date or a version, and "3.11" is no time of day.
    cues:
      'hours open opening close closing geöffnet öffnungszeit* offen schließ* horaires ouvert* ferm* ' +
      'horario* abierto* abre cierra orari* aperto apre chiude horário* aberto fecha ' +
      'openingstijd* geopend часы открыт* работает закрыт* ωράριο ανοιχτ* ανοίγ* κλείν* ' +
      'açık kapalı مواعيد مفتوح खुल* बंद 営業 何時 营业 几点 เปิด ปิด',
    looksLike: /\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?(?:am|pm|uhr)\b|\d{1,2}\s?[時点]|\d{1,2}\s?โมง/iu,
  },
];

const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
const WORD = /[\p{L}\p{M}-]+/gu;

interface Cues {
  exact: Set<string>;
  phrases: string[];
  prefixes: string[];
  spaceless: string[];
}

const cues: Map<string, Cues> = new Map(
  TYPES.map(({ name, cues: words }) => {
    const list = words.split(' ').filter(Boolean);
    const latin = list.filter((w) => !SPACELESS.test(w)).map((w) => fold(w.toLowerCase()));
    return [
      name,
      {
        exact: new Set(latin.filter((w) => !w.endsWith('*') && !w.includes('_'))),
        phrases: latin.filter((w) => w.includes('_')).map((w) => ` ${w.replaceAll('_', ' ')} `),
        prefixes: latin.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
        spaceless: list.filter((w) => SPACELESS.test(w)),
      },
    ];
  }),
);

/** An answer type a question asks for: the test of whether a text holds such an answer. */
export interface AnswerType {
  name: string;
  looksLike: RegExp;
}

/** The answer types a question asks for, by its cue words (usually none). */
export function answerTypes(question: string): AnswerType[] {
  const lower = question.normalize('NFKC').toLowerCase();
  const words = (lower.match(WORD) ?? []).map((w) => fold(w));
  const spaced = ` ${words.join(' ')} `;
  return TYPES.filter(({ name }) => {
    const { exact, phrases, prefixes, spaceless } = cues.get(name)!;
    return (
      words.some((w) => exact.has(w) || prefixes.some((p) => w.startsWith(p))) ||
      phrases.some((phrase) => spaced.includes(phrase)) ||
      spaceless.some((cue) => lower.includes(cue))
    );
  }).map(({ name, looksLike }) => ({ name, looksLike }));
}

/** Whether a section's text holds an answer of one of the types asked for. */
export function holdsAnswerType(types: readonly AnswerType[], text: string): boolean {
  return types.some((t) => t.looksLike.test(text));
}
