import { graphql } from './generated';
import type { RegisterEnterpriseInput } from './generated/graphql';
import { adminClient } from './support/events';
import { creditCode, enterpriseMember, signUp } from './support/factories';
import { useStack } from './support/stack';

const REGISTER = graphql(
  `mutation EnterprisesRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode sector region { code name fullName parent { code name } } categories { code name } } }`,
);
const UPDATE = graphql(
  `mutation EnterprisesUpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id name description categories { code } } }`,
);

const valid = (over: Partial<RegisterEnterpriseInput> = {}): RegisterEnterpriseInput => ({
  name: '中航重机股份有限公司',
  creditCode: '91520000214434146R',
  regionCode: '520100',
  sector: 'ADVANCED_EQUIPMENT',
  categoryCodes: ['3393', '3744'],
  ...over,
});

describe('enterprises (e2e)', () => {
  const { api } = useStack({ worker: false });

  it('registers an enterprise with a verified credit code; the caller becomes its member', async () => {
    const user = await signUp(api);
    const data = await user.client.ok(REGISTER, { input: valid({ creditCode: ' 91520000214434146r ' }) });
    expect(data.registerEnterprise).toMatchObject({
      name: '中航重机股份有限公司',
      creditCode: '91520000214434146R',
      sector: 'ADVANCED_EQUIPMENT',
      region: { code: '520100', name: '贵阳市', fullName: '贵州省 贵阳市', parent: { code: '520000', name: '贵州省' } },
      categories: [
        { code: '3393', name: '锻件及粉末冶金制品制造' },
        { code: '3744', name: '航空相关设备制造' },
      ],
    });
    const me = await user.client.ok(graphql(`query EnterprisesMe { me { enterprise { id name } } }`));
    expect(me.me.enterprise!.id).toBe(data.registerEnterprise.id);

    // the same code again, by someone else: CONFLICT naming the field
    const other = await signUp(api);
    const dup = await other.client.fails(REGISTER, { input: valid({ name: '冒名企业' }) });
    expect(dup.extensions?.code).toBe('CONFLICT');
    expect(dup.extensions?.fields).toEqual(['creditCode']);

    // a user acts for one enterprise
    const second = await user.client.fails(REGISTER, { input: valid({ creditCode: creditCode() }) });
    expect(second.extensions?.code).toBe('CONFLICT');
  });

  it('explains what is wrong with a bad credit code, region or category', async () => {
    const user = await signUp(api);
    const check = await user.client.fails(REGISTER, { input: valid({ creditCode: '91520000714308124W' }) });
    expect(check.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['creditCode'] });
    expect(check.message).toContain('校验位');
    expect(check.message).not.toContain('D'); // the expected check character is never spelled out

    const chars = await user.client.fails(REGISTER, { input: valid({ creditCode: '91350100M000100Y4Z' }) });
    expect(chars.extensions?.fields).toEqual(['creditCode']);

    const many = await user.client.fails(REGISTER, {
      input: valid({ name: '贵', creditCode: '123', regionCode: '529999', categoryCodes: ['1512', '0000'] }),
    });
    expect(many.extensions?.code).toBe('BAD_USER_INPUT');
    expect(many.extensions?.fields).toEqual(
      expect.arrayContaining(['name', 'creditCode', 'regionCode', 'categoryCodes']),
    );

    // nothing was registered by the refused attempts
    expect(
      (await user.client.ok(graphql(`query EnterprisesMe2 { me { enterprise { id } } }`))).me.enterprise,
    ).toBeNull();
  });

  it('needs a logged-in user to register', async () => {
    const err = await api.fails(REGISTER, { input: valid({ creditCode: creditCode() }) });
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets members update their enterprise and forbids everyone else', async () => {
    const owner = await enterpriseMember(api, { name: '贵州茅台酒厂（集团）包装材料有限公司' });
    const updated = await owner.client.ok(UPDATE, {
      id: owner.enterpriseId,
      input: { description: '白酒包装盒、礼盒印刷', categoryCodes: ['2319', '2231'] },
    });
    expect(updated.updateEnterprise).toMatchObject({
      description: '白酒包装盒、礼盒印刷',
      categories: [{ code: '2319' }, { code: '2231' }],
    });

    const stranger = await enterpriseMember(api);
    const err = await stranger.client.fails(UPDATE, { id: owner.enterpriseId, input: { name: '被篡改' } });
    expect(err.extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(UPDATE, { id: owner.enterpriseId, input: { name: '匿名' } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const bad = await owner.client.fails(UPDATE, { id: owner.enterpriseId, input: { regionCode: '12345' } });
    expect(bad.extensions?.fields).toEqual(['regionCode']);

    const after = await api.ok(graphql(`query EnterprisesEnterprise($id: ID!) { enterprise(id: $id) { name } }`), {
      id: owner.enterpriseId,
    });
    expect(after.enterprise!.name).toBe('贵州茅台酒厂（集团）包装材料有限公司');
  });

  it('shows contact details to the firm and admins, not to anonymous callers or strangers', async () => {
    const owner = await enterpriseMember(api, { contactName: '王经理', contactPhone: '13800000000' });
    const q = graphql(
      `query EnterprisesEnterprise2($id: ID!) { enterprise(id: $id) { name contactName contactPhone } }`,
    );
    const anon = await api.request(q, { id: owner.enterpriseId });
    expect(anon.data?.enterprise!.name).toBeTruthy();
    expect(anon.data?.enterprise!.contactPhone).toBeNull();
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const stranger = await signUp(api);
    expect((await stranger.client.ok(q, { id: owner.enterpriseId })).enterprise).toMatchObject({
      contactName: null,
      contactPhone: null,
    });
    for (const client of [owner.client, await adminClient(api)])
      expect((await client.ok(q, { id: owner.enterpriseId })).enterprise).toMatchObject({
        contactName: '王经理',
        contactPhone: '13800000000',
      });
  });

  it('serves the industry chain and GB/T 2260 regions to anyone', async () => {
    const data = await api.ok(
      graphql(
        `query EnterprisesChainCategories { liquor: chainCategories(sector: LIQUOR_TOBACCO) { code } supporting: chainCategories(sector: SUPPORTING) { code group } glass: chainCategory(code: "3055") { name group downstream { code name } } baijiu: chainCategory(code: "1512") { upstream { code } } none: chainCategory(code: "9999") { code } county: region(code: "520381") { name fullName } unknown: region(code: "999999") { name } }`,
      ),
    );
    expect(data.liquor.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['1512', '1620']));
    expect(
      data.supporting.every((c: { group: string }) => ['AGRICULTURE', 'PACKAGING', 'SERVICES'].includes(c.group)),
    ).toBe(true);
    expect(data.glass).toMatchObject({ name: '玻璃包装容器制造', group: 'PACKAGING' });
    expect(data.glass!.downstream.map((c: { code: string }) => c.code)).toContain('1512');
    expect(data.baijiu!.upstream.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['3055', '0119']),
    );
    expect(data.none).toBeNull();
    expect(data.county).toEqual({ name: '赤水市', fullName: '贵州省 遵义市 赤水市' });
    expect(data.unknown).toBeNull();
  });
});
