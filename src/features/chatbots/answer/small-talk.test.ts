import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../lib/text-analysis/languages.js';
import { notFoundMessage } from './not-found.js';
import { smallTalk } from './small-talk.js';
import { smallTalkPhrase } from './small-talk-replies.js';

describe('smallTalk', () => {
  it('recognizes greetings, thanks, goodbyes and "who are you" in many languages', () => {
    expect(smallTalk('hi')).toEqual({ kinds: ['greeting'], language: 'en' });
    expect(smallTalk('Hello there!')).toEqual({ kinds: ['greeting'], language: 'en' });
    expect(smallTalk('hi, who are you?')).toEqual({ kinds: ['greeting', 'identity'], language: 'en' });
    expect(smallTalk('Thanks a lot, bye!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'en' });
    expect(smallTalk('Hallo!')?.kinds).toEqual(['greeting']);
    expect(smallTalk('Vielen Dank')).toEqual({ kinds: ['thanks'], language: 'de' });
    expect(smallTalk('Bonjour')).toEqual({ kinds: ['greeting'], language: 'fr' });
    expect(smallTalk('¡Hola!')).toEqual({ kinds: ['greeting'], language: 'es' });
    expect(smallTalk('Спасибо!')).toEqual({ kinds: ['thanks'], language: 'ru' });
    expect(smallTalk('你好')).toEqual({ kinds: ['greeting'], language: 'zh' });
    expect(smallTalk('你好，你是谁？')).toEqual({ kinds: ['greeting', 'identity'], language: 'zh' });
    expect(smallTalk('ありがとうございます')).toEqual({ kinds: ['thanks'], language: 'ja' });
    expect(smallTalk('สวัสดีครับ')).toEqual({ kinds: ['greeting'], language: 'th' });
    expect(smallTalk('مرحبا')).toEqual({ kinds: ['greeting'], language: 'ar' });
    expect(smallTalk('안녕하세요, 누구세요?')).toEqual({ kinds: ['greeting', 'identity'], language: 'ko' });
    expect(smallTalk('Xin chào!')).toEqual({ kinds: ['greeting'], language: 'vi' });
    expect(smallTalk('cảm ơn nhiều')).toEqual({ kinds: ['thanks'], language: 'vi' });
    expect(smallTalk('Dzień dobry, kim jesteś?')).toEqual({ kinds: ['greeting', 'identity'], language: 'pl' });
    expect(smallTalk('dzięki, do widzenia')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'pl' });
    expect(smallTalk('Dobrý den, kdo jste?')).toEqual({ kinds: ['greeting', 'identity'], language: 'cs' });
    expect(smallTalk('Díky moc, na shledanou!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'cs' });
    expect(smallTalk('Dobrý deň, kto ste?')).toEqual({ kinds: ['greeting', 'identity'], language: 'sk' });
    expect(smallTalk('Ďakujem pekne, dovidenia!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sk' });
    expect(smallTalk('Bok, tko si ti?')).toEqual({ kinds: ['greeting', 'identity'], language: 'hr' });
    expect(smallTalk('Hvala lijepa, doviđenja!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'hr' });
    expect(smallTalk('Selam alejkum, ko ste vi?')).toEqual({ kinds: ['greeting', 'identity'], language: 'bs' });
    expect(smallTalk('Hvala mnogo, prijatno!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'bs' });
    expect(smallTalk('Živjo, kdo si?')).toEqual({ kinds: ['greeting', 'identity'], language: 'sl' });
    expect(smallTalk('Najlepša hvala, nasvidenje!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sl' });
    expect(smallTalk('Bon dia, qui ets?')).toEqual({ kinds: ['greeting', 'identity'], language: 'ca' });
    expect(smallTalk('Moltes gràcies, a reveure!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'ca' });
    expect(smallTalk('היי, מי אתה?')).toEqual({ kinds: ['greeting', 'identity'], language: 'he' });
    expect(smallTalk('תודה רבה, להתראות!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'he' });
    expect(smallTalk('سلام، شما کی هستید؟')).toEqual({ kinds: ['greeting', 'identity'], language: 'fa' });
    expect(smallTalk('خیلی ممنون، خداحافظ')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'fa' });
    expect(smallTalk('سپاس‌گزارم، خدانگهدار')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'fa' });
    expect(smallTalk('Привіт, хто ви?')).toEqual({ kinds: ['greeting', 'identity'], language: 'uk' });
    expect(smallTalk('Дуже дякую, до побачення!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'uk' });
    expect(smallTalk('Halo kak, kamu siapa?')).toEqual({ kinds: ['greeting', 'identity'], language: 'id' });
    expect(smallTalk('Makasih ya, sampai jumpa!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'id' });
    expect(smallTalk('Selamat pagi, siapa awak?')).toEqual({ kinds: ['greeting', 'identity'], language: 'id' });
    expect(smallTalk('Hej, vem är du?')).toEqual({ kinds: ['greeting', 'identity'], language: 'sv' });
    expect(smallTalk('Tack så mycket, hej då!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sv' });
    expect(smallTalk('Tusind tak, farvel!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'da' });
    expect(smallTalk('Halløj, hvem er du?')).toEqual({ kinds: ['greeting', 'identity'], language: 'da' });
    expect(smallTalk('Hei, hva heter du?')).toEqual({ kinds: ['greeting', 'identity'], language: 'no' });
    expect(smallTalk('Tusen takk, ha det bra!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'no' });
    expect(smallTalk('Moi, kuka olet?')).toEqual({ kinds: ['greeting', 'identity'], language: 'fi' });
    expect(smallTalk('Kiitti, moi moi!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'fi' });
    expect(smallTalk('Hyvää päivää, oletko botti?')).toEqual({ kinds: ['greeting', 'identity'], language: 'fi' });
    expect(smallTalk('Szia, ki vagy?')).toEqual({ kinds: ['greeting', 'identity'], language: 'hu' });
    expect(smallTalk('Köszönöm szépen, viszontlátásra!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'hu' });
    expect(smallTalk('Bună ziua, cine sunteți?')).toEqual({ kinds: ['greeting', 'identity'], language: 'ro' });
    expect(smallTalk('Multumesc mult, o zi buna!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'ro' });
    expect(smallTalk('Mulţumesc, la revedere!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'ro' });
    expect(smallTalk('Здравейте, кой сте вие?')).toEqual({ kinds: ['greeting', 'identity'], language: 'bg' });
    expect(smallTalk('Много благодаря, довиждане!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'bg' });
    expect(smallTalk('Здраво, ко сте ви?')).toEqual({ kinds: ['greeting', 'identity'], language: 'sr' });
    expect(smallTalk('Хвала лепо, довиђења!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sr' });
    expect(smallTalk('Hvala lepo, prijatno!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sr' });
    expect(smallTalk('Ola, quen es?')).toEqual({ kinds: ['greeting', 'identity'], language: 'gl' });
    expect(smallTalk('Moitas grazas, ata logo!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'gl' });
    expect(smallTalk('Tere, kes sa oled?')).toEqual({ kinds: ['greeting', 'identity'], language: 'et' });
    expect(smallTalk('Aitäh, head aega!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'et' });
    expect(smallTalk('Tere hommikust, kas sa oled bot?')).toEqual({ kinds: ['greeting', 'identity'], language: 'et' });
    expect(smallTalk('Labdien, kas jūs esat?')).toEqual({ kinds: ['greeting', 'identity'], language: 'lv' });
    expect(smallTalk('Liels paldies, uz redzesanos!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'lv' });
    expect(smallTalk('Goeie môre, wie is jy?')).toEqual({ kinds: ['greeting', 'identity'], language: 'af' });
    expect(smallTalk('Baie dankie, totsiens!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'af' });
    expect(smallTalk('Habari, wewe ni nani?')).toEqual({ kinds: ['greeting', 'identity'], language: 'sw' });
    expect(smallTalk('Asante sana, kwaheri!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sw' });
    expect(smallTalk('Kumusta po, sino po kayo?')).toEqual({ kinds: ['greeting', 'identity'], language: 'tl' });
    expect(smallTalk('Maraming salamat po, ingat po!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'tl' });
    expect(smallTalk('Hello po, isa ka bang bot?')).toEqual({ kinds: ['greeting', 'identity'], language: 'tl' });
    expect(smallTalk('হ্যালো, আপনি কে?')).toEqual({ kinds: ['greeting', 'identity'], language: 'bn' });
    expect(smallTalk('অনেক ধন্যবাদ, আবার দেখা হবে!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'bn' });
    expect(smallTalk('Kemon achen, apni ki bot?')).toEqual({ kinds: ['greeting', 'identity'], language: 'bn' });
    expect(smallTalk('Dhonnobad, abar dekha hobe')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'bn' });
    expect(smallTalk('शुभ सकाळ, तुम्ही कोण आहात?')).toEqual({ kinds: ['greeting', 'identity'], language: 'mr' });
    expect(smallTalk('खूप धन्यवाद, पुन्हा भेटू!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'mr' });
    expect(smallTalk('Kaixo, nor zara?')).toEqual({ kinds: ['greeting', 'identity'], language: 'eu' });
    expect(smallTalk('Eskerrik asko, agur!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'eu' });
  });

  it('greets, thanks and says "not found" in every language the pages are analysed in', () => {
    for (const language of SUPPORTED_LANGUAGES.filter((code) => code !== 'en')) {
      expect(notFoundMessage(language), language).not.toBe(notFoundMessage('en'));
      expect(smallTalkPhrase(language, 'thanks'), language).not.toBe(smallTalkPhrase('en', 'thanks'));
    }
    expect(smallTalk('Labas, kas tu?')).toEqual({ kinds: ['greeting', 'identity'], language: 'lt' });
    expect(smallTalk('Labai ačiū, viso gero!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'lt' });
    expect(smallTalk('Dia duit!')).toEqual({ kinds: ['greeting'], language: 'ga' });
    expect(smallTalk('Go raibh míle maith agat')).toEqual({ kinds: ['thanks'], language: 'ga' });
    expect(smallTalk('Բարև ձեզ')).toEqual({ kinds: ['greeting'], language: 'hy' });
    expect(smallTalk('Շատ շնորհակալություն')).toEqual({ kinds: ['thanks'], language: 'hy' });
    expect(smallTalk('வணக்கம்!')).toEqual({ kinds: ['greeting'], language: 'ta' });
    expect(smallTalk('மிக்க நன்றி')).toEqual({ kinds: ['thanks'], language: 'ta' });
    expect(smallTalk('सन्चै हुनुहुन्छ?')).toEqual({ kinds: ['greeting'], language: 'ne' });
    expect(smallTalk('मुरी मुरी धन्यवाद')).toEqual({ kinds: ['thanks'], language: 'ne' });
    // Written without spaces: matched by the start of the message's letters.
    expect(smallTalk('မင်္ဂလာပါ')).toEqual({ kinds: ['greeting'], language: 'my' });
    expect(smallTalk('ကျေးဇူးတင်ပါတယ်')).toEqual({ kinds: ['thanks'], language: 'my' });
    expect(smallTalk('សួស្តី')).toEqual({ kinds: ['greeting'], language: 'km' });
    expect(smallTalk('អរគុណច្រើន')).toEqual({ kinds: ['thanks'], language: 'km' });
    expect(smallTalk('ສະບາຍດີ')).toEqual({ kinds: ['greeting'], language: 'lo' });
    expect(smallTalk('ຂອບໃຈຫຼາຍໆ')).toEqual({ kinds: ['thanks'], language: 'lo' });
  });

  it('takes a message of nothing but 👋, 🙏 or 👍 for a greeting or thanks in no language of its own', () => {
    expect(smallTalk('👋')).toEqual({ kinds: ['greeting'], language: null });
    expect(smallTalk('🙏🙏')).toEqual({ kinds: ['thanks'], language: null });
    expect(smallTalk('👍🏽!')).toEqual({ kinds: ['thanks'], language: null });
    for (const other of ['...', '?', '🍕', '👍 price?']) expect(smallTalk(other), other).toBeNull();
  });

  it('answers in the language most of a message’s phrases share, else the first phrase’s', () => {
    expect(smallTalk('Hallo!')).toEqual({ kinds: ['greeting'], language: 'de' });
    expect(smallTalk('Salut')).toEqual({ kinds: ['greeting'], language: 'fr' });
    // Swedish, Danish and Norwegian greet alike ("goddag"); only Danish asks "hvad hedder du".
    expect(smallTalk('Goddag, hvad hedder du?')).toEqual({ kinds: ['greeting', 'identity'], language: 'da' });
    expect(smallTalk('Goddag')).toEqual({ kinds: ['greeting'], language: 'sv' });
    expect(smallTalk('Zdravo, kako ste?')).toEqual({ kinds: ['greeting'], language: 'bs' });
    expect(smallTalk('Hvala, doviđenja!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'hr' });
    expect(smallTalk('Tak díky, nashle!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'cs' });
    expect(smallTalk('Tak ďakujem, dovidenia!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'sk' });
    expect(smallTalk('Tak, dziękuję')).toEqual({ kinds: ['thanks'], language: 'pl' });
    expect(smallTalk('Tak!')).toEqual({ kinds: ['thanks'], language: 'da' });
    // Galician "ola" is its own; Portuguese "olá", Spanish "hola" and "adeus" keep their language.
    // Alone, "ola" is Portuguese typed without its accent (listed first); with Galician words, Galician.
    expect(smallTalk('Ola')).toEqual({ kinds: ['greeting'], language: 'pt' });
    expect(smallTalk('ola tudo bem')).toEqual({ kinds: ['greeting'], language: 'pt' });
    expect(smallTalk('Olá')).toEqual({ kinds: ['greeting'], language: 'pt' });
    expect(smallTalk('Hola, ¿quién eres?')).toEqual({ kinds: ['greeting', 'identity'], language: 'es' });
    expect(smallTalk('Adeus')).toEqual({ kinds: ['goodbye'], language: 'pt' });
    expect(smallTalk('Grazas, adeus!')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'gl' });
    // Accents are folded when matching, but a phrase as written wins: "chào" is Vietnamese, "chao" Spanish.
    expect(smallTalk('Děkuji moc')).toEqual({ kinds: ['thanks'], language: 'cs' });
    expect(smallTalk('dekuji moc')).toEqual({ kinds: ['thanks'], language: 'cs' });
    expect(smallTalk('chào')).toEqual({ kinds: ['greeting'], language: 'vi' });
    expect(smallTalk('chao')).toEqual({ kinds: ['goodbye'], language: 'es' });
    // A phrase that starts with a filler word ("a") is still found.
    expect(smallTalk('A presto!')).toEqual({ kinds: ['goodbye'], language: 'it' });
    // Spanish "hola, qué tal" typed without its accent: Spanish, never Galician.
    expect(smallTalk('hola que tal')).toEqual({ kinds: ['greeting'], language: 'es' });
    // Afrikaans greets as German and Dutch do; "dankie" is Afrikaans, "dank je" Dutch.
    expect(smallTalk('Hallo')).toEqual({ kinds: ['greeting'], language: 'de' });
    expect(smallTalk('Hallo, wie is jy?')).toEqual({ kinds: ['greeting', 'identity'], language: 'af' });
    expect(smallTalk('Dankie!')).toEqual({ kinds: ['thanks'], language: 'af' });
    expect(smallTalk('Dank je wel!')).toEqual({ kinds: ['thanks'], language: 'nl' });
    // Latvian "čau" is Czech too.
    expect(smallTalk('Čau')).toEqual({ kinds: ['greeting'], language: 'cs' });
    expect(smallTalk('Čau, kas tu esi?')).toEqual({ kinds: ['greeting', 'identity'], language: 'lv' });
    // Marathi greets and thanks as Hindi does.
    expect(smallTalk('नमस्कार')).toEqual({ kinds: ['greeting'], language: 'hi' });
    expect(smallTalk('धन्यवाद')).toEqual({ kinds: ['thanks'], language: 'hi' });
    expect(smallTalk('नमस्ते, आप कौन हैं?')).toEqual({ kinds: ['greeting', 'identity'], language: 'hi' });
    expect(smallTalk('नमस्कार, तुम्ही कोण आहात?')).toEqual({ kinds: ['greeting', 'identity'], language: 'mr' });
    expect(smallTalk('धन्यवाद, पुन्हा भेटू')).toEqual({ kinds: ['thanks', 'goodbye'], language: 'mr' });
    // Bengali writes the Hindi words in its own script; "salam" is Indonesian too.
    expect(smallTalk('নমস্কার')).toEqual({ kinds: ['greeting'], language: 'bn' });
    expect(smallTalk('ধন্যবাদ')).toEqual({ kinds: ['thanks'], language: 'bn' });
    expect(smallTalk('Salam')).toEqual({ kinds: ['greeting'], language: 'id' });
    expect(smallTalk('Salam, apni ke?')).toEqual({ kinds: ['greeting', 'identity'], language: 'bn' });
    // "Hi" is English; "hi po" Tagalog.
    expect(smallTalk('Hi po')).toEqual({ kinds: ['greeting'], language: 'tl' });
  });

  it('greets and thanks whoever the message addresses: "hi guys", "danke euch", "grazie a tutti"', () => {
    expect(smallTalk('hi guys')).toEqual({ kinds: ['greeting'], language: 'en' });
    expect(smallTalk('Thanks mate!')).toEqual({ kinds: ['thanks'], language: 'en' });
    expect(smallTalk('Morning!')).toEqual({ kinds: ['greeting'], language: 'en' });
    expect(smallTalk('Hallo zusammen')).toEqual({ kinds: ['greeting'], language: 'de' });
    expect(smallTalk('Danke euch')).toEqual({ kinds: ['thanks'], language: 'de' });
    expect(smallTalk('Merci à vous')).toEqual({ kinds: ['thanks'], language: 'fr' });
    expect(smallTalk('Hola chicos')).toEqual({ kinds: ['greeting'], language: 'es' });
    expect(smallTalk('Grazie a tutti')).toEqual({ kinds: ['thanks'], language: 'it' });
    expect(smallTalk('Obrigado pessoal')).toEqual({ kinds: ['thanks'], language: 'pt' });
    // Whom a message addresses is no small talk alone, nor beside a question.
    expect(smallTalk('guys')).toBeNull();
    expect(smallTalk('hi team, do you deliver?')).toBeNull();
  });

  it('ignores the bot’s own name', () => {
    expect(smallTalk('Hi Bikebot!', 'Bikebot')).toEqual({ kinds: ['greeting'], language: 'en' });
  });

  it('takes a plain "ok" or "yes" as nothing to look up, in the language it is written in', () => {
    expect(smallTalk('ok')).toEqual({ kinds: ['acknowledgement'], language: 'en' });
    expect(smallTalk('Yes!')).toEqual({ kinds: ['acknowledgement'], language: 'en' });
    expect(smallTalk('got it, thanks')).toEqual({ kinds: ['thanks'], language: 'en' });
    expect(smallTalk('Alles klar')).toEqual({ kinds: ['acknowledgement'], language: 'de' });
    expect(smallTalk("D'accord")).toEqual({ kinds: ['acknowledgement'], language: 'fr' });
    expect(smallTalk('понятно')).toEqual({ kinds: ['acknowledgement'], language: 'ru' });
    expect(smallTalk('わかりました')).toEqual({ kinds: ['acknowledgement'], language: 'ja' });
    expect(smallTalk('好的')).toEqual({ kinds: ['acknowledgement'], language: 'zh' });
    expect(smallTalk('알겠습니다')).toEqual({ kinds: ['acknowledgement'], language: 'ko' });
    expect(smallTalk('ok, bye')).toEqual({ kinds: ['goodbye'], language: 'en' });
    // "Tak" alone stays Danish thanks, though it is a Polish "yes".
    expect(smallTalk('Tak!')).toEqual({ kinds: ['thanks'], language: 'da' });
    for (const question of [
      'yes, how much is delivery?',
      'ok so where are you?',
      'no returns?',
      'はい、配送料はいくらですか',
    ])
      expect(smallTalk(question), question).toBeNull();
  });

  it('takes a phrase as much the site’s language as any other’s for the site’s', () => {
    // "ok", "hallo" and "goddag" are written so in several languages.
    expect(smallTalk('ok', '', 'de')).toEqual({ kinds: ['acknowledgement'], language: 'de' });
    expect(smallTalk('Hallo', '', 'nl')).toEqual({ kinds: ['greeting'], language: 'nl' });
    expect(smallTalk('Goddag', '', 'da')).toEqual({ kinds: ['greeting'], language: 'da' });
    // Not when the message says otherwise.
    expect(smallTalk('Goddag, hvad hedder du?', '', 'sv')).toEqual({ kinds: ['greeting', 'identity'], language: 'da' });
    expect(smallTalk('Vielen Dank', '', 'en')).toEqual({ kinds: ['thanks'], language: 'de' });
  });

  it('leaves real questions to the search, greeting or not', () => {
    expect(smallTalk('hi, when are you open?')).toBeNull();
    expect(smallTalk('thanks for the help with my order, where is it?')).toBeNull();
    expect(smallTalk('What is your phone number?')).toBeNull();
    expect(smallTalk('Who are your brands?')).toBeNull();
    expect(smallTalk('你好，商店几点开门？')).toBeNull();
    expect(smallTalk('chào bạn, cửa hàng mở cửa lúc mấy giờ?')).toBeNull();
    expect(smallTalk('dzień dobry, ile kosztuje wysyłka?')).toBeNull();
    expect(smallTalk('Dobrý den, kolik stojí doprava?')).toBeNull();
    expect(smallTalk('Bok, koliko košta dostava?')).toBeNull();
    expect(smallTalk("Bon dia, quant costa l'enviament?")).toBeNull();
    expect(smallTalk('سلام، هزینه ارسال چقدر است؟')).toBeNull();
    expect(smallTalk('Привіт, скільки коштує доставка?')).toBeNull();
    expect(smallTalk('Добрий день, чи можна повернути товар?')).toBeNull();
    expect(smallTalk('Halo kak, berapa ongkos kirim ke Bandung?')).toBeNull();
    expect(smallTalk('Selamat pagi, apakah toko buka hari Minggu?')).toBeNull();
    expect(smallTalk('Hej, vad kostar frakten?')).toBeNull();
    expect(smallTalk('Tack, när öppnar ni?')).toBeNull();
    expect(smallTalk('Hej, hvornår har I åbent?')).toBeNull();
    expect(smallTalk('Tak, hvad koster fragten?')).toBeNull();
    expect(smallTalk('Hei, hva koster frakt?')).toBeNull();
    expect(smallTalk('God morgen, når åpner dere?')).toBeNull();
    expect(smallTalk('Moi, paljonko toimitus maksaa?')).toBeNull();
    expect(smallTalk('Kiitos, milloin olette auki?')).toBeNull();
    expect(smallTalk('Szia, mennyibe kerül a szállítás?')).toBeNull();
    expect(smallTalk('Jó napot, mikor vannak nyitva?')).toBeNull();
    expect(smallTalk('Bună ziua, cât costă livrarea?')).toBeNull();
    expect(smallTalk('Mulțumesc, unde este comanda mea?')).toBeNull();
    expect(smallTalk('Здравейте, колко струва доставката?')).toBeNull();
    expect(smallTalk('Благодаря, кога работите?')).toBeNull();
    expect(smallTalk('Здраво, колико кошта достава?')).toBeNull();
    expect(smallTalk('Dobar dan, koliko košta dostava?')).toBeNull();
    expect(smallTalk('Ola, canto custa o envío?')).toBeNull();
    expect(smallTalk('Tere, kui palju maksab saatmine?')).toBeNull();
    expect(smallTalk('Labdien, cik maksā piegāde?')).toBeNull();
    expect(smallTalk('Goeie môre, hoeveel kos aflewering?')).toBeNull();
    expect(smallTalk('Habari, bei ya usafirishaji ni ngapi?')).toBeNull();
    expect(smallTalk('Hello po, magkano ang shipping?')).toBeNull();
    expect(smallTalk('নমস্কার, ডেলিভারি চার্জ কত?')).toBeNull();
    expect(smallTalk('नमस्कार, डिलिव्हरीसाठी किती खर्च येतो?')).toBeNull();
    expect(smallTalk('Kaixo, zenbat balio du bidalketak?')).toBeNull();
    expect(smallTalk('Musta')).toBeNull();
    expect(smallTalk('Gabon')).toBeNull();
    expect(smallTalk('')).toBeNull();
  });
});
