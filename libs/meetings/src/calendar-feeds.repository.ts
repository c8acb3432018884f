import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { CalendarFeedEntity } from './calendar-feed.entity';

@Injectable()
export class CalendarFeedsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  findByUser(userId: string): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOneBy({ userId });
  }

  findByKey(keyId: string): Promise<CalendarFeedEntity | null> {
    return this.db.getRepository(CalendarFeedEntity).findOneBy({ keyId });
  }

  /** A new key for the user, replacing the old one in the same statement. */
  async rotate(userId: string): Promise<CalendarFeedEntity> {
    const rows = await this.db.query<{ userId: string; keyId: string; createdAt: Date }[]>(
      `INSERT INTO calendar_feed (user_id, key_id) VALUES ($1, gen_random_uuid())
       ON CONFLICT (user_id) DO UPDATE SET key_id = EXCLUDED.key_id, created_at = now()
       RETURNING user_id AS "userId", key_id AS "keyId", created_at AS "createdAt"`,
      [userId],
    );
    return Object.assign(new CalendarFeedEntity(), rows[0]);
  }

  /** Removes the user's key; true when there was one. */
  async remove(userId: string): Promise<boolean> {
    // In a CTE: a bare DELETE … RETURNING comes back from TypeORM as [rows, count], never empty.
    const rows = await this.db.query<unknown[]>(
      `WITH gone AS (DELETE FROM calendar_feed WHERE user_id = $1 RETURNING user_id) SELECT 1 FROM gone`,
      [userId],
    );
    return rows.length > 0;
  }
}
