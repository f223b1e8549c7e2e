import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { deciderSpecification, nonEmpty } from '@ocop/kernel';
import { parseProductCode } from '@ocop/rules';
import {
  decodeProductCommand,
  ProductCodeCodec,
  productDecider,
  productEvents,
  productStream,
  type ProductCommand,
  type ProductEvent,
} from '../src/index.js';
import { communeOfficer, ctx, day, productId, subjectActor, subjectId } from './fixtures.js';
import { decoded, leftOf, rightOf, throughJson, viaJson } from './helpers.js';

const spec = deciderSpecification(productDecider);

const registerData = { productId, subjectId, name: nonEmpty('Gạo ST25 Đức Lan'), sheet: 3, ...ctx('2026-06-02', subjectActor) };
const registered: ProductEvent = { type: 'ProductRegistered', data: registerData };

const code = (s: string): string => decoded(ProductCodeCodec, s);
const assign = (s: string, day = '2026-12-20'): ProductCommand => ({
  type: 'AssignProductCode',
  data: { code: code(s), ...ctx(day, communeOfficer) },
});
const assigned = (s: string, day = '2026-12-20'): ProductEvent => ({
  type: 'ProductCodeAssigned',
  data: { productId, code: code(s), ...ctx(day, communeOfficer) },
});

const shopee = { name: nonEmpty('Shopee'), kind: 'ecommerce' as const };
const listData = {
  channel: shopee,
  since: day('2026-07-01'),
  url: nonEmpty('https://shopee.vn/gao-st25-duc-lan'),
  ...ctx('2026-07-01', subjectActor),
};
const listed: ProductEvent = { type: 'ProductListed', data: { productId, ...listData } };
const delistData = { channel: nonEmpty('Shopee'), until: day('2026-09-30'), ...ctx('2026-10-01', subjectActor) };
const delisted: ProductEvent = { type: 'ProductDelisted', data: { productId, ...delistData } };

// QĐ 26/2026 Annex I: each product is scored on one of the 26 sheets (bộ sản phẩm) of its group.
test('registering a product records its subject and its sheet', () => {
  spec.given([]).when({ type: 'RegisterProduct', data: registerData }).then([registered]);
});

// [inference] A stream holds one product.
test('a product is registered once', () => {
  spec
    .given([registered])
    .when({ type: 'RegisterProduct', data: registerData })
    .thenError({ kind: 'conflict', rule: 'ProductAlreadyRegistered', message: 'product gao-st25 is already registered' });
});

// QĐ 26/2026 Annex I: there are 26 sheets.
test('a sheet outside 1 to 26 is refused by the codec', () => {
  for (const sheet of [0, 27, 3.5])
    assert.equal(leftOf(decodeProductCommand(viaJson({ type: 'RegisterProduct', data: { ...registerData, sheet } }))), {
      _tag: 'ValidationFailure',
      what: 'product command RegisterProduct',
      errors: [{ path: 'data.sheet', message: `expected SheetNumber, got ${sheet}` }],
    });
});

// QĐ 26/2026 Annex II, sheet headers: (Mã tỉnh)-(Mã xã)-(STT)-(Năm đánh giá), with the codes of QĐ 19/2025.
test('a product code in the format of QĐ 26/2026 is assigned', () => {
  spec
    .given([registered])
    .when(assign('68-23149-12-2026'))
    .then([assigned('68-23149-12-2026')]);
  assert.equal(rightOf(parseProductCode('68-23149-12-2026')), {
    format: 'province-commune',
    province: '68',
    commune: '23149',
    serial: 12,
    year: 2026,
  });
});

// [inference] QĐ 148/2023: before July 2025 codes carried the district, (tỉnh)-(huyện)-(xã)-(STT)-(năm).
test('a product code of the older five-part format is assigned as written', () => {
  spec
    .given([registered])
    .when(assign('60-599-23176-3-2024', '2024-11-05'))
    .then([assigned('60-599-23176-3-2024', '2024-11-05')]);
});

// [inference] Assigning the code a product already bears changes nothing, so a retried command writes nothing.
test('assigning the same code again writes nothing; a new code (a re-evaluation year) is assigned', () => {
  spec
    .given([registered, assigned('68-23149-12-2026')])
    .when(assign('68-23149-12-2026', '2026-12-21'))
    .then([]);
  spec
    .given([registered, assigned('60-599-23176-3-2024', '2024-11-05')])
    .when(assign('68-23149-12-2026'))
    .then([assigned('68-23149-12-2026')]);
});

