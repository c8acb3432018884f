import { randomBytes, randomInt } from 'node:crypto';

import { USCC_CHARSET, usccCheckChar } from '../../libs/enterprises/src/uscc';
import { graphql } from '../generated';
import type { CreateListingInput, EnterpriseScale, ParticipantType, Sector } from '../generated/graphql';
import type { GraphQLClient } from './graphql';

let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}${randomBytes(2).toString('hex')}`;

/**
 * A valid 统一社会信用代码 for a made-up participant registered in `area`; `kind` is the registering
 * department and entity type (91 企业, 11 机关, 12 事业单位, 51 社会团体).
 */
export function creditCode(area = '520102', kind = '91'): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[randomInt(USCC_CHARSET.length)];
  const first17 = `${kind}${area}${org}`;
  return first17 + usccCheckChar(first17);
}

export async function signUp(
  api: GraphQLClient,
  name = '测试用户',
): Promise<{ client: GraphQLClient; userId: string; email: string }> {
  const email = `user-${unique()}@duijie.test`;
  const data = await api.ok(
    graphql(`mutation SupportSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } } }`),
    {
      input: { email, password: 'correct-horse-battery', displayName: name },
    },
  );
  return { client: api.withToken(data.signUp.accessToken), userId: data.signUp.user.id, email };
}

export interface EnterpriseInput {
  name?: string;
  creditCode?: string;
  regionCode?: string;
  sector?: Sector;
  categoryCodes?: string[];
  contactName?: string;
  contactPhone?: string;
  participantType?: ParticipantType;
  scale?: EnterpriseScale;
}

/** A user who owns a freshly registered enterprise. */
export async function enterpriseMember(api: GraphQLClient, input: EnterpriseInput = {}) {
  const user = await signUp(api);
  const data = await user.client.ok(
    graphql(
      `mutation SupportRegisterEnterprise($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id name creditCode } }`,
    ),
    {
      input: {
        name: input.name ?? `贵州测试企业${unique()}有限公司`,
        creditCode: input.creditCode ?? creditCode(),
        regionCode: input.regionCode ?? '520102',
        sector: input.sector ?? 'LIQUOR_TOBACCO',
        categoryCodes: input.categoryCodes ?? ['1512'],
        contactName: input.contactName ?? '张经理',
        contactPhone: input.contactPhone ?? '0851-88888888',
        participantType: input.participantType,
        scale: input.scale,
      },
    },
  );
  return { ...user, enterpriseId: data.registerEnterprise.id, enterprise: data.registerEnterprise };
}

/** What the listing tests read of a listing (the fragment is spread as `...ListingFields`). */
export const LISTING_FIELDS = graphql(
  `fragment ListingFields on Listing { id kind title description quantity unit priceMin priceMax priceNegotiable certifications validUntil status confidential matchingStatus createdAt updatedAt category { code name } region { code name } enterprise { id name } }`,
);

/**
 * A valid listing input with `over` laid on top. Tests of the API's own validation that send a
 * wrongly typed field spread this and say so with `illTyped` (./graphql).
 */
export function listingInput(over: Partial<CreateListingInput> = {}): CreateListingInput {
  return {
    kind: 'SUPPLY',
    title: '500ml 酱香型白酒玻璃瓶',
    description: '高白料晶白玻璃瓶，年产能 3000 万只，可定制瓶型',
    categoryCode: '3055',
    quantity: 3_000_000,
    unit: '只',
    priceMin: 0.8,
    priceMax: 1.5,
    certifications: ['ISO9001'],
    validUntil: '2099-12-31',
    ...over,
  };
}

export async function createListing(client: GraphQLClient, over: Partial<CreateListingInput> = {}) {
  const data = await client.ok(
    graphql(
      `mutation SupportCreateListing($input: CreateListingInput!) { createListing(input: $input) { ...ListingFields } }`,
    ),
    {
      input: listingInput(over),
    },
  );
  return data.createListing;
}

/** A distillery's two demands for bottles, each a strong match for the default supply (a 500ml 酱香型 bottle). */
export async function bottleDemands(client: GraphQLClient) {
  return [
    await createListing(client, {
      kind: 'DEMAND',
      title: '求购 500ml 酱香型白酒玻璃瓶',
      quantity: 2_000_000,
      certifications: [],
    }),
    await createListing(client, {
      kind: 'DEMAND',
      title: '求购 高白料玻璃酒瓶',
      quantity: 1_000_000,
      certifications: [],
    }),
  ];
}
