import { analyze } from '../../../lib/text-analysis/analyzer.js';
import { fold } from '../../../lib/text-analysis/normalize.js';

// What kind of thing a question asks for, when its words say so plainly,
// and how that kind of answer looks in a page: a phone number, an email
// address, a price, a time of day. Classic question answering's answer types
// (the TREC QA systems): "What's your phone number?" is answered by the
// section holding a phone number, not by the one that says "the number 33
// bus". Cue words per language, lower-case; `*` marks a prefix
// ("telefon*" for "Telefonnummer"), `_` joins the words of a phrase
// ("how_much"); words of spaceless scripts match anywhere in the question.
// A type may also name, per language, the words its answer stands under,
// searched for as if the visitor had typed them: "Where are you located?"
// shares no word with "Our address: 42 Canal Street".
const PHONE = /(?:\+|\b)\d(?:[\s().-]?\d){6,}\b/u;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

// A phone number or an email address stands on the contact page, which need not
// name it ("Ring reception on 01632 960 123"): those are searched for too.
const CONTACT_WORDS: Record<string, string> = {
  en: 'contact phone email',
  de: 'Kontakt Telefon E-Mail',
  fr: 'contact téléphone e-mail',
  es: 'contacto teléfono correo',
  it: 'contatti telefono email',
  pt: 'contato telefone e-mail',
  nl: 'contact telefoon e-mail',
  ru: 'контакты телефон почта',
  el: 'επικοινωνία τηλέφωνο',
  tr: 'iletişim telefon e-posta',
  ar: 'اتصال هاتف بريد',
  hi: 'संपर्क फ़ोन ईमेल',
  ja: '連絡 電話 メール',
  zh: '联系 电话 邮箱',
  th: 'ติดต่อ โทร อีเมล',
  ka: 'კონტაქტი ტელეფონი ელფოსტა',
};