// QĐ 26/2026 Annex II, sheet headers (and the older five-part format [inference]): each part has its digits.
test('a malformed product code is refused by the codec, naming the part that is wrong', () => {
  const refusal = (value: unknown): unknown =>
    leftOf(decodeProductCommand(viaJson({ type: 'AssignProductCode', data: { code: value, ...ctx('2026-12-20', communeOfficer) } })));
  const failure = (message: string) => ({
    _tag: 'ValidationFailure',
    what: 'product command AssignProductCode',
    errors: [{ path: 'data.code', message }],
  });
  assert.equal(
    refusal('68-23149-012-2026'),
    failure('"68-23149-012-2026": the serial "012" should be a serial number from 1, without leading zeros'),
  );
  assert.equal(refusal('68-2314-12-2026'), failure('"68-2314-12-2026": the commune "2314" should be a commune code of 5 digits'));
  assert.equal(refusal('6O-599-23176-3-2024'), failure('"6O-599-23176-3-2024": the province "6O" should be a province code of 2 digits'));
  assert.equal(refusal('60-599-23176-3-24'), failure('"60-599-23176-3-24": the year "24" should be a year of 4 digits'));
  assert.equal(
    refusal('68-23149-12'),
    failure(
      '"68-23149-12" has 3 parts separated by "-"; a product code has 4 (province-commune-serial-year) or, before July 2025, 5 (province-district-commune-serial-year)',
    ),
  );
  assert.equal(refusal(68231491226), failure('a product code is a string such as "68-23149-12-2026"'));
  assert.not.ok(ProductCodeCodec.is('68-23149-0-2026'));
  assert.ok(ProductCodeCodec.is('60-599-23176-3-2024'));
});

// The Tánh Linh 2024 plan counts products on e-commerce platforms and retail chains.
// [inference] The Tánh Linh 2024 plan counts products on e-commerce platforms and retail chains; a listing is recorded once.
test('listing on a channel is recorded; listing again on the same channel is refused', () => {
  spec.given([registered]).when({ type: 'ListOnChannel', data: listData }).then([listed]);
  spec
    .given([registered, listed])
    .when({ type: 'ListOnChannel', data: { ...listData, since: day('2026-08-01') } })
    .thenError({ kind: 'conflict', rule: 'AlreadyListed', message: 'the product is already listed on Shopee' });
});

// [inference] A product leaves a channel it is on, and may return to it.
test('a channel the product is listed on may be left, and joined again later; one it is not on may not be left', () => {
  spec.given([registered, listed]).when({ type: 'DelistFromChannel', data: delistData }).then([delisted]);
  spec
    .given([registered, listed, delisted])
    .when({ type: 'DelistFromChannel', data: delistData })
    .thenError({ kind: 'conflict', rule: 'NotListed', message: 'the product is not listed on Shopee' });
  spec
    .given([registered])
    .when({ type: 'DelistFromChannel', data: { ...delistData, channel: nonEmpty('Lazada') } })
    .thenError({ kind: 'conflict', rule: 'NotListed', message: 'the product is not listed on Lazada' });
  const again = { ...listData, since: day('2027-01-02'), ...ctx('2027-01-02', subjectActor) };
  spec
    .given([registered, listed, delisted])
    .when({ type: 'ListOnChannel', data: again })
    .then([{ type: 'ProductListed', data: { productId, ...again } }]);
});

// [inference] Channels are known by name (Shopee, Lazada, …).
test('channels are told apart by name: listing on a second platform is accepted', () => {
  const lazada = { ...listData, channel: { name: nonEmpty('Lazada'), kind: 'ecommerce' as const } };
  spec
    .given([registered, listed])
    .when({ type: 'ListOnChannel', data: lazada })
    .then([{ type: 'ProductListed', data: { productId, ...lazada } }]);
});

// Criteria 2.3 and 5.1 reward an electronic traceability code (mã truy xuất nguồn gốc).
// QĐ 26/2026 Annex II, criteria 2.3 and 5.1 reward an electronic traceability code.
test('a traceability code is recorded', () => {
  const data = { code: nonEmpty('8938505970012'), ...ctx('2026-07-15', subjectActor) };
  spec
    .given([registered])
    .when({ type: 'SetTraceabilityCode', data })
    .then([{ type: 'TraceabilityCodeSet', data: { productId, ...data } }]);
});

// [inference] Only a registered product changes.
test('commands on a product never registered are refused as not found', () => {
  const notRegistered = { kind: 'notFound', rule: 'ProductNotRegistered', message: 'the product is not registered' } as const;
  const commands: ReadonlyArray<ProductCommand> = [
    assign('68-23149-12-2026'),
    { type: 'ListOnChannel', data: listData },
    { type: 'DelistFromChannel', data: delistData },
    { type: 'SetTraceabilityCode', data: { code: nonEmpty('8938505970012'), ...ctx('2026-07-15', subjectActor) } },
  ];
  for (const command of commands) spec.given([]).when(command).thenError(notRegistered);
});

// [inference] One stream per product; events survive JSON unchanged.
test('the stream of a product is named by its id; its events survive encoding', () => {
  assert.is(productStream(productId), 'Product-gao-st25');
  for (const event of [registered, assigned('60-599-23176-3-2024'), listed, delisted])
    assert.equal(rightOf(throughJson(productEvents, event)), event);
});

test.run();
