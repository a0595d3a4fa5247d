import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn } from '../../../../test/helpers/site.js';

const korean = (title: string, text: string) => pageIn('ko', title, `<h1>${title}</h1><p>${text}</p>`);
// A Korean shop: particles are written onto the words (배송비는, 주차장이), so
// the visitor's word forms are seldom the page's.
const SITE = {
  '/': korean(
    '자전거 가게',
    '<a href="/shipping">배송</a> <a href="/parking">오시는 길</a> <a href="/hours">영업시간</a> <a href="/repair">수리</a>',
  ),
  '/shipping': korean(
    '배송',
    '배송비는 5만 원 이상 주문 시 무료이며, 그 외에는 3,000원입니다. 제주도는 추가 요금이 있습니다.',
  ),
  '/parking': korean('오시는 길', '가게 뒤편에 고객 전용 주차장이 있습니다. 33번 버스가 가게 앞에 정차합니다.'),
  '/hours': korean('영업시간', '평일에는 9시부터 18시까지, 토요일에는 17시까지 영업합니다. 월요일은 쉽니다.'),
  '/repair': korean('수리', '모든 브랜드의 자전거를 수리합니다. 타이어 펑크 수리는 당일에 끝납니다.'),
};

describe.each(DIALECTS)('Korean particles on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  const firstPage = (query: string) => firstSearchPage(trained, query);
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
  });
  afterAll(() => trained.close());

  it('finds a word whatever particle the page or the question puts on it', async () => {
    expect(await firstPage('배송비가 얼마예요?')).toBe('/shipping'); // page: 배송비는
    expect(await firstPage('주차장 있어요?')).toBe('/parking'); // page: 주차장이
    expect(await firstPage('펑크를 고쳐 주나요?')).toBe('/repair'); // page: 펑크
  });

  it('finds a word whose particle the question swaps for another', async () => {
    expect(await firstPage('토요일엔 몇 시까지 해요?')).toBe('/hours'); // page: 토요일에는
  });
});