// `kind`: words that, beside the cues, only say what kind of answer is wanted
// ("number" in "What's your phone number?") without asking for one by themselves.
const TYPES: (AnswerType & { cues: string; kind?: string; notWith?: string })[] = [
  {
    name: 'phone',
    kind: 'number nummer numéro número numero numer номер номера αριθμό αριθμός numara رقم नंबर 番号 号码 เบอร์ ნომერი',
    cues:
      'phone* telephone* tel call landline whatsapp telefon* anrufen téléphone* appeler ' +
      'teléfono* llamar telefono* chiamare telefone* telefoon* bellen телефон* позвонить звонить ' +
      'τηλέφωνο* τηλεφων* هاتف* اتصال تلفون فोन फ़ोन 電話 电话 โทร ტელეფონ* დარეკ*',
    looksLike: [PHONE],
    searchFor: CONTACT_WORDS,
  },
  {
    name: 'email',
    kind: 'address adresse adres dirección direccion indirizzo endereço endereco адрес adresa adresi',
    cues: 'email* e-mail* mail courriel correo* posta* почт* ईमेल इमेल بريد ایمیل メール 邮件 邮箱 電郵 อีเมล ელფოსტ* იმეილ*',
    looksLike: [EMAIL],
    searchFor: CONTACT_WORDS,
  },
  {
    name: 'contact',
    // A way to reach the business at all: the page with its phone number or email address.
    cues:
      'get_in_touch contact_you contact_us reach_you reach_us talk_to_someone speak_to_someone ' +
      'talk_to_a_person speak_to_a_person kontaktieren erreiche_ich erreichen_wir erreiche_euch kontakt_aufnehmen ' +
      'vous_joindre vous_contacter contactarlos contactaros contactar_con_ustedes contattarvi contattare ' +
      'entrar_em_contato contatar contact_opnemen связаться связаться_с_вами επικοινωνησω να_επικοινωνησω ' +
      'iletisime_gec ulasabilirim تواصل التواصل संपर्क 連絡 联系你们 联系客服 ติดต่อ',
    looksLike: [PHONE, EMAIL],
    searchFor: CONTACT_WORDS,
  },
  {
    name: 'price',
    cues:
      'how_much wie_viel wieviel combien cuánto cuánta quanto quanta hoeveel сколько πόσο πόσα kaç كم कितना कितने कितनी ' +
      'price* cost* fee* fees expensive cheap* kost* preis* gebühr* prix tarif* coût* coute* coûte* cher ' +
      'precio* cuesta* cuestan coste tarifa* prezz* costa costano custa custam preço* prijs* стоит стоят цен* ' +
      'стоимост* τιμή τιμές κοστίζει κοστίζουν fiyat* ücret* tutar سعر تكلفة كلفة कीमत दाम शुल्क いくら 値段 料金 価格 ' +
      '多少钱 价格 价钱 费用 ราคา เท่าไร เท่าไหร่ ფას* ღირ* რამდენი',
    looksLike: [
      /[$€£¥₹₽฿₺]\s?\d|\d(?:[.,]\d+)?\s?(?:€|\$|£|₹|₽|₺|฿|元|円|eur\b|euro|usd\b|gbp\b|chf\b|kr\b|zł|руб|tl\b|lira|บาท|रुपये|جنيه|ريال|درهم)/iu,
    ],
  },
  {
    name: 'time',
    // Opening hours, not "when" in general: "when was this added" wants a
    // date or a version, and "3.11" is no time of day; but "at/until what
    // time" asks for one ("bis wann habt ihr samstags auf?").
    cues:
      'hours open opening close closing geöffnet öffnungszeit* offen schließ* horaires ouvert* ferm* ' +
      'what_time until_when till_when bis_wann ab_wann wie_spät um_wie_viel_uhr quelle_heure qué_hora ' +
      'che_ora que_horas hoe_laat до_скольки во_сколько do_której o_której saat_kaçta kaça_kadar ' +
      'horario* abierto* abre cierra orari* aperto apre chiude horário* aberto fecha ' +
      'openingstijd* geopend часы открыт* работает закрыт* ωράριο ανοιχτ* ανοίγ* κλείν* ' +
      'açık kapalı مواعيد مفتوح खुल* बंद 営業 何時 营业 几点 เปิด ปิด ღია დახურ* საათ*',
    looksLike: [/\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}\s?(?:am|pm|uhr)\b|\d{1,2}\s?[時点]|\d{1,2}\s?โมง/iu],
  },
  {
    name: 'address',
    // Where the business is, not where a file is ("where is the config file located").
    cues:
      'address where_are_you where_is_your_shop where_is_your_store where_is_your_office your_location ' +
      'find_you get_to_you adresse anschrift anfahrt wo_seid_ihr wo_sind_sie wo_finde_ich_euch wo_finde_ich_sie ' +
      'ou_etes_vous ou_vous_trouvez direccion donde_estan donde_estais donde_se_encuentran indirizzo dove_siete ' +
      'dove_vi_trovate endereco onde_ficam onde_voces_estao adres waar_zijn_jullie waar_zitten_jullie ' +
      'waar_vind_ik_jullie адрес где_вы διευθυνση που_βρισκεστε που_ειστε adresiniz neredesiniz nerdesiniz ' +
      'عنوان عنوانكم 住所 所在地 地址 你们在哪 店在哪 ที่อยู่ ที่ตั้ง მისამართ*',
    // "email address" asks for the email.
    notWith: 'email',
    looksLike: [
      // 42 Canal Street, 4 Kirkstall Road, 12 rue de la Paix: names capitalized, so "3.11 changed the way" is none
      /\b\d{1,5}[A-Za-z]?,?\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Place|Square|Boulevard|Blvd|Terrace|Close|Court|Crescent|Parade|Row)(?![\p{L}\p{N}])/u,
      /\b\d{1,5}(?:\s?bis|\s?ter)?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Pp]lace|[Cc]hemin|[Qq]uai|[Ii]mpasse|[Aa]llée)\s+(?:(?:de|du|des|la|le|l['’])\s*)*\p{Lu}/u,
      // Hauptstraße 5, Kerkstraat 12, Storgatan 3
      /\p{L}+(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|straat|laan|plein|gracht|gatan|gade|vej|vägen|veien|katu)\s+\d{1,4}/iu,
      // Calle Mayor 5, Via Roma 10, Rua Augusta, 100, ул. Ленина, 5, Οδός Ερμού 12, Atatürk Caddesi No: 12
      /(?<![\p{L}\p{N}])(?:calle|avenida|avda\.|plaza|paseo|carrer|via|viale|piazza|corso|largo|rua|travessa|praça|alameda|ул\.|улица|проспект|пр\.|переулок|пер\.|бульвар|шоссе|οδός|οδού|λεωφόρος|πλατεία)\s+[^\n,;]{2,40}?,?\s+(?:n[º°o.]?\s*|д\.\s*)?\d{1,5}\b/iu,
      /(?:caddesi|cad\.|sokak|sokağı|sk\.|bulvarı|mahallesi|mah\.)\s*(?:no\s*[:.]?\s*)?\d{1,4}/iu,
      // Postcodes: LS3 1JL, CA 94105, 10115 Berlin
      /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\b\d{5}\s+\p{Lu}\p{Ll}{2,}/u,
      // شارع, 渋谷区神南1-2-3, 建国路88号, ถนนสุขุมวิท
      /(?:شارع|طريق)\s+\S|[都道府県市区町村]\S{0,15}?\d{1,4}(?:[-−‐－]\d{1,4}){1,2}|\d+丁目|[路街道巷弄]\s*\d+\s*号|(?:ถนน|ซอย)\S/u,
    ],
    searchFor: {
      en: 'address street road',
      de: 'Adresse Straße Anfahrt',
      fr: 'adresse rue',
      es: 'dirección calle',
      it: 'indirizzo',
      pt: 'endereço rua',
      nl: 'adres straat',
      ru: 'адрес улица',
      el: 'διεύθυνση οδός',
      tr: 'adres cadde sokak',
      ar: 'عنوان شارع',
      ja: '住所',
      zh: '地址',
      th: 'ที่อยู่ ถนน',
      ka: 'მისამართი ქუჩა',
    },
  },
];

