import { graphql } from '../generated';
import type { CreateDockingEventInput } from '../generated/graphql';
import { eventually } from './eventually';
import { enterpriseMember, signUp } from './factories';
import type { GraphQLClient } from './graphql';

const adminTokens = new Map<string, Promise<string>>();

/** The admin, logged in once per API (log-ins count against the per-e-mail limit of the run). */
export async function adminClient(api: GraphQLClient): Promise<GraphQLClient> {
  let token = adminTokens.get(api.baseUrl);
  if (!token) {
    token = api
      .ok(
        graphql(
          `mutation SupportLogIn { logIn(input: { email: "admin@duijie.test", password: "admin-test-password" }) { accessToken } }`,
        ),
      )
      .then((d) => d.logIn.accessToken);
    adminTokens.set(api.baseUrl, token);
  }
  return api.withToken(await token);
}

/** A user with the ORGANISER role. */
export async function organiser(api: GraphQLClient): Promise<GraphQLClient> {
  const user = await signUp(api, '组织方');
  await (
    await adminClient(api)
  ).ok(graphql(`mutation SupportGrantRole($id: ID!) { grantRole(userId: $id, role: ORGANISER) { id } }`), {
    id: user.userId,
  });
  return user.client;
}

export async function createEvent(client: GraphQLClient, over: Partial<CreateDockingEventInput> = {}): Promise<string> {
  const data = await client.ok(
    graphql(
      `mutation SupportCreateDockingEvent($input: CreateDockingEventInput!) { createDockingEvent(input: $input) { id } }`,
    ),
    {
      input: {
        title: '白酒企业与包装企业供求配套对接活动（排程测试）',
        theme: '酒瓶、瓶盖、礼盒本地配套',
        sectors: ['LIQUOR_TOBACCO'],
        venue: '仁怀市 中国酒都会展中心',
        startsAt: '2030-09-15T08:00:00+08:00',
        endsAt: '2030-09-15T18:00:00+08:00',
        slotMinutes: 20,
        tables: [{ label: 'T1', tags: ['interpreter'] }, { label: 'T2' }, { label: 'T3' }],
        ...over,
      },
    },
  );
  return data.createDockingEvent.id;
}

/** `n` firms registered for the event and approved by the organiser. */
/** Registers the member's firm for the event, and the organiser approves it. */
export async function approveAt(org: GraphQLClient, member: GraphQLClient, eventId: string): Promise<void> {
  const reg = await member.ok(
    graphql(`mutation SupportRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id status } }`),
    { e: eventId },
  );
  await org.ok(
    graphql(`mutation SupportReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`),
    { id: reg.registerForEvent.id },
  );
}

export async function approvedFirms(api: GraphQLClient, org: GraphQLClient, eventId: string, n: number) {
  return Promise.all(
    Array.from({ length: n }, async (_, i) => {
      const firm = await enterpriseMember(api, { name: `贵州排程测试企业${i}号${Date.now().toString(36)}有限公司` });
      await approveAt(org, firm.client, eventId);
      return firm;
    }),
  );
}

export const REQUEST = graphql(
  `mutation SupportRequestMeeting($e: ID!, $input: MeetingRequestInput!) { requestMeeting(eventId: $e, input: $input) { id status mutual tableTags message } }`,
);
export const RESPOND = graphql(
  `mutation SupportRespondToMeetingRequest($id: ID!, $a: Boolean!) { respondToMeetingRequest(id: $id, accept: $a) { id status } }`,
);
export const RUN = graphql(
  `query SupportScheduleRun($id: ID!) { scheduleRun(id: $id) { id status placed unplaced objective upperBound solveMillis error unplacedRequests { reason detail request { id } } } }`,
);

/** Starts a scheduler run and waits (with a deadline) until the worker has finished it. */
export async function solve(org: GraphQLClient, eventId: string, deadlineMs = 60_000) {
  const started = await org.ok(
    graphql(`mutation SupportScheduleMeetings($e: ID!) { scheduleMeetings(eventId: $e) { id status } }`),
    { e: eventId },
  );
  return eventually(
    'schedule run finished',
    async () => (await org.ok(RUN, { id: started.scheduleMeetings.id })).scheduleRun,
    (run) => run.status === 'DONE' || run.status === 'FAILED',
    { timeoutMs: deadlineMs, intervalMs: 150 },
  );
}
