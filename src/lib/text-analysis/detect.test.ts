import { describe, expect, it } from 'vitest';
import { detectLanguage, detectPageLanguage, rankLanguages, visitorLanguage } from './detect.js';

describe('detectLanguage', () => {
  // A paragraph is enough; a single short sentence can be taken for a neighbouring language.
  it('names the language of a page’s text', () => {
    expect(
      detectLanguage(
        'Debian ist eine Organisation Freiwilliger, die konsistente Distributionen vorkompilierter Binärpakete erstellt und über ihr Archiv verteilt.',
      ),
    ).toBe('de');
    expect(
      detectLanguage(
        'Debian est une organisation de bénévoles qui construit des distributions cohérentes de paquets binaires précompilés.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Debian es una organización de voluntarios que crea distribuciones coherentes de paquetes binarios precompilados.',
      ),
    ).toBe('es');
    expect(detectLanguage('Debian 是一个志愿者组织，它建立一致的自由软件的预编译二进制包并从档案库中分发它们。')).toBe(
      'zh',
    );
    expect(
      detectLanguage(
        'Debian はボランティアの組織で、コンパイル済みのバイナリーパッケージの一貫した配布を行っています。',
      ),
    ).toBe('ja');
    expect(
      detectLanguage(
        'Доставка по городу бесплатна для заказов от 50 евро. Мы доставляем велосипеды в течение двух дней после оформления заказа.',
      ),
    ).toBe('ru');
    expect(detectLanguage('ร้านของเราเปิดทุกวันจันทร์ถึงวันศุกร์ ตั้งแต่เก้าโมงเช้าถึงหกโมงเย็น')).toBe('th');
  });

  it('says und when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 34 -- ::')).toBe('und');
  });
});

describe('detectPageLanguage', () => {
  it('is sure of a script of one language, and of running text', () => {
    expect(detectPageLanguage('ร้านของเราเปิดทุกวันจันทร์ถึงวันศุกร์')).toEqual({ language: 'th', sure: true });
    const german =
      'Sie können jedes Fahrrad innerhalb von 30 Tagen nach der Lieferung zurückgeben und erhalten den vollen Kaufpreis zurück, solange es nicht im Freien gefahren wurde. Schicken Sie uns eine Nachricht mit Ihrer Bestellnummer, und wir senden Ihnen ein Rücksendeetikett, mit dem Sie das Rad kostenlos an unsere Werkstatt in Berlin schicken können.';
    expect(detectPageLanguage(german)).toEqual({ language: 'de', sure: true });
  });

  it('is not sure of a few words, nor of a list of names', () => {
    // Read alone, the line is Portuguese and the menu Italian.
    expect(detectPageLanguage('Desserts\nHomemade desserts, baked fresh daily.')).toEqual({
      language: 'pt',
      sure: false,
    });
    const menu = Array(4)
      .fill("Spaghetti carbonara\nPenne all'arrabbiata\nRisotto porcini\nSaltimbocca romana\nTiramisù\nPanna cotta")
      .join('\n');
    expect(detectPageLanguage(menu)).toEqual({ language: 'it', sure: false });
    expect(detectPageLanguage('12 34 -- ::')).toEqual({ language: 'und', sure: false });
  });
});

describe('rankLanguages', () => {
  it('orders a chatbot’s languages by how likely a short question is in each', () => {
    expect(rankLanguages('Wie kann ich ein Paket installieren?', ['en', 'de'])[0]).toBe('de');
    expect(rankLanguages('how do I install a package', ['de', 'en'])[0]).toBe('en');
    expect(rankLanguages('如何安装软件包', ['en', 'zh'])[0]).toBe('zh');
    expect(rankLanguages('anything', ['fr'])).toEqual(['fr']);
  });
});

describe('visitorLanguage', () => {
  it('tells a short question’s language by its function words, where trigrams alone misjudge it', () => {
    expect(rankLanguages("what's your phone number", ['fr', 'de', 'en'])[0]).toBe('en');
    expect(visitorLanguage('Wie ist eure Telefonnummer?', 'en')).toBe('de');
    expect(visitorLanguage('Où se trouve votre magasin ?', 'en')).toBe('fr');
    expect(visitorLanguage('送货要多少钱', 'en')).toBe('zh');
  });

  it('keeps the site’s language when a question gives nothing to go on', () => {
    expect(visitorLanguage('parking?', 'en')).toBe('en');
    expect(visitorLanguage('Telefonnummer', 'en')).toBe('en');
    expect(visitorLanguage('opening hours', 'de')).toBe('de');
  });

  it('keeps the site’s language for a question in it that shares short words with another', () => {
    // "do", "i", "to", "a" and "mat" (mať, to have) are all Slovak function words.
    expect(visitorLanguage('do I need to bring a mat', 'en')).toBe('en');
    expect(visitorLanguage('Kann ich die Bestellung in den USA abholen?', 'en')).toBe('de');
  });
});
