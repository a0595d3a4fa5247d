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
