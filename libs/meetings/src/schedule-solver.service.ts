import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';

import { ConfigService } from '@duijie/config';
import { DockingEventEntity, EventsService } from '@duijie/events';
import {
  FixedMeeting,
  meetingWeight,
  RequestSpec,
  scheduleViolations,
  SchedulingProblem,
  solveInThread,
  stopSolverThreads,
} from '@duijie/scheduling';

import { MeetingEntity } from './meeting.entity';
import { RegistrationsRepository } from './registrations.repository';
import { RoundTablesRepository } from './round-tables.repository';
import { NewMeeting, SchedulableRequest, ScheduleRepository } from './schedule.repository';
import { EventSlot, slotsOf } from './slots';

/** What a run read: the problem, and how to map its indices back to rows. */
interface Snapshot {
  problem: SchedulingProblem;
  slots: EventSlot[];
  requests: SchedulableRequest[];
  /** The kept meetings the problem was built around, to detect a change before writing. */
  keptSignature: string;
}

type RoundTableClaims = Awaited<ReturnType<RoundTablesRepository['claimsOf']>>;

/** What a run is built around: kept meetings, and round tables with their seated firms. */
const signature = (kept: MeetingEntity[], roundTables: RoundTableClaims) =>
  [
    kept.map((k) => `${k.id}@${k.startsAt.getTime()}/${k.tableLabel}`).join(','),
    roundTables
      .map((r) => `${r.roundTableId}@${new Date(r.startsAt).getTime()}/${r.tableLabel}:${r.parties.join('+')}`)
      .join(','),
  ].join('|');

/** A meeting of the run collided with a seat or a meeting written meanwhile: solve again. */
class Collided extends Error {}

/**
 * The worker's side of scheduling: read an event, solve, write the meetings of one run. The solve
 * runs in a thread of its own (solveInThread), so the worker's other queues keep flowing meanwhile.
 */
