import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn } from '../../../../test/helpers/site.js';

const vietnamese = (title: string, text: string) => pageIn('vi', title, `<h1>${title}</h1><p>${text}</p>`);
// A seafood restaurant: cửa (door, as in "opening hours") and cua (crab)
// differ by their accents alone.
const SITE = {
  '/': vietnamese(
    'Nhà hàng hải sản',
    '<a href="/gio-mo-cua">Giờ mở cửa</a> <a href="/hai-san">Hải sản</a> <a href="/giao-hang">Giao hàng</a>',
  ),
  '/gio-mo-cua': vietnamese(
    'Giờ mở cửa',
    'Nhà hàng mở cửa từ 10 giờ sáng đến 22 giờ tối; cửa sau dành cho xe máy, cửa trước cho khách đi bộ.',
  ),
  '/hai-san': vietnamese('Hải sản tươi sống', 'Tôm hùm, cua Cà Mau và ghẹ còn sống trong bể, giá theo ký.'),
  '/giao-hang': vietnamese(
    'Giao hàng',
    'Chúng tôi giao hàng miễn phí trong bán kính 5 km, phí 20.000 đồng nếu xa hơn.',
  ),
};

// A clothes shop: hàng ("goods") is in many words, giao hàng ("delivery") is one of them.
const SHOP = {
  '/': vietnamese('Cửa hàng quần áo', '<a href="/van-chuyen">Vận chuyển</a> <a href="/hang-moi">Hàng mới về</a>'),
  '/van-chuyen': vietnamese('Vận chuyển', 'Chúng tôi giao hàng toàn quốc trong 3 ngày.'),
  '/hang-moi': vietnamese(
    'Hàng mới về',
    'Hàng mới về mỗi tuần: giày, áo, túi. Hàng đẹp, hàng rẻ, hàng chính hãng; nhân viên giao ca lúc 14 giờ.',
  ),
};

describe.each(DIALECTS)('Vietnamese words of two syllables on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SHOP);
  });
  afterAll(() => trained.close());

  it('meets a word of two syllables as a word, not as its syllables apart', async () => {
    expect(await firstSearchPage(trained, 'Có giao hàng không?')).toBe('/van-chuyen');
    expect(await firstSearchPage(trained, 'co giao hang khong')).toBe('/van-chuyen');
  });
});

describe.each(DIALECTS)('Vietnamese accents on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  const firstPage = (query: string) => firstSearchPage(trained, query);
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
  });
  afterAll(() => trained.close());

  it('tells words apart by their accents', async () => {
    expect(await firstPage('Có cua không?')).toBe('/hai-san');
    expect(await firstPage('Mấy giờ mở cửa?')).toBe('/gio-mo-cua');
  });

  it('finds the page for a question typed without accents', async () => {
    expect(await firstPage('may gio mo cua?')).toBe('/gio-mo-cua');
    expect(await firstPage('co giao hang mien phi khong')).toBe('/giao-hang');
  });
});
