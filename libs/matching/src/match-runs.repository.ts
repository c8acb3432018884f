import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { runTransaction } from '@duijie/database';
import { recordJobs } from '@duijie/queue';

import { MatchRunEntity, MatchRunStatus } from './match-run.entity';

/** Re-match runs: started with their job, counted chunk by chunk by the worker. */
@Injectable()
export class MatchRunsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Records a run and, in the same transaction, the job that starts it; while one started within
   * the hour is still running, answers that one instead (a second full re-match would only double
   * the worker's work: an outside tester queued them back to back). One start at a time decides.
   */
  startRun(requestedBy: string): Promise<MatchRunEntity> {
    return runTransaction(this.db, async (m) => {
      const repo = m.getRepository(MatchRunEntity);
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('match_run.start'))`);
      const running = await repo
        .createQueryBuilder('r')
        .where(`r.status = :running AND r.created_at > now() - interval '1 hour'`, { running: MatchRunStatus.RUNNING })
        .orderBy('r.created_at', 'DESC')
        .getOne();
      if (running) return running;
      const run = await repo.save(repo.create({ status: MatchRunStatus.RUNNING, requestedBy }));
      await recordJobs(m, [{ name: 'match.rematch', data: { runId: run.id } }]);
      return run;
    });
  }

  findRun(id: string): Promise<MatchRunEntity | null> {
    return this.db.getRepository(MatchRunEntity).findOneBy({ id });
  }

  async setRunTotal(id: string, total: number): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET total = $2, done = LEAST(done, $2),
         status = CASE WHEN done >= $2 THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN done >= $2 THEN now() ELSE finished_at END WHERE id = $1`,
      [id, total],
    );
  }

  /** Counts a finished chunk once (the chunk marker makes a retried chunk count nothing). */
  async chunkDone(id: string, chunk: number, count: number): Promise<void> {
    await this.db.query(
      `UPDATE match_run SET done = LEAST(done + $3, coalesce(total, done + $3)), chunks_done = array_append(chunks_done, $2),
         status = CASE WHEN done + $3 >= total THEN 'DONE' ELSE status END,
         finished_at = CASE WHEN done + $3 >= total THEN now() ELSE finished_at END
       WHERE id = $1 AND status = 'RUNNING' AND NOT ($2 = ANY(chunks_done))`,
      [id, chunk, count],
    );
  }
}
