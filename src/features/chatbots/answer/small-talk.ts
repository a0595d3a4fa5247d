// Greetings, thanks, goodbyes and "who are you?": messages that ask nothing
// of the website. They get a short reply of the bot's own, in the language
// they were written in, instead of a search that can only fail.

export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'identity';

// Per language and kind, the phrases that make up such a message, lower-case,
// without punctuation. A message is small talk when it is nothing but these
// (and fillers), e.g. "hi there, who are you?" or "thanks, bye!".
const LEXICON: Record<string, Partial<Record<SmallTalkKind, string[]>>> = {
  en: {
    greeting: [
      'hi',
      'hello',
      'hey',
      'hiya',
      'howdy',
      'yo',
      'greetings',
      'good morning',
      'good afternoon',
      'good evening',
      'hi there',
      'hello there',
      'hey there',
      'how are you',
      'how are you doing',
    ],
    thanks: [
      'thanks',
      'thank you',
      'thank you very much',
      'thanks a lot',
      'many thanks',
      'thx',
      'ty',
      'cheers',
      'great thanks',
      'ok thanks',
      'perfect thanks',
    ],
    goodbye: ['bye', 'goodbye', 'bye bye', 'see you', 'see ya', 'good night', 'have a nice day'],
    identity: [
      'who are you',
      'what are you',
      'are you a bot',
      'are you human',
      'are you a robot',
      'what is your name',
      'whats your name',
      'who am i talking to',
      'what can you do',
    ],
  },
  de: {
    greeting: [
      'hallo',
      'hi',
      'hey',
      'guten tag',
      'guten morgen',
      'guten abend',
      'servus',
      'moin',
      'grüß gott',
      'grüezi',
      'wie geht es dir',
      'wie geht es ihnen',
      'wie gehts',
    ],
    thanks: ['danke', 'danke schön', 'dankeschön', 'vielen dank', 'danke sehr', 'besten dank'],
    goodbye: ['tschüss', 'tschüs', 'auf wiedersehen', 'bis bald', 'ciao', 'schönen tag noch'],
    identity: [
      'wer bist du',
      'wer sind sie',
      'was bist du',
      'bist du ein bot',
      'bist du ein mensch',
      'wie heißt du',
      'was kannst du',
    ],
  },
  fr: {
    greeting: ['bonjour', 'salut', 'bonsoir', 'coucou', 'allo', 'comment ça va', 'comment allez vous', 'ça va'],
    thanks: ['merci', 'merci beaucoup', 'merci bien', 'je vous remercie'],
    goodbye: ['au revoir', 'à bientôt', 'bonne journée', 'bonne soirée', 'salut à plus', 'à plus'],
    identity: [
      'qui es tu',
      'qui êtes vous',
      'tu es un bot',
      'vous êtes un robot',
      'comment tu t appelles',
      'que peux tu faire',
    ],
  },
  es: {
    greeting: ['hola', 'buenos días', 'buenas tardes', 'buenas noches', 'buenas', 'qué tal', 'cómo estás', 'cómo está'],
    thanks: ['gracias', 'muchas gracias', 'mil gracias', 'te lo agradezco'],
    goodbye: ['adiós', 'hasta luego', 'hasta pronto', 'chao', 'nos vemos'],
    identity: [
      'quién eres',
      'quién es usted',
      'qué eres',
      'eres un bot',
      'eres humano',
      'cómo te llamas',
      'qué puedes hacer',
    ],
  },
  it: {
    greeting: ['ciao', 'salve', 'buongiorno', 'buonasera', 'come stai', 'come va'],
    thanks: ['grazie', 'grazie mille', 'molte grazie', 'ti ringrazio'],
    goodbye: ['arrivederci', 'a presto', 'ci vediamo', 'buona giornata'],
    identity: ['chi sei', 'chi è lei', 'cosa sei', 'sei un bot', 'come ti chiami', 'cosa sai fare'],
  },
  pt: {
    greeting: ['olá', 'oi', 'bom dia', 'boa tarde', 'boa noite', 'tudo bem', 'como vai'],
    thanks: ['obrigado', 'obrigada', 'muito obrigado', 'muito obrigada', 'valeu'],
    goodbye: ['tchau', 'adeus', 'até logo', 'até mais', 'até breve'],
    identity: ['quem é você', 'quem és tu', 'o que é você', 'você é um bot', 'como você se chama', 'o que você faz'],
  },
  nl: {
    greeting: ['hallo', 'hoi', 'hey', 'goedemorgen', 'goedemiddag', 'goedenavond', 'hoe gaat het'],
    thanks: ['dank je', 'dank je wel', 'dankjewel', 'bedankt', 'dank u', 'dank u wel'],
    goodbye: ['doei', 'dag', 'tot ziens', 'tot straks'],
    identity: ['wie ben jij', 'wie bent u', 'ben jij een bot', 'hoe heet je'],
  },
  ru: {
    greeting: ['привет', 'здравствуйте', 'здравствуй', 'добрый день', 'доброе утро', 'добрый вечер', 'как дела'],
    thanks: ['спасибо', 'большое спасибо', 'благодарю', 'спасибо большое'],
    goodbye: ['пока', 'до свидания', 'всего доброго', 'до встречи'],
    identity: ['кто ты', 'кто вы', 'ты бот', 'вы бот', 'как тебя зовут', 'что ты умеешь'],
  },
  el: {
    greeting: ['γεια', 'γεια σας', 'γεια σου', 'καλημέρα', 'καλησπέρα', 'χαίρετε', 'τι κάνεις', 'τι κάνετε'],
    thanks: ['ευχαριστώ', 'ευχαριστώ πολύ', 'σας ευχαριστώ', 'σε ευχαριστώ'],
    goodbye: ['αντίο', 'τα λέμε', 'καληνύχτα', 'γεια χαρά'],
    identity: ['ποιος είσαι', 'ποιος είστε', 'είσαι bot', 'είσαι ρομπότ', 'πώς σε λένε'],
  },
  tr: {
    greeting: ['merhaba', 'selam', 'günaydın', 'iyi günler', 'iyi akşamlar', 'nasılsın', 'nasılsınız'],
    thanks: ['teşekkürler', 'teşekkür ederim', 'sağ ol', 'sağol', 'çok teşekkürler', 'eyvallah'],
    goodbye: ['hoşça kal', 'hoşça kalın', 'görüşürüz', 'güle güle', 'iyi geceler'],
    identity: ['sen kimsin', 'siz kimsiniz', 'bot musun', 'adın ne', 'ne yapabilirsin'],
  },
  ar: {
    greeting: ['مرحبا', 'مرحبًا', 'أهلا', 'اهلا', 'السلام عليكم', 'صباح الخير', 'مساء الخير', 'كيف حالك', 'أهلا وسهلا'],
    thanks: ['شكرا', 'شكرًا', 'شكرا جزيلا', 'شكرًا جزيلًا', 'مشكور'],
    goodbye: ['مع السلامة', 'وداعا', 'إلى اللقاء', 'الى اللقاء'],
    identity: ['من أنت', 'من انت', 'هل أنت روبوت', 'ما اسمك', 'ماذا تستطيع أن تفعل'],
  },
  hi: {
    greeting: ['नमस्ते', 'नमस्कार', 'हैलो', 'हेलो', 'हाय', 'सुप्रभात', 'आप कैसे हैं', 'कैसे हो'],
    thanks: ['धन्यवाद', 'शुक्रिया', 'बहुत धन्यवाद', 'बहुत बहुत धन्यवाद', 'थैंक्स'],
    goodbye: ['अलविदा', 'फिर मिलेंगे', 'बाय'],
    identity: ['आप कौन हैं', 'तुम कौन हो', 'क्या आप बॉट हैं', 'आपका नाम क्या है'],
  },
  ja: {
    greeting: ['こんにちは', 'こんばんは', 'おはよう', 'おはようございます', 'はじめまして', 'やあ', 'どうも'],
    thanks: ['ありがとう', 'ありがとうございます', 'ありがとうございました', 'どうもありがとう', 'サンキュー'],
    goodbye: ['さようなら', 'またね', 'では また', 'バイバイ', 'おやすみなさい'],
    identity: ['あなたは誰', 'あなたは誰ですか', 'あなたはだれですか', '誰ですか', 'ボットですか', 'お名前は'],
  },
  zh: {
    greeting: ['你好', '您好', '嗨', '哈喽', '早上好', '晚上好', '下午好', '大家好', '你好吗'],
    thanks: ['谢谢', '谢谢你', '谢谢您', '多谢', '非常感谢', '感谢'],
    goodbye: ['再见', '拜拜', '回头见', '晚安'],
    identity: ['你是谁', '您是谁', '你是机器人吗', '你叫什么名字', '你能做什么'],
  },
  th: {
    greeting: ['สวัสดี', 'สวัสดีครับ', 'สวัสดีค่ะ', 'หวัดดี', 'ดีครับ', 'ดีค่ะ'],
    thanks: ['ขอบคุณ', 'ขอบคุณครับ', 'ขอบคุณค่ะ', 'ขอบคุณมาก', 'ขอบใจ'],
    goodbye: ['ลาก่อน', 'บาย', 'แล้วพบกันใหม่'],
    identity: ['คุณคือใคร', 'คุณเป็นใคร', 'คุณเป็นบอทไหม', 'คุณชื่ออะไร'],
  },
  ko: {
    greeting: ['안녕', '안녕하세요', '안녕하십니까', '반가워요', '반갑습니다', '하이'],
    thanks: ['감사합니다', '감사해요', '고맙습니다', '고마워요', '고마워'],
    goodbye: ['안녕히 계세요', '안녕히 가세요', '잘 있어요', '다음에 봐요', '바이'],
    identity: ['누구세요', '너는 누구야', '당신은 누구세요', '봇이에요', '이름이 뭐예요'],
  },
  vi: {
    greeting: ['xin chào', 'chào', 'chào bạn', 'chào shop', 'alo', 'chào buổi sáng', 'bạn khỏe không'],
    thanks: ['cảm ơn', 'cám ơn', 'cảm ơn bạn', 'cảm ơn nhiều', 'cảm ơn nhé'],
    goodbye: ['tạm biệt', 'hẹn gặp lại', 'chào nhé'],
    identity: ['bạn là ai', 'bạn là bot à', 'bạn là robot à', 'bạn tên gì'],
  },
  pl: {
    greeting: ['cześć', 'dzień dobry', 'witam', 'witaj', 'siema', 'dobry wieczór', 'jak się masz'],
    thanks: ['dziękuję', 'dziękuje', 'dzięki', 'dziękuję bardzo', 'bardzo dziękuję', 'wielkie dzięki'],
    goodbye: ['do widzenia', 'na razie', 'do zobaczenia', 'miłego dnia'],
    identity: ['kim jesteś', 'kim pan jest', 'czy jesteś botem', 'jesteś botem', 'jak się nazywasz', 'co potrafisz'],
  },
};

