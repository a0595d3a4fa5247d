import { describe, expect, it } from 'vitest';
import { smallTalk } from './small-talk.js';

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
  });

  it('ignores the bot’s own name', () => {
    expect(smallTalk('Hi Bikebot!', 'Bikebot')).toEqual({ kinds: ['greeting'], language: 'en' });
  });

  it('leaves real questions to the search, greeting or not', () => {
    expect(smallTalk('hi, when are you open?')).toBeNull();
    expect(smallTalk('thanks for the help with my order, where is it?')).toBeNull();
    expect(smallTalk('What is your phone number?')).toBeNull();
    expect(smallTalk('Who are your brands?')).toBeNull();
    expect(smallTalk('你好，商店几点开门？')).toBeNull();
    expect(smallTalk('chào bạn, cửa hàng mở cửa lúc mấy giờ?')).toBeNull();
    expect(smallTalk('dzień dobry, ile kosztuje wysyłka?')).toBeNull();
    expect(smallTalk('')).toBeNull();
  });
});
