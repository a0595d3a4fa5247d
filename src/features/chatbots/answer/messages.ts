// What the bot says in its own words, in the visitor's language where it can.

type Phrases = { notFound: string; greeting: string; thanks: string; goodbye: string; identity: string; ask: string };

// {name} is the chatbot's name. `ask` closes a greeting when the chatbot has no welcome message.
const PHRASES: Record<string, Phrases> = {
  en: {
    notFound:
      "Sorry, I couldn't find that on this website. Try rephrasing your question, or ask about something the site covers.",
    greeting: "Hi! I'm {name}.",
    thanks: "You're welcome! Anything else I can help you with?",
    goodbye: 'Goodbye, and thanks for stopping by!',
    identity: "I'm {name}, an assistant that answers questions from this website's pages.",
    ask: 'Ask me anything about this website.',
  },
  de: {
    notFound:
      'Das habe ich auf dieser Website leider nicht gefunden. Formulieren Sie die Frage anders oder fragen Sie nach etwas, das die Website behandelt.',
    greeting: 'Hallo! Ich bin {name}.',
    thanks: 'Gern geschehen! Kann ich sonst noch helfen?',
    goodbye: 'Auf Wiedersehen und danke für Ihren Besuch!',
    identity: 'Ich bin {name}, ein Assistent, der Fragen anhand der Seiten dieser Website beantwortet.',
    ask: 'Fragen Sie mich alles zu dieser Website.',
  },
  fr: {
    notFound:
      "Désolé, je n'ai pas trouvé cela sur ce site. Reformulez votre question ou posez-en une sur un sujet que le site traite.",
    greeting: 'Bonjour ! Je suis {name}.',
    thanks: 'Avec plaisir ! Puis-je vous aider pour autre chose ?',
    goodbye: 'Au revoir, et merci de votre visite !',
    identity: 'Je suis {name}, un assistant qui répond aux questions à partir des pages de ce site.',
    ask: 'Posez-moi vos questions sur ce site.',
  },
  es: {
    notFound:
      'Lo siento, no lo he encontrado en este sitio web. Reformula la pregunta o pregunta por algo que trate el sitio.',
    greeting: '¡Hola! Soy {name}.',
    thanks: '¡De nada! ¿Te ayudo con algo más?',
    goodbye: '¡Adiós, y gracias por tu visita!',
    identity: 'Soy {name}, un asistente que responde preguntas con las páginas de este sitio web.',
    ask: 'Pregúntame lo que quieras sobre este sitio.',
  },
  it: {
    notFound:
      'Mi dispiace, non ho trovato questa informazione su questo sito. Prova a riformulare la domanda o chiedi qualcosa di cui il sito parla.',
    greeting: 'Ciao! Sono {name}.',
    thanks: 'Prego! Posso aiutarti in altro?',
    goodbye: 'Arrivederci e grazie della visita!',
    identity: 'Sono {name}, un assistente che risponde alle domande con le pagine di questo sito.',
    ask: 'Chiedimi pure qualsiasi cosa su questo sito.',
  },
  pt: {
    notFound:
      'Desculpe, não encontrei isso neste site. Tente reformular a pergunta ou pergunte sobre algo que o site aborda.',
    greeting: 'Olá! Eu sou {name}.',
    thanks: 'De nada! Posso ajudar em mais alguma coisa?',
    goodbye: 'Até logo, e obrigado pela visita!',
    identity: 'Sou {name}, um assistente que responde a perguntas com base nas páginas deste site.',
    ask: 'Pergunte-me o que quiser sobre este site.',
  },
  nl: {
    notFound:
      'Sorry, dat heb ik niet op deze website gevonden. Probeer je vraag anders te stellen, of vraag iets waar de site over gaat.',
    greeting: 'Hallo! Ik ben {name}.',
    thanks: 'Graag gedaan! Kan ik nog ergens mee helpen?',
    goodbye: 'Tot ziens, en bedankt voor je bezoek!',
    identity: 'Ik ben {name}, een assistent die vragen beantwoordt met de pagina’s van deze website.',
    ask: 'Vraag me alles over deze website.',
  },
  ru: {
    notFound:
      'К сожалению, я не нашёл этого на сайте. Попробуйте переформулировать вопрос или спросите о том, о чём рассказывает сайт.',
    greeting: 'Здравствуйте! Я {name}.',
    thanks: 'Пожалуйста! Могу ли я ещё чем-то помочь?',
    goodbye: 'До свидания, спасибо, что заглянули!',
    identity: 'Я {name}, помощник, который отвечает на вопросы по страницам этого сайта.',
    ask: 'Спрашивайте что угодно об этом сайте.',
  },
  el: {
    notFound:
      'Λυπάμαι, δεν το βρήκα σε αυτόν τον ιστότοπο. Δοκιμάστε να διατυπώσετε αλλιώς την ερώτηση ή ρωτήστε κάτι που καλύπτει ο ιστότοπος.',
    greeting: 'Γεια σας! Είμαι ο {name}.',
    thanks: 'Παρακαλώ! Μπορώ να βοηθήσω με κάτι άλλο;',
    goodbye: 'Αντίο, και ευχαριστούμε για την επίσκεψη!',
    identity: 'Είμαι ο {name}, ένας βοηθός που απαντά σε ερωτήσεις από τις σελίδες αυτού του ιστότοπου.',
    ask: 'Ρωτήστε με ό,τι θέλετε για αυτόν τον ιστότοπο.',
  },
  tr: {
    notFound:
      'Üzgünüm, bunu bu web sitesinde bulamadım. Sorunuzu farklı ifade etmeyi deneyin ya da sitenin ele aldığı bir konuyu sorun.',
    greeting: 'Merhaba! Ben {name}.',
    thanks: 'Rica ederim! Başka bir konuda yardımcı olabilir miyim?',
    goodbye: 'Hoşça kalın, uğradığınız için teşekkürler!',
    identity: 'Ben {name}, bu web sitesinin sayfalarına dayanarak soruları yanıtlayan bir asistanım.',
    ask: 'Bu site hakkında bana her şeyi sorabilirsiniz.',
  },
  ar: {
    notFound: 'عذرًا، لم أجد ذلك في هذا الموقع. حاول إعادة صياغة سؤالك، أو اسأل عن شيء يتناوله الموقع.',
    greeting: 'مرحبًا! أنا {name}.',
    thanks: 'على الرحب والسعة! هل يمكنني مساعدتك في شيء آخر؟',
    goodbye: 'مع السلامة، وشكرًا لزيارتك!',
    identity: 'أنا {name}، مساعد يجيب عن الأسئلة من صفحات هذا الموقع.',
    ask: 'اسألني أي شيء عن هذا الموقع.',
  },
  hi: {
    notFound: 'क्षमा करें, मुझे यह इस वेबसाइट पर नहीं मिला। अपना प्रश्न दूसरे शब्दों में पूछें, या ऐसी किसी चीज़ के बारे में पूछें जो साइट पर है।',
    greeting: 'नमस्ते! मैं {name} हूँ।',
    thanks: 'आपका स्वागत है! क्या मैं किसी और चीज़ में मदद कर सकता हूँ?',
    goodbye: 'अलविदा, आने के लिए धन्यवाद!',
    identity: 'मैं {name} हूँ, एक सहायक जो इस वेबसाइट के पेजों से सवालों के जवाब देता है।',
    ask: 'इस वेबसाइट के बारे में मुझसे कुछ भी पूछें।',
  },
  ja: {
    notFound:
      '申し訳ありませんが、このウェブサイトでは見つかりませんでした。質問を言い換えるか、サイトで扱っている内容についてお尋ねください。',
    greeting: 'こんにちは！{name}です。',
    thanks: 'どういたしまして！ほかにお手伝いできることはありますか？',
    goodbye: 'ご来訪ありがとうございました。さようなら！',
    identity: '{name}です。このウェブサイトのページをもとに質問にお答えするアシスタントです。',
    ask: 'このサイトについて何でも聞いてください。',
  },
  zh: {
    notFound: '抱歉，我在本网站上没有找到相关内容。请换个说法提问，或询问网站涉及的内容。',
    greeting: '你好！我是{name}。',
    thanks: '不客气！还有什么可以帮您的吗？',
    goodbye: '再见，感谢您的访问！',
    identity: '我是{name}，一个根据本网站页面回答问题的助手。',
    ask: '关于本网站的任何问题都可以问我。',
  },
  th: {
    notFound: 'ขออภัย ไม่พบข้อมูลนี้ในเว็บไซต์นี้ ลองเปลี่ยนคำถาม หรือถามเกี่ยวกับเรื่องที่เว็บไซต์มีข้อมูล',
    greeting: 'สวัสดีครับ! ผม {name}',
    thanks: 'ยินดีครับ! มีอะไรให้ช่วยอีกไหมครับ?',
    goodbye: 'ลาก่อนครับ ขอบคุณที่แวะมา!',
    identity: 'ผมคือ {name} ผู้ช่วยที่ตอบคำถามจากหน้าเว็บของเว็บไซต์นี้',
    ask: 'ถามอะไรเกี่ยวกับเว็บไซต์นี้ได้เลยครับ',
  },
  ko: {
    notFound:
      '죄송합니다. 이 웹사이트에서 해당 내용을 찾지 못했습니다. 질문을 바꿔 보시거나 사이트에서 다루는 내용에 대해 물어봐 주세요.',
    greeting: '안녕하세요! {name}입니다.',
    thanks: '천만에요! 더 도와드릴 일이 있을까요?',
    goodbye: '방문해 주셔서 감사합니다. 안녕히 가세요!',
    identity: '저는 {name}입니다. 이 웹사이트의 페이지를 바탕으로 질문에 답하는 도우미예요.',
    ask: '이 웹사이트에 대해 무엇이든 물어보세요.',
  },
  vi: {
    notFound:
      'Xin lỗi, tôi không tìm thấy thông tin này trên trang web. Bạn hãy thử diễn đạt lại câu hỏi, hoặc hỏi về nội dung mà trang web có đề cập.',
    greeting: 'Xin chào! Tôi là {name}.',
    thanks: 'Không có gì! Tôi có thể giúp gì thêm cho bạn không?',
    goodbye: 'Tạm biệt, cảm ơn bạn đã ghé thăm!',
    identity: 'Tôi là {name}, trợ lý trả lời câu hỏi dựa trên các trang của trang web này.',
    ask: 'Hãy hỏi tôi bất cứ điều gì về trang web này.',
  },
  pl: {
    notFound:
      'Przepraszam, nie znalazłem tego na tej stronie. Spróbuj zadać pytanie inaczej albo zapytaj o coś, czego dotyczy strona.',
    greeting: 'Cześć! Jestem {name}.',
    thanks: 'Nie ma za co! Czy mogę jeszcze w czymś pomóc?',
    goodbye: 'Do widzenia, dziękuję za odwiedziny!',
    identity: 'Jestem {name}, asystentem, który odpowiada na pytania na podstawie stron tej witryny.',
    ask: 'Zapytaj mnie o cokolwiek na temat tej strony.',
  },
  cs: {
    notFound:
      'Omlouvám se, tohle jsem na tomto webu nenašel. Zkuste otázku položit jinak, nebo se zeptejte na něco, čemu se web věnuje.',
    greeting: 'Dobrý den! Jsem {name}.',
    thanks: 'Rádo se stalo! Mohu vám ještě s něčím pomoci?',
    goodbye: 'Na shledanou a děkuji za návštěvu!',
    identity: 'Jsem {name}, asistent, který odpovídá na otázky na základě stránek tohoto webu.',
    ask: 'Zeptejte se mě na cokoli o tomto webu.',
  },
  sk: {
    notFound:
      'Prepáčte, na tomto webe som to nenašiel. Skúste otázku sformulovať inak alebo sa opýtajte na niečo, čomu sa web venuje.',
    greeting: 'Dobrý deň! Som {name}.',
    thanks: 'Niet za čo! Môžem vám ešte s niečím pomôcť?',
    goodbye: 'Dovidenia a ďakujem za návštevu!',
    identity: 'Som {name}, asistent, ktorý odpovedá na otázky na základe stránok tohto webu.',
    ask: 'Opýtajte sa ma na čokoľvek o tomto webe.',
  },
  hr: {
    notFound:
      'Nažalost, to nisam pronašao na ovoj web-stranici. Pokušajte drugačije postaviti pitanje ili pitajte o nečemu čime se stranica bavi.',
    greeting: 'Pozdrav! Ja sam {name}.',
    thanks: 'Nema na čemu! Mogu li vam još nečim pomoći?',
    goodbye: 'Doviđenja i hvala na posjetu!',
    identity: 'Ja sam {name}, asistent koji odgovara na pitanja na temelju sadržaja ove web-stranice.',
    ask: 'Pitajte me bilo što o ovoj web-stranici.',
  },
  bs: {
    notFound:
      'Nažalost, to nisam pronašao na ovoj web stranici. Pokušajte drugačije postaviti pitanje ili pitajte o nečemu čime se stranica bavi.',
    greeting: 'Zdravo! Ja sam {name}.',
    thanks: 'Nema na čemu! Mogu li vam još u nečemu pomoći?',
    goodbye: 'Doviđenja i hvala na posjeti!',
    identity: 'Ja sam {name}, asistent koji odgovara na pitanja na osnovu sadržaja ove web stranice.',
    ask: 'Pitajte me bilo šta o ovoj web stranici.',
  },
  sl: {
    notFound:
      'Žal tega nisem našel na tej spletni strani. Poskusite vprašanje zastaviti drugače ali vprašajte o nečem, o čemer govori stran.',
    greeting: 'Pozdravljeni! Sem {name}.',
    thanks: 'Ni za kaj! Vam lahko še kako pomagam?',
    goodbye: 'Nasvidenje in hvala za obisk!',
    identity: 'Sem {name}, pomočnik, ki odgovarja na vprašanja na podlagi strani tega spletnega mesta.',
    ask: 'Vprašajte me karkoli o tej spletni strani.',
  },
  ca: {
    notFound:
      'Ho sento, no ho he trobat en aquest lloc web. Provi de formular la pregunta d’una altra manera, o pregunti per alguna cosa de què tracti el lloc.',
    greeting: 'Hola! Soc {name}.',
    thanks: 'De res! Hi ha alguna altra cosa en què pugui ajudar?',
    goodbye: 'Adéu, i gràcies per la visita!',
    identity: 'Soc {name}, un assistent que respon preguntes a partir de les pàgines d’aquest lloc web.',
    ask: 'Pregunti’m el que vulgui sobre aquest lloc web.',
  },
  he: {
    notFound: 'סליחה, לא מצאתי את זה באתר הזה. נסו לנסח את השאלה אחרת, או לשאול על משהו שהאתר עוסק בו.',
    greeting: 'שלום! אני {name}.',
    thanks: 'בשמחה! יש עוד משהו שאוכל לעזור בו?',
    goodbye: 'להתראות, ותודה שביקרתם!',
    identity: 'אני {name}, עוזר שעונה על שאלות על סמך הדפים של האתר הזה.',
    ask: 'אפשר לשאול אותי כל דבר על האתר הזה.',
  },
  fa: {
    notFound:
      'متأسفم، این را در این وب‌سایت پیدا نکردم. سؤالتان را به شکل دیگری بپرسید، یا دربارهٔ موضوعی بپرسید که سایت به آن می‌پردازد.',
    greeting: 'سلام! من {name} هستم.',
    thanks: 'خواهش می‌کنم! کار دیگری هست که بتوانم برایتان انجام دهم؟',
    goodbye: 'خدانگهدار، و ممنون از بازدیدتان!',
    identity: 'من {name} هستم، دستیاری که بر اساس صفحه‌های این وب‌سایت به پرسش‌ها پاسخ می‌دهد.',
    ask: 'هر سؤالی دربارهٔ این وب‌سایت دارید، از من بپرسید.',
  },
  uk: {
    notFound:
      'На жаль, я не знайшов цього на сайті. Спробуйте переформулювати запитання або запитайте про те, про що розповідає сайт.',
    greeting: 'Вітаю! Я {name}.',
    thanks: 'Будь ласка! Чи можу я ще чимось допомогти?',
    goodbye: 'До побачення, дякуємо, що завітали!',
    identity: 'Я {name}, помічник, який відповідає на запитання на основі сторінок цього сайту.',
    ask: 'Запитуйте що завгодно про цей сайт.',
  },
  id: {
    notFound:
      'Maaf, saya tidak menemukan informasi itu di situs web ini. Coba ajukan pertanyaan dengan kata-kata lain, atau tanyakan hal yang dibahas di situs ini.',
    greeting: 'Halo! Saya {name}.',
    thanks: 'Sama-sama! Ada lagi yang bisa saya bantu?',
    goodbye: 'Sampai jumpa, terima kasih sudah berkunjung!',
    identity: 'Saya {name}, asisten yang menjawab pertanyaan berdasarkan halaman-halaman situs web ini.',
    ask: 'Silakan tanyakan apa saja tentang situs web ini.',
  },
  sv: {
    notFound:
      'Tyvärr hittade jag inte det på den här webbplatsen. Försök formulera frågan på ett annat sätt, eller fråga om något som webbplatsen tar upp.',
    greeting: 'Hej! Jag är {name}.',
    thanks: 'Varsågod! Är det något mer jag kan hjälpa till med?',
    goodbye: 'Hej då, och tack för besöket!',
    identity: 'Jag är {name}, en assistent som svarar på frågor utifrån sidorna på den här webbplatsen.',
    ask: 'Fråga mig gärna om vad som helst på den här webbplatsen.',
  },
  da: {
    notFound:
      'Beklager, det kunne jeg ikke finde på denne hjemmeside. Prøv at formulere spørgsmålet anderledes, eller spørg om noget, som siden handler om.',
    greeting: 'Hej! Jeg er {name}.',
    thanks: 'Selv tak! Er der andet, jeg kan hjælpe med?',
    goodbye: 'Farvel, og tak for besøget!',
    identity: 'Jeg er {name}, en assistent, der besvarer spørgsmål ud fra siderne på denne hjemmeside.',
    ask: 'Du er velkommen til at spørge mig om alt på denne hjemmeside.',
  },
  no: {
    notFound:
      'Beklager, det fant jeg ikke på dette nettstedet. Prøv å formulere spørsmålet på en annen måte, eller spør om noe nettstedet handler om.',
    greeting: 'Hei! Jeg er {name}.',
    thanks: 'Bare hyggelig! Er det noe mer jeg kan hjelpe deg med?',
    goodbye: 'Ha det bra, og takk for besøket!',
    identity: 'Jeg er {name}, en assistent som svarer på spørsmål ut fra sidene på dette nettstedet.',
    ask: 'Spør meg gjerne om hva som helst på dette nettstedet.',
  },
  fi: {
    notFound:
      'Valitettavasti en löytänyt tätä tältä sivustolta. Kokeile muotoilla kysymys toisin tai kysy jostakin, mitä sivustolla käsitellään.',
    greeting: 'Hei! Olen {name}.',
    thanks: 'Ole hyvä! Voinko auttaa vielä jossakin?',
    goodbye: 'Näkemiin, ja kiitos käynnistä!',
    identity: 'Olen {name}, avustaja, joka vastaa kysymyksiin tämän sivuston sivujen perusteella.',
    ask: 'Voit kysyä minulta mitä tahansa tästä sivustosta.',
  },
  hu: {
    notFound:
      'Sajnos ezt nem találtam meg ezen a weboldalon. Próbálja meg másképp megfogalmazni a kérdést, vagy kérdezzen valamiről, amivel az oldal foglalkozik.',
    greeting: 'Üdvözlöm! {name} vagyok.',
    thanks: 'Szívesen! Segíthetek még valamiben?',
    goodbye: 'Viszontlátásra, köszönjük a látogatást!',
    identity: '{name} vagyok, egy asszisztens, amely ennek a weboldalnak az oldalai alapján válaszol a kérdésekre.',
    ask: 'Kérdezzen bátran bármit erről a weboldalról.',
  },
  ro: {
    notFound:
      'Îmi pare rău, nu am găsit această informație pe acest site. Încercați să reformulați întrebarea sau întrebați despre un subiect tratat pe site.',
    greeting: 'Bună ziua! Sunt {name}.',
    thanks: 'Cu plăcere! Vă mai pot ajuta cu ceva?',
    goodbye: 'La revedere și vă mulțumim pentru vizită!',
    identity: 'Sunt {name}, un asistent care răspunde la întrebări pe baza paginilor acestui site.',
    ask: 'Întrebați-mă orice despre acest site.',
  },
  bg: {
    notFound:
      'За съжаление не открих това на този уебсайт. Опитайте да зададете въпроса си по друг начин или попитайте за нещо, за което се говори в сайта.',
    greeting: 'Здравейте! Аз съм {name}.',
    thanks: 'Няма защо! Мога ли да Ви помогна с нещо друго?',
    goodbye: 'Довиждане и благодарим Ви за посещението!',
    identity: 'Аз съм {name}, асистент, който отговаря на въпроси въз основа на страниците на този уебсайт.',
    ask: 'Попитайте ме каквото желаете за този уебсайт.',
  },
  sr: {
    notFound:
      'Нажалост, то нисам пронашао на овом сајту. Покушајте да другачије поставите питање или питајте о нечему чиме се сајт бави.',
    greeting: 'Добар дан! Ја сам {name}.',
    thanks: 'Нема на чему! Могу ли још нечим да вам помогнем?',
    goodbye: 'Довиђења и хвала на посети!',
    identity: 'Ја сам {name}, асистент који одговара на питања на основу садржаја овог сајта.',
    ask: 'Питајте ме било шта о овом сајту.',
  },
  gl: {
    notFound:
      'Síntoo, non atopei iso neste sitio web. Probe a formular a pregunta doutro xeito ou pregunte por algún tema que trate o sitio.',
    greeting: 'Ola! Son {name}.',
    thanks: 'De nada! Podo axudarlle en algo máis?',
    goodbye: 'Adeus, e grazas pola súa visita!',
    identity: 'Son {name}, un asistente que responde preguntas a partir das páxinas deste sitio web.',
    ask: 'Pregúnteme o que queira sobre este sitio web.',
  },
  et: {
    notFound:
      'Vabandust, ma ei leidnud seda sellelt veebisaidilt. Proovige küsimust teisiti sõnastada või küsige millegi kohta, millest sait räägib.',
    greeting: 'Tere! Mina olen {name}.',
    thanks: 'Pole tänu väärt! Kas saan teid veel millegagi aidata?',
    goodbye: 'Head aega ja aitäh külastuse eest!',
    identity: 'Mina olen {name}, assistent, kes vastab küsimustele selle veebisaidi lehtede põhjal.',
    ask: 'Küsige minult julgelt kõike selle veebisaidi kohta.',
  },
  lv: {
    notFound:
      'Diemžēl šajā tīmekļa vietnē to neatradu. Mēģiniet jautājumu formulēt citādi vai jautājiet par kādu tēmu, kas aplūkota šajā vietnē.',
    greeting: 'Labdien! Esmu {name}.',
    thanks: 'Lūdzu! Vai varu jums vēl ar ko palīdzēt?',
    goodbye: 'Uz redzēšanos, un paldies par apmeklējumu!',
    identity: 'Esmu {name}, asistents, kas atbild uz jautājumiem, izmantojot šīs tīmekļa vietnes lapas.',
    ask: 'Jautājiet man jebko par šo tīmekļa vietni.',
  },
  af: {
    notFound:
      'Jammer, ek kon dit nie op hierdie webwerf vind nie. Probeer die vraag anders stel, of vra oor iets wat die webwerf dek.',
    greeting: 'Hallo! Ek is {name}.',
    thanks: 'Plesier! Kan ek u met enigiets anders help?',
    goodbye: 'Totsiens, en dankie vir u besoek!',
    identity: 'Ek is {name}, ’n assistent wat vrae aan die hand van hierdie webwerf se bladsye beantwoord.',
    ask: 'Vra my gerus enigiets oor hierdie webwerf.',
  },
  sw: {
    notFound:
      'Samahani, sikupata hilo kwenye tovuti hii. Jaribu kuuliza swali lako kwa maneno mengine, au uliza kuhusu jambo linalozungumziwa kwenye tovuti.',
    greeting: 'Habari! Mimi ni {name}.',
    thanks: 'Karibu! Je, kuna jambo lingine ninaloweza kukusaidia?',
    goodbye: 'Kwa heri, na asante kwa kututembelea!',
    identity: 'Mimi ni {name}, msaidizi anayejibu maswali kwa kutumia kurasa za tovuti hii.',
    ask: 'Niulize chochote kuhusu tovuti hii.',
  },
  tl: {
    notFound:
      'Paumanhin po, hindi ko ito nahanap sa website na ito. Subukan po ninyong ibahin ang pagkakatanong, o magtanong tungkol sa paksang nasa website.',
    greeting: 'Kumusta po! Ako si {name}.',
    thanks: 'Walang anuman po! May iba pa po ba akong maitutulong?',
    goodbye: 'Paalam po, at salamat sa pagbisita!',
    identity: 'Ako si {name}, isang assistant na sumasagot sa mga tanong batay sa mga pahina ng website na ito.',
    ask: 'Magtanong lang po kayo ng kahit ano tungkol sa website na ito.',
  },
  bn: {
    notFound: 'দুঃখিত, এই ওয়েবসাইটে আমি এটি খুঁজে পাইনি। প্রশ্নটি অন্যভাবে করে দেখুন, অথবা এই সাইটে আছে এমন কোনো বিষয়ে জিজ্ঞাসা করুন।',
    greeting: 'হ্যালো! আমি {name}।',
    thanks: 'আপনাকেও ধন্যবাদ! আমি কি আর কোনোভাবে সাহায্য করতে পারি?',
    goodbye: 'বিদায়, আসার জন্য ধন্যবাদ!',
    identity: 'আমি {name}, একজন সহকারী, যে এই ওয়েবসাইটের পাতাগুলো থেকে প্রশ্নের উত্তর দেয়।',
    ask: 'এই ওয়েবসাইট সম্পর্কে আমাকে যেকোনো কিছু জিজ্ঞাসা করুন।',
  },
  mr: {
    notFound:
      'क्षमस्व, मला हे या वेबसाइटवर सापडले नाही. तुमचा प्रश्न वेगळ्या शब्दांत विचारून पाहा, किंवा या साइटवर असलेल्या एखाद्या विषयाबद्दल विचारा.',
    greeting: 'नमस्कार! मी {name} आहे.',
    thanks: 'आपले स्वागत आहे! मी आणखी काही मदत करू शकतो का?',
    goodbye: 'पुन्हा भेटू, भेट दिल्याबद्दल धन्यवाद!',
    identity: 'मी {name} आहे, एक सहाय्यक जो या वेबसाइटच्या पानांवरून प्रश्नांची उत्तरे देतो.',
    ask: 'या वेबसाइटबद्दल मला काहीही विचारा.',
  },
  eu: {
    notFound:
      'Barkatu, ez dut hori webgune honetan aurkitu. Saiatu galdera beste modu batean egiten, edo galdetu webguneak jorratzen duen zerbaiti buruz.',
    greeting: 'Kaixo! {name} naiz.',
    thanks: 'Ez horregatik! Beste zerbaitetan lagun zaitzaket?',
    goodbye: 'Agur, eta eskerrik asko bisitagatik!',
    identity: '{name} naiz, webgune honetako orrietan oinarrituta galderei erantzuten dien laguntzailea.',
    ask: 'Galdetu nahi duzun edozer webgune honi buruz.',
  },
};

/** The bot's phrase in `language`, English where there is no translation. */
export function phrase(language: string, key: keyof Phrases, name = ''): string {
  return (PHRASES[language] ?? PHRASES.en!)[key].replaceAll('{name}', name);
}