// Words that may ride along: "hi there", "thanks so much", "hello bot".
const FILLERS = new Set([
  'there',
  'so',
  'much',
  'again',
  'bot',
  'chatbot',
  'everyone',
  'all',
  'folks',
  'a',
  'lot',
  'very',
  'ok',
  'okay',
  'oh',
  'and',
]);
const NOT_WORDS = /[^\p{L}\p{M}\p{N}]+/gu;

interface Entry {
  words: string[];
  kind: SmallTalkKind;
  language: string;
}
const ENTRIES: Entry[] = Object.entries(LEXICON)
  .flatMap(([language, kinds]) =>
    Object.entries(kinds).flatMap(([kind, phrases]) =>
      phrases.map((p) => ({ words: words(p), kind: kind as SmallTalkKind, language })),
    ),
  )
  // Longest phrases first, so "thank you very much" wins over "thank you".
  .sort((a, b) => b.words.join('').length - a.words.join('').length);

/** What small talk a message is, and in which language; null when it asks something else. */
export function smallTalk(message: string, botName = ''): { kinds: SmallTalkKind[]; language: string } | null {
  const name = new Set(words(botName));
  let rest = words(message).filter((w) => !name.has(w));
  if (rest.length === 0 || rest.join('').length > 60) return null;
  const kinds: SmallTalkKind[] = [];
  let language: string | null = null;
  while (rest.length > 0) {
    if (FILLERS.has(rest[0]!)) {
      rest = rest.slice(1);
      continue;
    }
    const entry = ENTRIES.find((e) => startsWith(rest, e.words));
    if (!entry) return null;
    if (!kinds.includes(entry.kind)) kinds.push(entry.kind);
    language ??= entry.language;
    rest = consume(rest, entry.words);
  }
  return language ? { kinds, language } : null;
}

function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORDS, ' ').trim().split(/\s+/).filter(Boolean);
}

// Scripts without spaces put a whole message in one "word": match phrases as prefixes of the letters.
function startsWith(rest: string[], phrase: string[]): boolean {
  if (phrase.every((w, i) => rest[i] === w)) return true;
  return (
    /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u.test(phrase.join('')) &&
    rest.join('').startsWith(phrase.join(''))
  );
}

function consume(rest: string[], phrase: string[]): string[] {
  if (phrase.every((w, i) => rest[i] === w)) return rest.slice(phrase.length);
  const remaining = rest.join('').slice(phrase.join('').length);
  return remaining === '' ? [] : [remaining];
}
