import type { ConfigService } from '@duijie/config';
import type { RedisService } from '@duijie/queue';

import type { NotificationEntity } from './notification.entity';
import { NotificationFeed } from './notification-feed';

/** A message as `publishNotifications` sends it: the firm's id, a line break, the notification. */
const message = (enterpriseId: string, n: Partial<NotificationEntity>) => `${enterpriseId}\n${JSON.stringify(n)}`;

describe('NotificationFeed', () => {
  const feed = () => new NotificationFeed({} as ConfigService, {} as RedisService);
  const dispatch = (f: NotificationFeed, m: string) => (f as unknown as { dispatch(m: string): void }).dispatch(m);

  it("hands a firm's subscriber its notifications, with their dates", async () => {
    const f = feed();
    const inbox = f.subscribe('firm-a');
    dispatch(f, message('firm-a', { id: 'n1', enterpriseId: 'firm-a', createdAt: new Date('2027-01-01T00:00:00Z') }));
    const { value } = await inbox.next();
    expect(value).toMatchObject({ id: 'n1', enterpriseId: 'firm-a' });
    expect((value as NotificationEntity).createdAt).toBeInstanceOf(Date);
    await inbox.return!();
  });

  it('leaves unparsed what no subscriber of this process waits for', () => {
    const f = feed();
    const inbox = f.subscribe('firm-a');
    const parse = jest.spyOn(JSON, 'parse');
    try {
      dispatch(f, message('firm-b', { id: 'n2', enterpriseId: 'firm-b', title: '大'.repeat(100_000) }));
      dispatch(f, `not a message`);
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
      void inbox.return!();
    }
  });

  it("never hands a firm another firm's notification, whatever the envelope says", async () => {
    const f = feed();
    const inbox = f.subscribe('firm-a');
    dispatch(f, message('firm-a', { id: 'n3', enterpriseId: 'firm-b' }));
    dispatch(f, message('firm-a', { id: 'n4', enterpriseId: 'firm-a' }));
    expect((await inbox.next()).value).toMatchObject({ id: 'n4' });
    await inbox.return!();
  });
});
