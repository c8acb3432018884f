import { graphql } from './generated';
import { eventually } from './support/eventually';
import { createListing, enterpriseMember } from './support/factories';
import { GraphQLClient } from './support/graphql';
import type { Mail } from './support/mail-catcher';
import { catchMail } from './support/mail-catcher';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

describe('notification e-mail by user preference (e2e)', () => {
  let mails: Mail[] = [];
  let catcher: Awaited<ReturnType<typeof catchMail>>;
  let stack: Stack;
  let api: GraphQLClient;
  const before = process.env.SMTP_URL;

  beforeAll(async () => {
    catcher = await catchMail();
    mails = catcher.mails;
    process.env.SMTP_URL = catcher.url;
    stack = await startStack({ isolated: true });
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await stack?.close();
    await catcher?.close();
    process.env.SMTP_URL = before;
  });

  it('mails the kinds a user chose, once, and nothing to those who did not choose them', async () => {
    const distillery = await enterpriseMember(api, { regionCode: '520382', categoryCodes: ['1512'] });
    const glassworks = await enterpriseMember(api, { sector: 'BUILDING_MATERIALS', categoryCodes: ['3055'] });
    const set = await distillery.client.ok(
      graphql(
        `mutation EmailSetEmailNotificationKinds { setEmailNotificationKinds(kinds: ["MATCH_SUGGESTED"]) { id emailNotificationKinds } }`,
      ),
    );
    expect(set.setEmailNotificationKinds.emailNotificationKinds).toEqual(['MATCH_SUGGESTED']);

    await createListing(distillery.client, {
      kind: 'DEMAND',
      title: '求购 酱香型白酒玻璃瓶',
      quantity: 2_000_000,
      certifications: [],
    });
    await createListing(glassworks.client);

    await eventually(
      'an e-mail sent',
      async () => mails.length,
      (n) => n > 0,
    );
    await new Promise((r) => setTimeout(r, 1_500)); // a quiet period: nothing more may come
    expect(mails.map((m) => m.to)).toEqual([[distillery.email]]);
    expect(mails[0].raw).toMatch(/Subject: =\?UTF-8\?/); // a Chinese subject, encoded
    expect(mails[0].raw).toContain('X-Duijie-Notification:');

    const bad = await distillery.client.fails(
      graphql(`mutation EmailSetEmailNotificationKinds2 { setEmailNotificationKinds(kinds: ["SPAM"]) { id } }`),
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['kinds'] });
  }, 40_000);
});