@Injectable()
export class ScheduleSolverService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(ScheduleSolverService.name);
  /** Solve threads still to crash (test-only fault point SCHEDULER_FAULT_IN_THREAD). */
  private faultsLeft: number;

  constructor(
    private readonly repository: ScheduleRepository,
    private readonly registrations: RegistrationsRepository,
    private readonly roundTables: RoundTablesRepository,
    private readonly events: EventsService,
    private readonly config: ConfigService,
  ) {
    this.faultsLeft = config.get('schedulerFaultInThread');
  }

  async solveRun(runId: string): Promise<void> {
    const run = await this.repository.run(runId);
    if (!run || !(await this.repository.startRun(run.id))) return; // gone, or finished by an earlier attempt
    const event = (await this.events.get(run.eventId))!;
    // If an organiser publishes or moves a meeting while we solve, solve again around the new state.
    for (let attempt = 0; attempt < 3; attempt++) {
      const snapshot = await this.read(event);
      const result = await solveInThread(snapshot.problem, {
        timeLimitSeconds: this.config.get('schedulerTimeLimitSeconds'),
        fault: this.faultsLeft > 0 && this.faultsLeft-- > 0,
      });
      const violations = scheduleViolations(snapshot.problem, result.placements);
      if (violations.length)
        throw new Error(`scheduler produced an invalid schedule: ${violations.slice(0, 3).join('; ')}`);
      const written = await this.repository
        .transaction(async (m) => {
          await this.repository.lockEvent(m, event.id);
          const now = signature(await this.repository.kept(m, event.id), await this.roundTables.claimsOf(m, event.id));
          if (now !== snapshot.keptSignature) return false;
          await this.repository.deleteUnpublished(m, event.id);
          const meetings: NewMeeting[] = result.placements.map((p) => {
            const q = snapshot.requests[p.request];
            const slot = snapshot.slots[p.slot];
            return {
              requestId: q.id,
              partyA: q.requesterEnterpriseId,
              partyB: q.inviteeEnterpriseId,
              startsAt: slot.start,
              endsAt: slot.end,
              tableLabel: snapshot.problem.tables[p.table].label,
            };
          });
          const ids = await this.repository.insertMeetings(m, event.id, meetings, run.id);
          // A firm took a round-table seat after the check above (seats do not wait for the event's lock).
          if (ids === 'TAKEN')
            throw new Collided('a meeting of the schedule collided with a seat or a meeting written meanwhile');
          await this.repository.finishRun(m, run.id, {
            placed: result.placements.length,
            unplaced: result.unplaced.length,
            objective: round(result.objective),
            upperBound: round(result.upperBound),
            solveMillis: result.solveMillis,
            unplacedRequests: result.unplaced.map((u) => ({
              requestId: snapshot.requests[u.request].id,
              reason: u.reason,
            })),
          });
          return true;
        })
        .catch((err: unknown) => {
          if (err instanceof Collided) return false;
          throw err;
        });
      if (written) {
        this.logger.log(
          `run ${run.id}: ${result.placements.length} placed, ${result.unplaced.length} unplaced, ${result.status} in ${result.solveMillis} ms`,
        );
        return;
      }
    }
    throw new Error('the schedule kept changing while the run solved it');
  }

  /** A graceful shutdown ends running solves (their jobs go back to the queue) so no thread outlives the worker. */
  async beforeApplicationShutdown(): Promise<void> {
    await stopSolverThreads();
  }

  async fail(runId: string, error: string): Promise<void> {
    await this.repository.failRun(runId, error);
  }

  private async read(event: DockingEventEntity): Promise<Snapshot> {
    return this.repository.snapshot(async (m) => {
      const slots = slotsOf(await this.registrations.sessionsOf(event.id, m), event.slotMinutes);
      const slotIndex = new Map(slots.map((s, i) => [s.start.getTime(), i]));
      const tableIndex = new Map(event.tables.map((t, i) => [t.label, i]));
      const kept = await this.repository.kept(m, event.id);
      const keptRequests = new Set(kept.map((k) => k.requestId));
      const requests = (await this.repository.schedulable(m, event.id)).filter((q) => !keptRequests.has(q.id));
      const fixed: FixedMeeting[] = kept
        .filter((k) => slotIndex.has(k.startsAt.getTime()) && tableIndex.has(k.tableLabel))
        .map((k) => ({
          requestId: k.requestId,
          parties: [k.partyA, k.partyB],
          slot: slotIndex.get(k.startsAt.getTime())!,
          table: tableIndex.get(k.tableLabel)!,
        }));
      // Round tables are fixed like locked meetings: each slot they span blocks their table, host and seated firms.
      const roundTables = await this.roundTables.claimsOf(m, event.id);
      for (const r of roundTables) {
        const table = tableIndex.get(r.tableLabel);
        const from = new Date(r.startsAt).getTime();
        const to = new Date(r.endsAt).getTime();
        if (table === undefined) continue;
        slots.forEach((s, slot) => {
          if (s.start.getTime() < to && from < s.end.getTime())
            fixed.push({ requestId: null, parties: r.parties, slot, table });
        });
      }
      const unavailable = new Map<string, Set<number>>();
      for (const row of await this.repository.unavailability(m, event.id)) {
        unavailable.set(
          row.enterpriseId,
          new Set(
            row.slots.map((d) => slotIndex.get(new Date(d).getTime())).filter((i): i is number => i !== undefined),
          ),
        );
      }
      // A firm's meetings at another event at the same time make those slots unavailable here too.
      if (slots.length) {
        const from = slots[0].start;
        const to = slots[slots.length - 1].end;
        for (const busy of [
          ...(await this.repository.busyElsewhere(m, event.id, from, to)),
          ...(await this.roundTables.busyElsewhere(m, event.id, from, to)),
        ]) {
          const set =
            unavailable.get(busy.enterpriseId) ?? unavailable.set(busy.enterpriseId, new Set()).get(busy.enterpriseId)!;
          slots.forEach((s, i) => s.start < busy.endsAt && busy.startsAt < s.end && set.add(i));
        }
      }
      const specs: RequestSpec[] = requests.map((q) => ({
        id: q.id,
        parties: [q.requesterEnterpriseId, q.inviteeEnterpriseId],
        weight: meetingWeight(q.matchScore, q.mutual),
        needs: q.tableTags,
      }));
      const problem: SchedulingProblem = {
        slots: slots.map((s) => ({ start: s.start.getTime(), end: s.end.getTime(), session: s.session })),
        tables: event.tables,
        requests: specs,
        unavailable,
        fixed,
      };
      return { problem, slots, requests, keptSignature: signature(kept, roundTables) };
    });
  }
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
