import { mkdirSync, writeFileSync } from 'node:fs';

import { test as setup } from '@playwright/test';

import { createEvent, createListing, organiser, registerAndApprove, registerEnterprise, signUp } from './fixtures/api';
import { AUTH_DIR, SUPPLIER_STATE, WORLD_FILE } from './fixtures/world';

// The world the specs share, made through the API: a box printer that supplies gift boxes, an
// organiser with an upcoming event the printer is approved for. The printer signs in once (its
// session cookie saved as storageState); the buyer is the person the specs drive through sign-up.
setup('supplier, organiser and event', async ({ request }) => {
  const supplier = await signUp('礼盒厂销售');
  const supplierName = `仁怀市酒都礼盒印务有限公司${Date.now().toString(36)}`;
  await registerEnterprise(supplier, supplierName, ['2319']);
  const supplyId = await createListing(supplier, {
    kind: 'SUPPLY',
    title: '白酒礼盒 精品包装盒 印刷定制',
    description: '酱香型白酒礼盒、手提袋，年产能 300 万套，可打样',
    categoryCode: '2319',
    quantity: 3_000_000,
    unit: '套',
    priceMin: 8,
    priceMax: 15,
  });
  const org = await organiser();
  const { id: eventId, title: eventTitle } = await createEvent(org);
  await registerAndApprove(supplier, org, eventId, [supplyId]);

  const logIn = await request.post('/graphql', {
    data: {
      query: `mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }`,
      variables: { i: { email: supplier.email, password: supplier.password } },
    },
  });
  if (!logIn.ok()) throw new Error(`supplier log-in failed: ${logIn.status()}`);
  mkdirSync(AUTH_DIR, { recursive: true });
  await request.storageState({ path: SUPPLIER_STATE });
  writeFileSync(WORLD_FILE, JSON.stringify({ supplier, supplierName, supplyId, org, eventId, eventTitle }));
});
