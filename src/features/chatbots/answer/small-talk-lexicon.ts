export type SmallTalkKind = 'greeting' | 'thanks' | 'goodbye' | 'identity' | 'acknowledgement';

// Per language and kind, the phrases that make up such a message, lower-case,
// without punctuation, separated by commas. A message is small talk when it is
// nothing but these (and fillers), e.g. "hi there, who are you?" or "thanks,
// bye!". Accents are folded when matching (small-talk.ts), so a phrase is
// listed once, with its accents: "děkuji" also matches "dekuji". More
// languages, of Asia, are in small-talk-lexicon-asia.ts.
export const LEXICON: Record<string, Partial<Record<SmallTalkKind, string>>> = {
  en: {
    greeting:
      'hi, hello, hey, hiya, howdy, yo, greetings, good morning, morning, good afternoon, good evening, hi there, hello there, hey there, how are you, how are you doing',
    thanks:
      'thanks, thank you, thank you very much, thanks a lot, many thanks, thx, ty, cheers, great thanks, ok thanks, perfect thanks',
    goodbye: 'bye, goodbye, bye bye, see you, see ya, good night, have a nice day',
    identity:
      'who are you, what are you, are you a bot, are you human, are you a robot, what is your name, whats your name, who am i talking to, what can you do',
  },
  de: {
    greeting:
      'hallo, hi, hey, guten tag, guten morgen, guten abend, servus, moin, grüß gott, grüezi, wie geht es dir, wie geht es ihnen, wie gehts',
    thanks: 'danke, danke schön, dankeschön, vielen dank, danke sehr, besten dank',
    goodbye: 'tschüss, tschüs, auf wiedersehen, bis bald, ciao, schönen tag noch',
    identity:
      'wer bist du, wer sind sie, was bist du, bist du ein bot, bist du ein mensch, wie heißt du, was kannst du',
  },
  fr: {
    greeting: 'bonjour, salut, bonsoir, coucou, allo, comment ça va, comment allez vous, ça va',
    thanks: 'merci, merci beaucoup, merci bien, je vous remercie',
    goodbye: 'au revoir, à bientôt, bonne journée, bonne soirée, salut à plus, à plus',
    identity: 'qui es tu, qui êtes vous, tu es un bot, vous êtes un robot, comment tu t appelles, que peux tu faire',
  },
  es: {
    greeting: 'hola, buenos días, buenas tardes, buenas noches, buenas, qué tal, cómo estás, cómo está',
    thanks: 'gracias, muchas gracias, mil gracias, te lo agradezco',
    goodbye: 'adiós, hasta luego, hasta pronto, chao, nos vemos',
    identity: 'quién eres, quién es usted, qué eres, eres un bot, eres humano, cómo te llamas, qué puedes hacer',
  },
  it: {
    greeting: 'ciao, salve, buongiorno, buonasera, come stai, come va',
    thanks: 'grazie, grazie mille, molte grazie, ti ringrazio',
    goodbye: 'arrivederci, a presto, ci vediamo, buona giornata',
    identity: 'chi sei, chi è lei, cosa sei, sei un bot, come ti chiami, cosa sai fare',
  },
  // "ola" is also listed as typed without its accent: alone, it is Portuguese before Galician.
  pt: {
    greeting: 'olá, ola, oi, bom dia, boa tarde, boa noite, tudo bem, como vai',
    thanks: 'obrigado, obrigada, muito obrigado, muito obrigada, valeu',
    goodbye: 'tchau, adeus, até logo, até mais, até breve',
    identity: 'quem é você, quem és tu, o que é você, você é um bot, como você se chama, o que você faz',
  },
  nl: {
    greeting: 'hallo, hoi, hey, goedemorgen, goedemiddag, goedenavond, hoe gaat het',
    thanks: 'dank je, dank je wel, dankjewel, bedankt, dank u, dank u wel',
    goodbye: 'doei, dag, tot ziens, tot straks',
    identity: 'wie ben jij, wie bent u, ben jij een bot, hoe heet je',
  },
  ru: {
    greeting: 'привет, здравствуйте, здравствуй, добрый день, доброе утро, добрый вечер, как дела',
    thanks: 'спасибо, большое спасибо, благодарю, спасибо большое',
    goodbye: 'пока, до свидания, всего доброго, до встречи',
    identity: 'кто ты, кто вы, ты бот, вы бот, как тебя зовут, что ты умеешь',
  },
  el: {
    greeting: 'γεια, γεια σας, γεια σου, καλημέρα, καλησπέρα, χαίρετε, τι κάνεις, τι κάνετε',
    thanks: 'ευχαριστώ, ευχαριστώ πολύ, σας ευχαριστώ, σε ευχαριστώ',
    goodbye: 'αντίο, τα λέμε, καληνύχτα, γεια χαρά',
    identity: 'ποιος είσαι, ποιος είστε, είσαι bot, είσαι ρομπότ, πώς σε λένε',
  },
  tr: {
    greeting: 'merhaba, selam, günaydın, iyi günler, iyi akşamlar, nasılsın, nasılsınız',
    thanks: 'teşekkürler, teşekkür ederim, sağ ol, sağol, çok teşekkürler, eyvallah',
    goodbye: 'hoşça kal, hoşça kalın, görüşürüz, güle güle, iyi geceler',
    identity: 'sen kimsin, siz kimsiniz, bot musun, adın ne, ne yapabilirsin',
  },
  ar: {
    greeting: 'مرحبا, مرحبًا, أهلا, السلام عليكم, صباح الخير, مساء الخير, كيف حالك, أهلا وسهلا',
    thanks: 'شكرا, شكرًا, شكرا جزيلا, شكرًا جزيلًا, مشكور',
    goodbye: 'مع السلامة, وداعا, إلى اللقاء',
    identity: 'من أنت, هل أنت روبوت, ما اسمك, ماذا تستطيع أن تفعل',
  },
  hi: {
    greeting: 'नमस्ते, नमस्कार, हैलो, हेलो, हाय, सुप्रभात, आप कैसे हैं, कैसे हो',
    thanks: 'धन्यवाद, शुक्रिया, बहुत धन्यवाद, बहुत बहुत धन्यवाद, थैंक्स',
    goodbye: 'अलविदा, फिर मिलेंगे, बाय',
    identity: 'आप कौन हैं, तुम कौन हो, क्या आप बॉट हैं, आपका नाम क्या है',
  },
  ja: {
    greeting: 'こんにちは, こんばんは, おはよう, おはようございます, はじめまして, やあ, どうも',
    thanks: 'ありがとう, ありがとうございます, ありがとうございました, どうもありがとう, サンキュー',
    goodbye: 'さようなら, またね, では また, バイバイ, おやすみなさい',
    identity: 'あなたは誰, あなたは誰ですか, あなたはだれですか, 誰ですか, ボットですか, お名前は',
  },
  zh: {
    greeting: '你好, 您好, 嗨, 哈喽, 早上好, 晚上好, 下午好, 大家好, 你好吗',
    thanks: '谢谢, 谢谢你, 谢谢您, 多谢, 非常感谢, 感谢',
    goodbye: '再见, 拜拜, 回头见, 晚安',
    identity: '你是谁, 您是谁, 你是机器人吗, 你叫什么名字, 你能做什么',
  },
  th: {
    greeting: 'สวัสดี, สวัสดีครับ, สวัสดีค่ะ, หวัดดี, ดีครับ, ดีค่ะ',
    thanks: 'ขอบคุณ, ขอบคุณครับ, ขอบคุณค่ะ, ขอบคุณมาก, ขอบใจ',
    goodbye: 'ลาก่อน, บาย, แล้วพบกันใหม่',
    identity: 'คุณคือใคร, คุณเป็นใคร, คุณเป็นบอทไหม, คุณชื่ออะไร',
  },
  ko: {
    greeting: '안녕, 안녕하세요, 안녕하십니까, 반가워요, 반갑습니다, 하이',
    thanks: '감사합니다, 감사해요, 고맙습니다, 고마워요, 고마워',
    goodbye: '안녕히 계세요, 안녕히 가세요, 잘 있어요, 다음에 봐요, 바이',
    identity: '누구세요, 너는 누구야, 당신은 누구세요, 봇이에요, 이름이 뭐예요',
  },
  vi: {
    greeting: 'xin chào, chào, chào bạn, chào shop, alo, chào buổi sáng, bạn khỏe không',
    thanks: 'cảm ơn, cảm ơn bạn, cảm ơn nhiều, cảm ơn nhé',
    goodbye: 'tạm biệt, hẹn gặp lại, chào nhé',
    identity: 'bạn là ai, bạn là bot à, bạn là robot à, bạn tên gì',
  },
  pl: {
    greeting: 'cześć, dzień dobry, witam, witaj, siema, dobry wieczór, jak się masz',
    thanks: 'dziękuję, dzięki, dziękuję bardzo, bardzo dziękuję, wielkie dzięki, tak dziękuję, tak dzięki',
    goodbye: 'do widzenia, na razie, do zobaczenia, miłego dnia',
    identity: 'kim jesteś, kim pan jest, czy jesteś botem, jesteś botem, jak się nazywasz, co potrafisz',
  },
  // Czech and Slovak share some words ("ahoj"), as Croatian, Bosnian and
  // Slovenian do ("hvala"): a message counts for the language most of its
  // phrases belong to, else the one listed first. "Tak" (so) leads a Czech,
  // Slovak or Polish closing: "tak díky" is listed so Danish "tak" does not claim it.
  cs: {
    greeting:
      'ahoj, ahojky, čau, čus, nazdar, zdravím, dobrý den, dobré ráno, dobré odpoledne, dobrý večer, jak se máš, jak se máte',
    thanks:
      'děkuji, děkuju, díky, dík, moc děkuji, děkuji moc, děkuju moc, moc díky, díky moc, mockrát děkuji, děkuji mnohokrát, děkuji pěkně, tak díky, tak děkuji, tak děkuju',
    goodbye:
      'na shledanou, nashledanou, nashle, sbohem, mějte se, mějte se hezky, měj se, hezký den, pěkný den, dobrou noc, zatím ahoj, tak ahoj, tak čau, tak nashle, tak na shledanou, tak zatím ahoj',
    identity:
      'kdo jsi, kdo jste, co jsi, co jsi zač, co jste zač, jsi bot, jste bot, jsi robot, jste robot, jsi člověk, jste člověk, jak se jmenuješ, jak se jmenujete, co umíš, co umíte',
  },
  sk: {
    greeting: 'ahoj, ahojte, čau, čauko, nazdar, zdravím, dobrý deň, dobré ráno, dobrý večer, ako sa máš, ako sa máte',
    thanks:
      'ďakujem, ďakujem pekne, ďakujem veľmi pekne, ďakujem vám, ďakujem mnohokrát, vďaka, vďaka moc, veľká vďaka, tak ďakujem, tak vďaka',
    goodbye:
      'dovidenia, do videnia, maj sa, majte sa, maj sa pekne, majte sa pekne, pekný deň, dobrú noc, zbohom, tak ahoj, tak čau, tak dovidenia, tak maj sa, tak majte sa',
    identity:
      'kto si, kto ste, čo si zač, čo ste zač, si bot, ste bot, si robot, ste robot, si človek, ste človek, ako sa voláš, ako sa voláte, čo vieš, čo viete, čo vieš robiť',
  },
  hr: {
    greeting: 'bok, pozdrav, dobar dan, dobro jutro, dobra večer, dobar večer, kako si, kako ste, što ima',
    thanks:
      'hvala, hvala lijepa, hvala lijepo, hvala vam, hvala ti, hvala puno, puno hvala, hvala vam puno, hvala ti puno, najljepša hvala, hvala na pomoći, zahvaljujem',
    goodbye:
      'doviđenja, dovidjenja, dovidenja, do viđenja, vidimo se, čujemo se, lijep pozdrav, laku noć, ugodan dan, zbogom',
    identity:
      'tko si, tko si ti, tko ste, tko ste vi, što si ti, jesi li bot, jeste li bot, jesi li robot, jeste li robot, jesi li čovjek, jeste li čovjek, kako se zoveš, kako se zovete, što znaš, što možeš',
  },
  bs: {
    greeting:
      'zdravo, ćao, selam alejkum, selamu alejkum, es selamu alejkum, pozdrav, dobar dan, dobro jutro, dobro veče, kako si, kako ste, šta ima',
    thanks:
      'hvala, hvala lijepa, hvala vam, hvala ti, hvala puno, puno hvala, hvala mnogo, mnogo hvala, hvala vam mnogo, hvala ti mnogo, hvala na pomoći',
    goodbye:
      'doviđenja, dovidjenja, dovidenja, prijatno, allahimanet, vidimo se, čujemo se, laku noć, ugodan dan, zbogom',
    identity:
      'ko si, ko si ti, ko ste, ko ste vi, šta si ti, jesi li bot, jeste li bot, da li si bot, da li ste bot, jesi li robot, da li si robot, jesi li čovjek, kako se zoveš, kako se zovete, šta znaš, šta možeš',
  },
  sl: {
    greeting:
      'živjo, živijo, zdravo, čao, pozdravljeni, pozdravljen, pozdravljena, dober dan, dobro jutro, dober večer, kako si, kako ste, kako gre',
    thanks: 'hvala, hvala lepa, najlepša hvala, hvala vam, hvala ti, res hvala, hvala za pomoč',
    goodbye: 'nasvidenje, na svidenje, adijo, lep pozdrav, lep dan, lep dan še naprej, se vidimo, lahko noč',
    identity:
      'kdo si, kdo si ti, kdo ste, kdo ste vi, kaj si, kaj si ti, ali si bot, ali ste bot, ali si robot, ali si človek, kako ti je ime, kako vam je ime, kaj znaš, kaj lahko narediš',
  },
  // "a reveure": the "a" is a filler, so "reveure" alone is listed.
  ca: {
    greeting: 'hola, bon dia, bona tarda, bon vespre, bones, com estàs, com està, com esteu, com va, què tal',
    thanks: 'gràcies, moltes gràcies, moltíssimes gràcies, mercès, us ho agraeixo, t ho agraeixo',
    goodbye: 'adéu, adéu siau, reveure, fins aviat, fins després, fins ara, fins demà, bona nit, que vagi bé',
    identity:
      'qui ets, qui ets tu, qui és vostè, què ets, ets un bot, ets un robot, ets humà, com et dius, què pots fer, què saps fer',
  },
  // Ukrainian. Typed on a Russian layout, "і" often becomes the Latin "i" (привiт).
  uk: {
    greeting:
      'привіт, привiт, привітик, вітаю, вiтаю, здрастуйте, здоровенькі були, добрий день, доброго дня, добрий ранок, доброго ранку, добрий вечір, доброго вечора, як справи, як у вас справи, як ся маєте, як ся маєш',
    thanks:
      'дякую, дуже дякую, дякую дуже, дякую вам, дякую тобі, щиро дякую, красно дякую, дякую за допомогу, дякуємо, дяка, дякс, спасибі, велике спасибі, спасибі велике',
    goodbye:
      'до побачення, бувай, бувайте, на все добре, всього доброго, всього найкращого, гарного дня, гарного вечора, до зустрічі, на добраніч, добраніч',
    identity:
      'хто ти, хто ви, хто ти такий, що ти таке, ти бот, ви бот, ти робот, ви робот, ти людина, ви людина, як тебе звати, як вас звати, що ти вмієш, що ви вмієте, що ти можеш',
  },
  // Indonesian, and Malay where it says the same ("selamat pagi", "terima kasih")
  // or nearly so ("apa khabar", "siapa awak"). "kak" and "min" (admin) are how
  // visitors address a shop's chat: "halo kak", "makasih min".
  id: {
    greeting:
      'halo, hallo, helo, hai, halo kak, hai kak, halo min, hai min, halo admin, permisi, permisi kak, salam, assalamualaikum, assalamu alaikum, asalamualaikum, assalamualaikum wr wb, selamat pagi, selamat siang, selamat sore, selamat petang, selamat malam, pagi, siang, malam, pagi kak, siang kak, malam kak, apa kabar, apa khabar, gimana kabarnya',
    thanks:
      'terima kasih, terimakasih, trimakasih, terima kasih banyak, terimakasih banyak, terima kasih ya, terima kasih kak, terima kasih min, terima kasih atas bantuannya, ribuan terima kasih, makasih, makasi, makasih banyak, makasih ya, makasih kak, makasih min, trims, tengkyu, tq, tqvm',
    goodbye:
      'sampai jumpa, sampai jumpa lagi, sampai nanti, jumpa lagi, selamat tinggal, selamat jalan, selamat beraktivitas, dadah',
    identity:
      'siapa kamu, kamu siapa, siapa anda, anda siapa, ini siapa, dengan siapa ini, kamu itu apa, kamu bot, kamu bot ya, apa kamu bot, apakah kamu bot, apakah anda bot, ini bot, ini bot ya, apakah ini bot, kamu robot, apakah kamu robot, apakah anda robot, kamu manusia, apakah kamu manusia, apakah anda manusia, siapa nama kamu, siapa namamu, nama kamu siapa, namamu siapa, kamu bisa apa, apa yang bisa kamu lakukan, siapa awak, awak siapa, awak ni siapa, awak bot ke, ini bot ke, siapa nama awak, nama awak siapa, awak boleh buat apa',
  },
  // Swedish, Danish and Norwegian share phrases ("vi ses", "god dag", "hvem er
  // du"), as Norwegian and Finnish share "hei": as above. "adjo" is also listed
  // as typed without its accent: alone, it is Swedish before Norwegian.
  sv: {
    greeting:
      'hej, hejsan, hallå, hallå där, tjena, tjenare, god morgon, godmorgon, god dag, goddag, god kväll, godkväll, hur mår du, hur är det, hur är läget',
    thanks: 'tack, tack så mycket, tusen tack, stort tack, tack ska du ha, tack för hjälpen, tackar, tackar så mycket',
    goodbye:
      'hej då, hejdå, adjö, adjo, vi ses, vi hörs, ha det, ha det bra, ha en bra dag, ha en trevlig dag, trevlig dag, god natt, godnatt',
    identity:
      'vem är du, vad är du, är du en bot, är du en robot, är du en människa, är du människa, vad heter du, vad kan du, vad kan du göra, vad kan du hjälpa till med',
  },
  da: {
    greeting:
      'hej, hejsa, hallo, halløj, halloj, goddag, god dag, godmorgen, god morgen, godaften, god aften, hvordan går det, hvordan gaar det, hvordan har du det',
    thanks:
      'tak, mange tak, tusind tak, tak skal du have, tak for hjælpen, tak for hjaelpen, tak for hjælp, tak for hjaelp, tak for det, tak så meget',
    goodbye:
      'farvel, vi ses, vi snakkes, hav en god dag, ha en god dag, hav det godt, ha det godt, på gensyn, paa gensyn, god nat, godnat',
    identity:
      'hvem er du, hvad er du, er du en bot, er du en robot, er du et menneske, hvad hedder du, hvad kan du, hvad kan du hjælpe med, hvad kan du hjaelpe med',
  },
  no: {
    greeting:
      'hei, heisann, hei på deg, hallo, halla, hallais, god morgen, god dag, god kveld, hvordan går det, hvordan har du det',
    thanks:
      'takk, mange takk, tusen takk, tusen hjertelig takk, takk skal du ha, takk for hjelpen, takk for det, takk så mye',
    goodbye:
      'ha det, ha det bra, ha det godt, ha det fint, ha en fin dag, ha en god dag, adjø, adjo, vi ses, snakkes, vi snakkes, god natt',
    identity:
      'hvem er du, hva er du, er du en bot, er du en robot, er du et menneske, hva heter du, hva kan du, hva kan du gjøre, hva kan du gjore, hva kan du hjelpe med',
  },
  fi: {
    greeting:
      'hei, heippa, moi, moikka, terve, huomenta, hyvää huomenta, päivää, hyvää päivää, iltaa, hyvää iltaa, mitä kuuluu, miten menee',
    thanks:
      'kiitos, kiitti, kiitoksia, kiitokset, kiitos paljon, paljon kiitoksia, kiitos kovasti, kiitos vaan, kiitos vain, kiitos avusta, kiitti paljon, suuret kiitokset',
    goodbye:
      'näkemiin, kuulemiin, nähdään, moi moi, heihei, hyvää jatkoa, hyvää päivänjatkoa, hyvää illanjatkoa, hyvää yötä',
    identity:
      'kuka olet, kuka sinä olet, kuka oot, kuka sä oot, mikä olet, mikä sinä olet, oletko botti, oletko robotti, oletko ihminen, oletko tekoäly, mikä nimesi on, mikä sinun nimesi on, mitä osaat, mitä osaat tehdä',
  },
  // Hungarian. "Bot vagy?" cannot be listed: "bot" is a filler and is skipped first.
  hu: {
    greeting:
      'szia, sziasztok, szervusz, szervusztok, helló, üdv, üdvözlöm, jó napot, jó napot kívánok, jó reggelt, jó reggelt kívánok, jó estét, jó estét kívánok, csá, csáó, hogy vagy, mizu, mi újság',
    thanks:
      'köszönöm, köszi, kösz, köszönöm szépen, nagyon köszönöm, köszi szépen, kösz szépen, köszönjük, köszönöm a segítséget, köszönöm a választ, hálás köszönet',
    goodbye:
      'viszlát, viszontlátásra, szép napot, szép napot kívánok, további szép napot, jó éjt, jó éjszakát, na szia, akkor szia',
    identity:
      'ki vagy, ki vagy te, te ki vagy, ki ön, ön kicsoda, kicsoda ön, mi vagy, mi vagy te, te bot vagy, egy bot vagy, te egy bot vagy, robot vagy, te robot vagy, ember vagy, mi a neved, hogy hívnak, mit tudsz, mit tudsz csinálni, miben tudsz segíteni',
  },
  ro: {
    greeting:
      'bună, bună ziua, bună dimineața, bună seara, neața, salut, salutare, servus, ceau, ce faci, ce mai faci, ce mai faceți',
    thanks:
      'mulțumesc, mulțumesc mult, mulțumesc frumos, vă mulțumesc, îți mulțumesc, mulțumim, mulțumesc pentru ajutor, mersi, mersi mult, mersi frumos, mersi de ajutor',
    goodbye:
      'la revedere, pe curând, ciao, o zi bună, o zi frumoasă, zi frumoasă, noapte bună, numai bine, toate cele bune, ne auzim, ne vedem',
    identity:
      'cine ești, cine ești tu, cine sunteți, ce ești, ce ești tu, ești un bot, ești bot, ești un robot, ești om, sunteți un bot, cum te numești, cum te cheamă, ce poți face, ce știi să faci, cu ce mă poți ajuta',
  },
  bg: {
    greeting: 'здравей, здравейте, здрасти, добър ден, добро утро, добър вечер, как си, как сте, какво става',
    thanks:
      'благодаря, много благодаря, благодаря много, благодаря ви, благодаря ти, благодаря за помощта, благодарим, благодарско, мерси, мерси много',
    goodbye:
      'довиждане, дочуване, чао, чао чао, хайде чао, до скоро, до нови срещи, лека нощ, приятен ден, хубав ден, всичко хубаво, всичко най хубаво',
    identity:
      'кой си, кой си ти, ти кой си, кой сте вие, какво си ти, бот ли си, ти бот ли си, вие бот ли сте, робот ли си, ти робот ли си, човек ли си, как се казваш, как се казвате, какво можеш, какво можеш да правиш, какво умееш',
  },
  // Serbian in Cyrillic and in Latin script. Most Latin spellings are
  // Croatian or Bosnian too ("hvala", "zdravo") and count for those.
  sr: {
    greeting:
      'здраво, ћао, поздрав, добар дан, добро јутро, добро вече, помоз бог, помаже бог, како си, како сте, шта има, zdravo, ćao, pozdrav, dobar dan, dobro jutro, dobro veče, pomoz bog, pomaže bog, kako si, kako ste, šta ima',
    thanks:
      'хвала, хвала вам, хвала ти, хвала лепо, хвала пуно, пуно хвала, хвала вам пуно, хвала много, много хвала, хвала најлепше, најлепше хвала, хвала на помоћи, захваљујем, hvala, hvala vam, hvala ti, hvala lepo, hvala puno, puno hvala, hvala vam puno, hvala mnogo, mnogo hvala, hvala najlepše, najlepše hvala, hvala na pomoći, zahvaljujem',
    goodbye:
      'довиђења, до виђења, пријатно, пријатан дан, видимо се, чујемо се, лаку ноћ, збогом, doviđenja, dovidjenja, dovidenja, do viđenja, do vidjenja, prijatno, prijatan dan, vidimo se, čujemo se, laku noć, zbogom',
    identity:
      'ко си, ко си ти, ко сте, ко сте ви, шта си ти, јеси ли бот, јесте ли бот, да ли си бот, да ли сте бот, јеси ли робот, да ли си робот, јеси ли човек, да ли си човек, да ли сте човек, како се зовеш, како се зовете, шта знаш, шта можеш, шта умеш, ko si, ko si ti, ko ste, ko ste vi, šta si ti, jesi li bot, jeste li bot, da li si bot, da li ste bot, jesi li robot, da li si robot, jesi li čovek, da li si čovek, da li ste čovek, kako se zoveš, kako se zovete, šta znaš, šta možeš, šta umeš',
  },
  // Galician. "Ola" alone counts for Portuguese (olá without its accent, listed
  // first), "hola" for Spanish. "Que tal" and "como estás" are listed only
  // after "ola" or "boas": alone, or after "hola", they are Spanish.
  gl: {
    greeting:
      'ola, ola boas, boas, ola que tal, ola como estás, boas que tal, bo día, bos días, boas tardes, boas noites, saúdos, como está vostede, como estades, que tal estades',
    thanks:
      'grazas, moitas grazas, moitísimas grazas, mil grazas, grazas mil, graciñas, grazas por todo, grazas pola axuda, moitas grazas pola axuda, agradézollo',
    goodbye:
      'adeus, ata logo, ata máis, ata pronto, ata despois, ata mañá, ata outra, que teña un bo día, que teñas un bo día',
    identity:
      'quen es, quen es ti, ti quen es, quen é vostede, que es ti, es un bot, es un robot, es unha persoa, es unha máquina, é vostede un bot, vostede é un bot, como te chamas, cal é o teu nome, que sabes facer, que podes facer, en que me podes axudar',
  },
  et: {
    greeting:
      'tere, tere tere, tervist, tervitus, tsau, tsauki, hei, tere hommikust, hommikust, tere päevast, tere õhtust, kuidas läheb, kuidas sul läheb, kuidas teil läheb, kuidas käsi käib',
    thanks:
      'aitäh, aitüma, suur aitäh, aitäh teile, aitäh abi eest, tänan, tänan väga, tänan teid, tänan abi eest, tänud, suur tänu',
    goodbye: 'head aega, nägemist, nägemiseni, kohtumiseni, hüvasti, head päeva, ilusat päeva, head õhtut, head ööd',
    identity:
      'kes sa oled, kes sina oled, kes te olete, kes teie olete, mis sa oled, mis te olete, kas sa oled bot, kas sa oled robot, kas sa oled inimene, kas te olete bot, kas te olete robot, kas te olete inimene, oled sa bot, oled sa robot, kas see on bot, kas see on robot, mis su nimi on, mis sinu nimi on, mis teie nimi on, mida sa oskad, mida sa teha oskad, mida te oskate, mida te teha oskate',
  },
  // Latvian. "Čau" is Czech too and counts for Czech.
  lv: {
    greeting:
      'sveiki, sveiks, sveika, čau, labdien, labrīt, labvakar, sveicināti, esiet sveicināti, kā iet, kā jums iet, kā tev iet, kā klājas, kā jums klājas',
    thanks:
      'paldies, liels paldies, paldies liels, milzīgs paldies, paldies jums, paldies tev, paldies par palīdzību, pateicos, ļoti pateicos',
    goodbye: 'uz redzēšanos, atā, visu labu, jauku dienu, lai jauka diena, ar labu nakti, arlabunakti, tiksimies',
    identity:
      'kas tu esi, kas jūs esat, tu esi bots, vai tu esi bots, vai jūs esat bots, vai tu esi robots, vai jūs esat robots, vai tu esi cilvēks, vai jūs esat cilvēks, kā tevi sauc, kā jūs sauc, ko tu proti, ko tu vari darīt, ko jūs varat darīt',
  },
  // Afrikaans. "Hallo" is German and Dutch too and counts for those; "dankie"
  // and "dank je" are different words. "Môre" is listed only in "goeie môre":
  // alone it is also "tomorrow", and "more" English.
  af: {
    greeting:
      'hallo, haai, goeie môre, goeiemôre, goeie middag, goeiemiddag, goeie naand, goeienaand, naand, goeie dag, goeiedag, dagsê, hoe gaan dit, hoe gaan dit met jou, hoe gaan dit met u, hoe gaan dit vandag',
    thanks:
      'dankie, baie dankie, baie baie dankie, dankie baie, dankie so baie, dankie hoor, baie dankie hoor, dankie vir die hulp, dankie vir jou hulp, dankie vir u hulp, baie dankie vir die hulp, ek waardeer dit',
    goodbye:
      'totsiens, tot siens, baai, sien jou later, sien jou, lekker dag, lekker dag verder, geniet die dag, mooi bly, goeie nag, goeienag, lekker slaap',
    identity:
      'wie is jy, wie is u, wat is jy, is jy n bot, is jy n robot, is jy n mens, is u n bot, is u n robot, is dit n bot, wat is jou naam, wat is u naam, hoe heet jy, wat kan jy doen, waarmee kan jy help',
  },
  // Swahili. "Habari" (news) and "jambo" (matter) are, alone, how a chat is
  // opened; "mambo" (also a dance) is listed only as "mambo vipi".
  sw: {
    greeting:
      'habari, habari yako, habari zako, habari gani, habari za asubuhi, habari za mchana, habari za jioni, habari za leo, habari yenu, hujambo, hamjambo, jambo, mambo vipi, vipi habari, niaje, shikamoo, salaam, salamu, u hali gani, uhali gani, hali yako',
    thanks:
      'asante, asante sana, ahsante, ahsante sana, asanteni, asanteni sana, nashukuru, nashukuru sana, shukrani, asante kwa msaada, asante kwa msaada wako, asante sana kwa msaada',
    goodbye:
      'kwaheri, kwa heri, kwaherini, kwa herini, tutaonana, tutaonana baadaye, tuonane, tuonane baadaye, siku njema, uwe na siku njema, mchana mwema, jioni njema, usiku mwema, lala salama',
    identity:
      'wewe ni nani, nani wewe, ni nani wewe, wewe ni nini, naongea na nani, ninaongea na nani, ninazungumza na nani, wewe ni bot, wewe ni roboti, wewe ni robot, wewe ni mtu, wewe ni binadamu, je wewe ni bot, je wewe ni roboti, je wewe ni binadamu, jina lako nani, jina lako ni nani, unaitwa nani, unaweza kufanya nini, unaweza kunisaidia nini',
  },
  // Tagalog (Filipino), and the Taglish people type: "hello po", "thank you po".
  // "Po" (polite) can follow anything, so the common phrases are listed with
  // and without it. "Bot ka ba?" cannot be listed: "bot" is a filler and is
  // skipped first ("isa ka bang bot" and "robot ka ba" can). "Musta" alone is
  // Finnish "black": it is listed only with "ka" or "po".
  tl: {
    greeting:
      'kumusta, kumusta ka, kumusta po, kumusta kayo, kumusta po kayo, kamusta, kamusta ka, kamusta po, kamusta kayo, kamusta po kayo, musta ka, musta po, hello po, helo po, hi po, hey po, good morning po, good afternoon po, good evening po, magandang umaga, magandang umaga po, magandang tanghali, magandang tanghali po, magandang hapon, magandang hapon po, magandang gabi, magandang gabi po, magandang araw, magandang araw po',
    thanks:
      'salamat, salamat po, maraming salamat, maraming salamat po, salamat ng marami, salamat nang marami, salamat po ng marami, salamat po nang marami, salamat sa tulong, salamat po sa tulong, sige salamat, sige po salamat, sige po salamat po, thank you po, thanks po, ty po, tenkyu, tenkyu po',
    goodbye:
      'paalam, paalam po, paalam na, paalam na po, ingat ka, ingat po, ingat kayo, ingat po kayo, ingat lagi, hanggang sa muli, kita kits, kitakits, babay, bye po',
    identity:
      'sino ka, sino ka ba, sino kayo, sino po kayo, sino po sila, sino po ito, ano ka, ano ka ba, isa ka bang bot, isa ka bang robot, robot ka ba, tao ka ba, tao po ba kayo, ano ang pangalan mo, anong pangalan mo, ano pangalan mo, ano po ang pangalan nyo, ano pong pangalan nyo, anong pangalan nyo, ano ang kaya mong gawin, anong kaya mong gawin, ano ang magagawa mo',
  },
  // Basque. "Gabon" (good evening) is listed only as "gabon denoi": alone it is
  // also Christmas Eve, and a country. "Bot bat zara?" cannot be listed ("bot"
  // is a filler and is skipped first); "bota zara" can.
  eu: {
    greeting:
      'kaixo, aupa, egun on, egunon, arratsalde on, arratsaldeon, zer moduz, ze moduz, zer moduz zaude, zer moduz zaudete, zelan zaude, zer berri',
    thanks:
      'eskerrik asko, eskerrik asko zuri, eskerrik asko laguntzagatik, eskerrikasko, mila esker, mila esker laguntzagatik, milesker, esker mila, eskerrik anitz',
    goodbye:
      'agur, agur bero bat, gero arte, laster arte, bihar arte, ikusi arte, ondo izan, egun ona izan, gau on, gabon denoi',
    identity:
      'nor zara, nor zara zu, zu nor zara, zer zara, zer zara zu, bota zara, bota al zara, robota zara, robota al zara, robot bat zara, pertsona bat zara, gizakia zara, nola duzu izena, nola deitzen zara, zein da zure izena, zer egin dezakezu, zertan lagun diezadakezu',
  },
  // Lithuanian: "labas" (hi) and "ačiū" (thanks), typed without their accents too.
  lt: {
    greeting:
      'labas, labukas, sveiki, sveikas, sveika, laba diena, labas rytas, labas vakaras, kaip sekasi, kaip laikaisi',
    thanks: 'ačiū, labai ačiū, ačiū labai, dėkoju, labai dėkoju, dėkui, ačiū už pagalbą',
    goodbye: 'viso gero, iki, iki pasimatymo, sudie, iki greito, geros dienos, labanakt',
    identity:
      'kas tu, kas jūs, kas tu esi, kas jūs esate, ar tu robotas, ar jūs robotas, koks tavo vardas, kaip tave vadina',
  },
  // Irish: "Dia duit" (hello) and its answer "Dia is Muire duit".
  ga: {
    greeting:
      'dia duit, dia dhuit, dia daoibh, dia is muire duit, haigh, maidin mhaith, tráthnóna maith, conas atá tú, cén chaoi a bhfuil tú, cad é mar atá tú',
    thanks: 'go raibh maith agat, go raibh míle maith agat, go raibh maith agaibh, míle buíochas, grma',
    goodbye: 'slán, slán leat, slán agat, slán go fóill, oíche mhaith, feicfidh mé thú',
    identity: 'cé thú féin, cé tusa, cé thusa, cad is ainm duit, an róbat thú',
  },
};