const SPACELESS = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
// Cues that also name a thing a page may be about ("back up my WhatsApp chats"):
// they ask for a kind of answer, but never name only that (namesTopic).
const TOPICAL_CUES = new Set(['whatsapp']);
const WORD = /[\p{L}\p{M}-]+/gu;

interface Cues {
  kind: Set<string>;
  exact: Set<string>;
  phrases: string[];
  prefixes: string[];
  spaceless: string[];
}

const cues: Map<string, Cues> = new Map(
  TYPES.map(({ name, cues: words, kind }) => {
    const list = words.split(' ').filter(Boolean);
    const latin = list.filter((w) => !SPACELESS.test(w)).map((w) => fold(w.toLowerCase()));
    return [
      name,
      {
        kind: new Set(
          (kind ?? '')
            .split(' ')
            .filter(Boolean)
            .map((w) => fold(w.toLowerCase())),
        ),
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
  looksLike: RegExp[];
  /** Per language, the words such an answer stands under in a page. */
  searchFor?: Record<string, string>;
}

/** The answer types a question asks for, by its cue words (usually none). */
export function answerTypes(question: string): AnswerType[] {
  const lower = question.normalize('NFKC').toLowerCase();
  const words = (lower.match(WORD) ?? []).map((w) => fold(w));
  const spaced = ` ${words.join(' ')} `;
  const asked = TYPES.filter(({ name }) => {
    const { exact, phrases, prefixes, spaceless } = cues.get(name)!;
    return (
      words.some((w) => exact.has(w) || prefixes.some((p) => w.startsWith(p))) ||
      phrases.some((phrase) => spaced.includes(phrase)) ||
      spaceless.some((cue) => lower.includes(cue))
    );
  });
  return asked.filter((t) => !t.notWith || !asked.some((other) => other.name === t.notWith));
}

/**
 * The question's words that only name the kind of answer it asks for ("phone"
 * and "number" in "What's your phone number?"): where the index holds none of
 * them (a contact page's "Ring reception on 01632 960 123"), the pattern of
 * the answer stands in for them, and they are no evidence that the site
 * cannot answer.
 */
export function kindWords(types: readonly AnswerType[], question: string): string[] {
  if (types.length === 0) return [];
  const lower = question.normalize('NFKC').toLowerCase();
  const words = (lower.match(WORD) ?? []).map((w) => fold(w));
  return types.flatMap(({ name }) => {
    const { kind, exact, prefixes, spaceless } = cues.get(name)!;
    return [
      ...words.filter((w) => kind.has(w) || exact.has(w) || prefixes.some((p) => w.startsWith(p))),
      ...spaceless.filter((cue) => lower.includes(cue)),
    ];
  });
}

/** Whether a word of a question that asks for a kind of answer may also be what it is about ("whatsapp"). */
export function namesTopic(term: string): boolean {
  return TOPICAL_CUES.has(term);
}

/** Whether an analyzed term of a question only names one of these kinds of answer ("cost" of a price, "phone"). */
export function namesKind(types: readonly AnswerType[], term: string): boolean {
  if (namesTopic(term)) return false;
  return types.some(({ name }) => {
    const { kind, exact, prefixes } = cues.get(name)!;
    return kind.has(term) || exact.has(term) || prefixes.some((p) => term.startsWith(p) || p.startsWith(term));
  });
}

/** Whether an analyzed term is one of the words that, beside a type's cues, only say what kind of answer is wanted ("number"). */
export function onlyNamesKind(type: AnswerType, term: string): boolean {
  return cues.get(type.name)!.kind.has(term);
}

/** The analyzed terms the answers of these types stand under in `language`, searched for with the question's own. */
export function answerTypeTerms(types: readonly AnswerType[], language: string): string[] {
  return types.flatMap((t) => analyze(t.searchFor?.[language] ?? '', language));
}

/** Whether a section's text holds an answer of one of the types asked for. */
export function holdsAnswerType(types: readonly AnswerType[], text: string): boolean {
  return types.some((t) => t.looksLike.some((pattern) => pattern.test(text)));
}

/** Whether a text holds an answer of any type: a phone number, an email or street address, a price, a time of day. */
export function holdsAnyAnswerType(text: string): boolean {
  return holdsAnswerType(TYPES, text);
}
