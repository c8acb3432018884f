import { graphql } from './generated';
import { adminClient, createEvent, organiser } from './support/events';
import { creditCode, enterpriseMember, signUp } from './support/factories';
import { useStack } from './support/stack';

// 政产学金: government bodies, banks and research bodies register like firms; the credit code and the
// name propose their type, an admin's verification confirms it, and nobody else can change it.
const REGISTER = graphql(
  `mutation ParticipantsRegister($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id participantType proposedParticipantType scale verificationStatus } }`,
);
const FIRM = graphql(
  `query ParticipantsFirm($id: ID!) { enterprise(id: $id) { id participantType proposedParticipantType scale verificationStatus } }`,
);
const VERIFY = graphql(
  `mutation ParticipantsVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus verifiedAt } }`,
);
const UPDATE_SCALE = graphql(
  `mutation ParticipantsUpdateScale($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) { id scale participantType } }`,
);

describe('participant types (e2e)', () => {
  const { api } = useStack({ worker: false });

  const register = async (name: string, kind: string, over: Record<string, unknown> = {}) => {
    const user = await signUp(api);
    const input = {
      name,
      creditCode: creditCode('520102', kind),
      regionCode: '520102',
      sector: 'ECO_FOOD' as const,
      ...over,
    };
    return { user, firm: (await user.client.ok(REGISTER, { input })).registerEnterprise };
  };

  it('proposes the type from the credit code and the name when none is declared', async () => {
    const cases: [string, string, string][] = [
      ['11', `遵义市投资促进局${Date.now()}`, 'GOVERNMENT'],
      ['12', `贵州食品工程职业学院${Date.now()}`, 'RESEARCH_INSTITUTE'],
      ['51', `贵州省辣椒产业协会${Date.now()}`, 'ASSOCIATION'],
      ['91', `贵州黔北农村商业银行股份有限公司${Date.now()}`, 'FINANCIAL_INSTITUTION'],
      ['91', `贵州黔北食品有限公司${Date.now()}`, 'ENTERPRISE'],
    ];
    for (const [kind, name, type] of cases) {
      const { firm } = await register(name, kind);
      expect(firm).toMatchObject({
        participantType: type,
        proposedParticipantType: type,
        verificationStatus: 'UNVERIFIED',
      });
    }
  });

  it('keeps a declared type (and scale), shown beside the proposal for the verifier', async () => {
    const { firm } = await register(`贵州黔北科技服务有限公司${Date.now()}`, '91', {
      participantType: 'RESEARCH_INSTITUTE',
      scale: 'SMALL',
    });
    expect(firm).toMatchObject({
      participantType: 'RESEARCH_INSTITUTE',
      proposedParticipantType: 'ENTERPRISE',
      scale: 'SMALL',
    });
  });

  it('an organiser verifies a government body its code (11) vouches for, not a firm with an enterprise’s code that declares itself one', async () => {
    const org = await organiser(api);
    const eventId = await createEvent(org);
    const REGISTER_FOR = graphql(`mutation ParticipantsRegisterGov($e: ID!) { registerForEvent(eventId: $e) { id } }`);
    const real = await register(`仁怀市工业和信息化局${Date.now()}`, '11');
    const fake = await register(`仁怀市招商引资工作办公室${Date.now()}`, '91', { participantType: 'GOVERNMENT' });
    for (const f of [real, fake]) await f.user.client.ok(REGISTER_FOR, { e: eventId });
    expect((await org.ok(VERIFY, { id: real.firm.id })).verifyEnterprise).toMatchObject({
      participantType: 'GOVERNMENT',
      verificationStatus: 'VERIFIED',
    });
    const refused = await org.fails(VERIFY, { id: fake.firm.id, type: 'GOVERNMENT' });
    expect(refused.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['participantType'] });
    expect(refused.message).toContain('「政府部门」');
    expect((await api.ok(FIRM, { id: fake.firm.id })).enterprise!.verificationStatus).toBe('UNVERIFIED');
  });

  it('an organiser verifies a firm as an enterprise, not as a bank; only an admin confirms a bank or changes the type; a member changes the scale, never the type', async () => {
    const org = await organiser(api);
    const admin = await adminClient(api);
    const eventId = await createEvent(org);
    const bankName = `黔南小额贷款有限公司${Date.now()}`;
    const bank = await enterpriseMember(api, { name: bankName });
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise!.participantType).toBe('FINANCIAL_INSTITUTION');
    await bank.client.ok(
      graphql(`mutation ParticipantsRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`),
      { e: eventId },
    );

    // The organiser of its event may verify it as what it declared, not make it a government body.
    const changed = await org.fails(VERIFY, { id: bank.enterpriseId, type: 'GOVERNMENT' });
    expect(changed.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['participantType'] });
    expect(changed.message).toBe('只有管理员可以更改参与方类型');
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise).toMatchObject({
      participantType: 'FINANCIAL_INSTITUTION',
      verificationStatus: 'UNVERIFIED',
    });
    // Nor confirm it as a bank: its code is any enterprise's, its name what it typed. An admin, who saw
    // the licence, confirms it.
    const asBank = await org.fails(VERIFY, { id: bank.enterpriseId, type: 'FINANCIAL_INSTITUTION' });
    expect(asBank.extensions).toMatchObject({ code: 'FORBIDDEN', fields: ['participantType'] });
    expect(asBank.message).toContain('须由管理员核验后认证');
    expect((await org.fails(VERIFY, { id: bank.enterpriseId })).extensions?.fields).toEqual(['participantType']);
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise!.verificationStatus).toBe('UNVERIFIED');
    const confirmed = (await admin.ok(VERIFY, { id: bank.enterpriseId, type: 'FINANCIAL_INSTITUTION' }))
      .verifyEnterprise;
    expect(confirmed).toMatchObject({ participantType: 'FINANCIAL_INSTITUTION', verificationStatus: 'VERIFIED' });

    // The member sets its scale; the type is not part of the update at all.
    const scaled = (await bank.client.ok(UPDATE_SCALE, { id: bank.enterpriseId, input: { scale: 'MEDIUM' } }))
      .updateEnterprise;
    expect(scaled).toMatchObject({ scale: 'MEDIUM', participantType: 'FINANCIAL_INSTITUTION' });
    // deliberately untyped: the input names a field the schema leaves out of UpdateEnterpriseInput
    const sneaky = await bank.client.rawFails(
      `mutation { updateEnterprise(id: "${bank.enterpriseId}", input: { participantType: GOVERNMENT }) { id } }`,
    );
    expect(sneaky.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise!.participantType).toBe('FINANCIAL_INSTITUTION');

    // An admin corrects the type; the first verification's time stays.
    const corrected = (await admin.ok(VERIFY, { id: bank.enterpriseId, type: 'ENTERPRISE' })).verifyEnterprise;
    expect(corrected).toMatchObject({
      participantType: 'ENTERPRISE',
      verificationStatus: 'VERIFIED',
      verifiedAt: confirmed.verifiedAt,
    });
    // A verified firm that renames itself is verified again; another firm cannot take a verified firm's name.
    const renamed = `${bankName}（更名）`;
    await bank.client.ok(UPDATE_SCALE, { id: bank.enterpriseId, input: { name: renamed } });
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise!.verificationStatus).toBe('UNVERIFIED');
    await admin.ok(VERIFY, { id: bank.enterpriseId, type: 'FINANCIAL_INSTITUTION' });
    const other = await register(`贵州仿冒企业${Date.now()}`, '91');
    const taken = await other.user.client.fails(UPDATE_SCALE, { id: other.firm.id, input: { name: renamed } });
    expect(taken.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['name'] });
    expect(taken.message).toContain('已是另一家已核验企业的名称');
    const copied = await signUp(api);
    const again = await copied.client.fails(REGISTER, {
      input: { name: renamed, creditCode: creditCode('520102', '91'), regionCode: '520102', sector: 'ECO_FOOD' },
    });
    expect(again.extensions?.fields).toEqual(['name']);
    // Nor the name written another way (a space inside, half-width brackets).
    const lookalike = await copied.client.fails(REGISTER, {
      input: {
        name: ` ${renamed.replace('（', ' (').replace('）', ')')}`,
        creditCode: creditCode('520102', '91'),
        regionCode: '520102',
        sector: 'ECO_FOOD',
      },
    });
    expect(lookalike.extensions?.fields).toEqual(['name']);
    // Nor in traditional characters (贷款 → 貸款).
    expect(renamed).toContain('贷款');
    const traditional = await copied.client.fails(REGISTER, {
      input: {
        name: renamed.replace('贷款', '貸款'),
        creditCode: creditCode('520102', '91'),
        regionCode: '520102',
        sector: 'ECO_FOOD',
      },
    });
    expect(traditional.extensions?.fields).toEqual(['name']);
    // An admin's correction of the name keeps the verification.
    await admin.ok(UPDATE_SCALE, { id: bank.enterpriseId, input: { name: `${renamed}2` } });
    expect((await api.ok(FIRM, { id: bank.enterpriseId })).enterprise!.verificationStatus).toBe('VERIFIED');

    // The firm itself cannot verify or retype itself.
    expect((await bank.client.fails(VERIFY, { id: bank.enterpriseId, type: 'GOVERNMENT' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
