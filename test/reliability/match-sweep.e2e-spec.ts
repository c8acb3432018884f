import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { MatchSweeper } from '@duijie/matching';

import { createListing, enterpriseMember } from '../support/factories';
import { matched } from '../support/matching';
import { useStack } from '../support/stack';

/** The safety net for jobs Redis lost: a listing left PENDING with no job anywhere is queued again. */
describe('match sweep (reliability)', () => {
  const { api, stack } = useStack({ isolated: true });

  it('requeues a listing whose match job vanished, and leaves matched ones alone', async () => {
    const firm = await enterpriseMember(api);
    const listing = await createListing(firm.client);
    await matched(firm.client, [listing.id]);
    const db = stack().api.get<DataSource>(getDataSourceToken());
    const sweeper = stack().worker!.get(MatchSweeper);
    expect(await sweeper.sweep()).toEqual({ requeued: 0, retried: 0 });

    // As if Redis restarted empty right after the relay published the job of a new version.
    await db.query(
      `UPDATE listing SET matching_status = 'PENDING', version = version + 1, updated_at = now() - interval '1 hour' WHERE id = $1`,
      [listing.id],
    );
    expect(await sweeper.sweep()).toEqual({ requeued: 1, retried: 0 });
    await matched(firm.client, [listing.id]);
    expect(await sweeper.sweep()).toEqual({ requeued: 0, retried: 0 });
  });
});
