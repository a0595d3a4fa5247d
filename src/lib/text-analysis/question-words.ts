// The words people wrap a question in, beyond each language's stopwords:
// interrogatives, "can I", "please", "explain" — and, for languages whose
// stopword list is short or missing (Hindi, Thai), their commonest function
// words ("है", "की", "ของ", "ที่"). They are dropped from
// questions only, never from the index, so a page about "How to …" keeps its
// words. Kept short on purpose: a word that is the topic on some site
// ("help", "show", "open") does not belong here. Where interrogatives
// decline (Slavic, Finnish, Hungarian), every case is listed: "o której"
// (Polish), "о котрій" (Ukrainian), "at what time", asks the same as "kiedy".
const LISTS: Record<string, string> = {
  en: 'how what whats when where which who whom why whose can could would should do does did i me my we you your please tell explain want need know way possible anyone hi hello hey thanks thank much many now just really also',
  de: 'wie was wann wo woher wohin welche welcher welches welchen wer wen wem warum wieso weshalb kann können könnte kannst habt könnt könntet gibts sowas übers mal schon irgendwie ich mir mich man bitte erklären erkläre erklärt möchte möchten will muss gibt hallo danke viel viele wieviel wieviele',
  fr: 'comment que quoi quand où quel quelle quels quelles qui pourquoi puis peux peut pouvez pouvons je me moi on svp stp expliquer expliquez faut veux voudrais bonjour salut merci combien ça est-ce vs cest',
  es: 'cómo como qué que cuándo cuando dónde donde cuál cuáles quién quiénes por qué puedo puede pueden podemos hay yo me favor explicar explica necesito quiero hola gracias cuánto cuánta cuántos cuántas cuanto',
  it: 'come cosa che quando dove quale quali chi perché posso può possono puoi io mi per favore spiegare spiega devo voglio vorrei ciao grazie quanto quanta quanti quante',
  pt: 'como que quando onde qual quais quem porque porquê posso pode podem eu me favor explicar explica preciso quero gostaria olá oi obrigado obrigada quanto quanta quantos quantas vc vcs pra pro pros tá ta tô to aí ai qto q tb quer queria gente',
  nl: 'hoe wat wanneer waar welke welk wie waarom kan kun kunt ik mij graag uitleggen wil hallo hoi bedankt hoeveel',
  da: 'hvordan hvad hvornår hvor hvilken hvilke hvem hvorfor kan jeg mig hvor meget mange',
  sv: 'hur vad när var vilken vilka vem varför kan jag mig hur mycket många',
  no: 'hvordan hva når hvor hvilken hvilke hvem hvorfor kan jeg meg hvor mye mange hei takk',
  fi: 'miten kuinka mitä mikä mitkä milloin missä mistä mihin kuka ketkä miksi voiko voinko voitteko kiitos hei paljonko montako minä minulle minkä mille millä miltä kenen ketä kenelle keneltä kenellä keitä kumpi kumman millainen millaista millaisia millaisen onko onks ootteko oletteko voisiko voisitteko voisinko saako saanko saisinko pitääkö täytyykö käykö mä mulle mun mut sä sulle sun moi moikka terve',
  hu: 'hogyan hogy mi mit mikor hol hová honnan melyik ki kit miért lehet tudok tudnak kérem mennyi mennyibe hány én nekem szia helló köszönöm köszi mik miket mire miben miből mibe min minek mivel mitől meddig mióta mikorra kik kiket kinek kivel kitől kié hova merre milyen milyet milyenek melyiket mennyit mennyiért mennyire mennyien hányat hányan hányszor hánykor vajon tudnék tudunk tudtok tudnátok tudjátok tudnál tudná lehetséges kérlek kérnék szeretnék szeretném vagytok nektek tőletek nálatok sziasztok',
  ro: 'cum ce când unde care cine pot puteți poate vă rog cât câte câți eu îmi mi bună salut mulțumesc mersi',
  ru: 'как что когда где куда какой какая какое какие кто почему зачем можно могу ли я мне пожалуйста объясните подскажите привет здравствуйте спасибо сколько какого какому каким каком какую каких какими который которая которое которые которого которому которым котором которую которой которых которыми откуда чему кого кому кем',
  uk: 'як що коли де який яка яке які хто чому чи можна можу я мені будь ласка підкажіть поясніть скільки привіт вітаю дякую хочу можете може треба якого якому яким якім яку якій яких якими котрий котра котре котрі котрого котрому котрим котрім котру котрої котрій котрих котрими куди звідки навіщо чим кого кому ким',
  bg: 'как какво кога къде кой коя кое кои защо може ли мога можете моля колко аз ми здравейте здрасти благодаря',
  el: 'πώς πως τι πότε πότε πού που ποιο ποια ποιος ποιες γιατί μπορώ μπορείτε μπορεί εγώ μου παρακαλώ γεια ευχαριστώ πόσο πόση πόσα πόσοι πόσες τη τις στις στα στους ένα ένας μια μία έχει έχετε έχω σας μας σου τώρα',
  tr: 'nasıl ne neden niçin nerede hangi kim zaman mı mi mu mü miyim misiniz lütfen acaba merhaba teşekkürler kaç kadar musunuz mısınız müsünüz misin mısın musun müsün mıyım muyum müyüm',
  ar: 'كيف ماذا ما متى أين اين أي من لماذا هل يمكن يمكنني أستطيع أنا من فضلك مرحبا شكرا كم ممكن منكم أقدر اقدر تقدرون تقدر أحتاج احتاج ايش إيش عشان شو وش وكم',
  hi: 'कैसे क्या कब कहाँ कहां कौन क्यों सकता सकती सकते मैं मुझे कृपया नमस्ते धन्यवाद है हैं की का के में से को पर और भी तो यह वह था थे थी एक लिए कितना कितनी कितने मेरी मेरे मेरा हूँ हूं करूँ करूं किसने',
  ja: 'どう どうやって どの どこ 何 なに いつ 誰 なぜ どうすれ どうしたら ですか 教え ください こんにちは ありがとう いくら どのくらい',
  zh: '如何 怎么 怎样 怎么样 什么 哪 哪里 哪个 何时 什么时候 谁 为什么 吗 呢 我 请问 请 可以 能 能否 是否 你好 您好 谢谢 多少 几',
  th: 'อย่างไร ยังไง อะไร ที่ไหน ไหน เมื่อไร เมื่อไหร่ ใคร ทำไม ไหม มั้ย ครับ ค่ะ คะ บ้าง สวัสดี ขอบคุณ ของ ที่ คือ และ ใน จะ ได้ ให้ กับ แล้ว หรือ เป็น ก็ ว่า ไป มา นี้ นั้น เท่าไร เท่าไหร่',
  ko: '어떻게 무엇 언제 어디 누구 왜 얼마 누가 돼요 되나요 제일 제가 저희 거기 있어요 있나요 있을까요 있습니까 있는지 없어요 없나요 해요 하나요 할까요 주세요 주실 인가요 얼마예요 얼마에요 얼마인가요 얼마나 언제예요 어디예요 어디에요 뭐예요 뭐에요 뭔가요',
  vi: 'gì nào sao đâu mấy bao nhiêu có không được ạ ơi nhé nhỉ vậy tôi mình bạn xin chào cảm ơn ko k ai shop',
  pl: 'jak co kiedy gdzie który która które jaki jaka jakie kto dlaczego czemu czy mogę możecie można proszę ile ja mi mnie cześć witam hej dziękuję dzięki macie jakieś jakiś jakaś da jakiego jakiemu jakim jakiej jakich jakimi któremu którymi czego czym kogo komu kim ilu',
  cs: 'jak co kdy kde který která které jaký jaká jaké kdo proč zda můžu mohu můžete lze prosím kolik bych abych bys abys byste abyste bychom já mi mě ahoj dobrý den děkuji díky váš vaše vašem vaši dá jakého jakému jakém jakým jakou jakých jakými kterého kterému kterém kterým kterých kterými čeho čemu čem čím koho komu kom kým odkud kolika',
  sk: 'ako čo kedy kde ktorý ktorá ktoré aký aká aké kto prečo či môžem môžete dá prosím koľko ja mi ma ahoj dobrý deň ďakujem vďaka ktorého ktorému ktorom odkiaľ koľkej koľkých',
  sl: 'kako kaj kdaj kje kateri katera katero kakšen kakšna kdo zakaj ali lahko prosim koliko jaz mi me živjo zdravo hvala katere katerega kateremu katerem katerim katerih katerimi kakšno kakšne kakšnega kakšnem kakšnim česa čemu čim kam',
  hr: 'kako što šta kada kad gdje gde koji koja koje tko ko zašto li mogu možete molim koliko ja mi me bok zdravo hvala kojeg kojega kojem kojemu kojim kojoj kojih kakav kakva kakvo kakvi kakve kakvog kakvom kakvu kakvih čega čemu čim koga komu kim odakle kamo kuda',
  bs: 'kako što šta kada kad gdje gde koji koja koje tko ko zašto li mogu možete molim koliko ja mi me zdravo hvala kojeg kojega kojem kojemu kojim kojoj kojih kakav kakva kakvo kakvi kakve kakvog kakvom kakvu kakvih čega čemu čim koga komu kim odakle kamo kuda',
  id: 'apa apakah bagaimana gimana kapan mana dimana siapa mengapa kenapa berapa bisakah bolehkah tolong mohon saya aku kamu anda halo hai terima kasih makasih dong kah ga gak nggak enggak ngga kalo kalau aja ya sih deh pengen pingin mau cara sekarang',
  he: 'איך מה מתי איפה היכן איזה איזו אילו מי למה מדוע האם אפשר אפשרי יכול יכולה יכולים בבקשה כמה אני לי שלום תודה',
  fa: 'چطور چگونه چه چی چیست کی کجا کدام چرا آیا می‌توانم میتوانم می‌شود میشه لطفا لطفاً چقدر چند من سلام ممنون مرسی چطوری چنده چقدره دارین داره دارید اگه میتونم میتونید تونم تونید تونین میخوام خوام باهاش',
  ca: 'com què quan on quin quina quins quines qui per perquè puc podeu pot si us plau quant quanta quants quantes jo em hola gràcies',
  // Serbian in both its alphabets.
  sr: 'kako šta što kada kad gde gdje koji koja koje ko zašto li da mogu možete molim koliko ja mi me zdravo hvala како шта што када кад где који која које ко зашто ли да могу можете молим колико ја ми ме здраво хвала',
  gl: 'como que cando onde cal cales quen por posible podo pode poden favor canto canta cantos cantas eu me min ola grazas',
  eu: 'nola zer noiz non zein zeintzuk nor zergatik al dezaket daiteke ahal mesedez zenbat ni niri kaixo eskerrik asko',
  lt: 'kaip kas kada kur kuris kuri kurie kurios kodėl ar galiu galite galima prašau kiek aš man mane labas sveiki ačiū',
  lv: 'kā kas kad kur kurš kura kuri kuras kāpēc vai varu varat var lūdzu cik es man mani sveiki labdien paldies',
  et: 'kuidas mis millal kus kuhu kust kaua mitu milline millised millist milliseid kes miks kas saan saate saab saad saame saaks saaksin saaksid saaksime saaksite palun kui palju mina ma mul mulle tere aitäh',
  ga: 'conas cad céard cathain cá cén cé fáth an féidir le do thoil mhéad mé dom dia duit go raibh maith agat',
  af: 'hoe wat wanneer waar watter wie hoekom waarom kan ek my asseblief hoeveel hallo dankie',
  sw: 'vipi nini lini wapi ipi gani nani kwa je naweza mnaweza inawezekana tafadhali ngapi kiasi mimi habari jambo asante nawezaje unaweza tunaweza mna kuna nina tuna mko niko nataka tunataka ningependa nahitaji tunahitaji jinsi upi yupi zipi kipi lipi yapi kupi',
  tl: 'paano pano ano anu kailan kelan saan san nasaan alin sino bakit ba diba puwede pwede maaari paki pakisabi magkano ilan gaano ako ko akin kumusta musta salamat po hello hi',
  hy: 'ինչպես ինչ երբ որտեղ որ որն ով ինչու կարող խնդրում քանի ես իմ ինձ բարեւ բարև շնորհակալություն',
  bn: 'কিভাবে কীভাবে কি কী কখন কোথায় কোন কোনটা কোনটি কেমন কয়টা কয়টায় কতটা কতদিন কতক্ষণ কে কেন পারি পারেন পারব পারবো পারবে পারবেন দয়া করে কত আমি আমার আমাকে নমস্কার হ্যালো ধন্যবাদ',
  mr: 'कसे कसा कशी काय केव्हा कधी कुठे कोणता कोणती कोणते कोण का शकतो शकते शकता कृपया किती मी माझा माझी माझे मला नमस्कार धन्यवाद',
  ne: 'कसरी के कहिले कहाँ कुन को किन सक्छु सक्नुहुन्छ कृपया कति म मेरो मलाई नमस्ते धन्यवाद',
  // Georgian: no stopword list exists (stopwords-iso, stopword and Orama have none), so its commonest function words too.
  ka: 'რა რას როგორ როდის სად საიდან ვინ რატომ რომელი რომელ რამდენი შეიძლება შემიძლია შეგიძლიათ გაქვთ ხართ არის თქვენი თქვენ თქვენს მე ჩემი მინდა გთხოვთ და თუ ან რომ ეს ის არ გამარჯობა მადლობა',
  ta: 'எப்படி என்ன எப்போது எங்கே எந்த யார் ஏன் முடியுமா தயவுசெய்து எவ்வளவு நான் என் எனக்கு வணக்கம் நன்றி',
};

/** The question words of a language (BCP 47 primary subtag); none for languages without a list. */
export function questionWords(code: string): readonly string[] {
  return LISTS[code]?.split(' ') ?? [];
}
