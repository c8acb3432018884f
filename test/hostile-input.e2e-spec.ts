import { createListing, enterpriseMember, listingInput } from './support/factories';
import { useStack } from './support/stack';

const NASTY = [
  "'; DROP TABLE listing; --",
  "' OR '1'='1",
  '%_\\',
  'a\u0000b',
  '😀🀄 酒\u200b瓶',
  '<script>alert(1)</script>',
  '瓶'.repeat(5000),
  '',
  '   ',
];

describe('hostile input (e2e)', () => {
  const { api, stack } = useStack({ worker: false });

  it('answers injection strings, NUL bytes, emoji and huge text in every text field and filter with data or BAD_USER_INPUT, never a 500', async () => {
    const firm = await enterpriseMember(api);
    const before = await api.rawOk(`query($id: ID!) { enterprise(id: $id) { listings { totalCount } } }`, {
      id: firm.enterpriseId,
    });
    const codes = new Set<string>();
    for (const s of NASTY) {
      for (const field of ['title', 'description', 'categoryCode', 'unit', 'regionCode']) {
        const res = await firm.client.rawRequest(
          `mutation($input: CreateListingInput!) { createListing(input: $input) { id title } }`,
          {
            input: listingInput({ [field]: s }),
          },
        );
        expect(res.status).toBeLessThan(500);
        if (res.errors) codes.add(String(res.errors[0].extensions?.code));
      }
      const search = await api.rawRequest(
        `query($f: ListingFilter) { listings(filter: $f) { totalCount edges { node { id } } } }`,
        {
          f: { text: s.slice(0, 150), categoryCode: undefined },
        },
      );
      expect(search.status).toBeLessThan(500);
      if (search.errors) expect(search.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
      for (const key of ['regionCode', 'categoryCode']) {
        const res = await api.rawRequest(`query($f: ListingFilter) { listings(filter: $f) { totalCount } }`, {
          f: { [key]: s },
        });
        expect(res.status).toBeLessThan(500);
        expect(res.errors?.[0].extensions?.code ?? 'OK').toMatch(/^(OK|BAD_USER_INPUT)$/);
      }
      const byId = await api.rawRequest(`query($id: ID!) { listing(id: $id) { id } enterprise(id: $id) { id } }`, {
        id: s,
      });
      expect(byId.status).toBeLessThan(500);
      expect(byId.errors?.[0].extensions?.code ?? 'OK').toMatch(/^(OK|BAD_USER_INPUT)$/);
      if (!s.includes('\u0000')) expect(byId.data).toEqual({ listing: null, enterprise: null });
    }
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
    // the injection strings were stored as plain text where they were valid titles, nothing else changed
    const after = await api.rawOk(`query($id: ID!) { enterprise(id: $id) { listings { totalCount } } }`, {
      id: firm.enterpriseId,
    });
    expect(after.enterprise.listings.totalCount).toBeGreaterThan(before.enterprise.listings.totalCount);
    const stored = await createListing(firm.client, { title: "'; DROP TABLE listing; --" });
    expect(stored.title).toBe("'; DROP TABLE listing; --");
    const nul = await firm.client.rawFails(
      `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
      {
        input: listingInput({ title: 'a\u0000b' }),
      },
    );
    expect(nul.extensions?.fields).toEqual(['title']);
    // Line breaks forge lines where a name is written out (calendars, e-mails, sheets); a direction
    // override makes a name read as another's. Multi-line descriptions stay multi-line.
    const forged = await firm.client.rawFails(
      `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }`,
      { id: firm.enterpriseId, input: { name: '贵州公司\r\nEND:VEVENT\r\nBEGIN:VEVENT' } },
    );
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
    expect(forged.message).toContain('不能含换行');
    const flipped = await firm.client.rawFails(
      `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
      { input: listingInput({ title: '\u202e瓶酒' }) },
    );
    expect(flipped.extensions?.fields).toEqual(['title']);
    const lines = await createListing(firm.client, { title: '玻璃瓶', description: '规格：500ml\n数量：10万只' });
    expect(lines.title).toBe('玻璃瓶');
    // A zero-width space makes a verified bank's name look like a copy's: refused like a control character.
    const invisible = await firm.client.rawFails(
      `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id } }`,
      { id: firm.enterpriseId, input: { name: '黔银农商银行股份有限公司\u200b' } },
    );
    expect(invisible.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
  });

  it('answers a NUL in a file route’s id with BAD_USER_INPUT as REST JSON, token or not, never a 500', async () => {
    const base = stack().apiUrl;
    for (const [method, path] of [
      ['GET', '/imports/%00'],
      ['POST', '/imports/%00/commit'],
      ['POST', '/events/%00/listings/import'],
      ['GET', '/events/%00/report.xlsx'],
      ['GET', '/events/a%00b/schedule.xlsx'],
    ]) {
      const res = await fetch(`${base}${path}`, { method });
      expect([path, res.status]).toEqual([path, 400]);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
  });
});
