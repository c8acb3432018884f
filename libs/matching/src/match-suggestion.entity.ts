import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

import type { MatchReason } from './engine/types';

export enum MatchDecision {
  ACCEPT = 'ACCEPT',
  DISMISS = 'DISMISS',
}

/**
 * One supply paired with one demand, seen from both sides. The unique pair makes recomputation
 * an upsert, so a retried or duplicated job never doubles a suggestion. Enterprise ids are copied
 * in so that "which firms were matched with this demand" needs no join.
 */
@Entity('match_suggestion')
@Unique('uq_match_suggestion_pair', ['supplyId', 'demandId'])
@Index('idx_match_suggestion_supply_rank', { synchronize: false }) // (supply_id, score DESC, id), in the migration
@Index('idx_match_suggestion_demand_rank', { synchronize: false }) // (demand_id, score DESC, id), in the migration
@Index('idx_match_suggestion_supply_enterprise', ['supplyEnterpriseId'])
@Index('idx_match_suggestion_demand_enterprise', ['demandEnterpriseId'])
@Check('ck_match_suggestion_score', `score >= 0 AND score <= 1`)
@Check(
  'ck_match_suggestion_decisions',
  `supply_decision IN ('ACCEPT', 'DISMISS') AND demand_decision IN ('ACCEPT', 'DISMISS')`,
)
@Check('ck_match_suggestion_two_firms', `supply_enterprise_id <> demand_enterprise_id`)
export class MatchSuggestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supply_id', type: 'uuid' })
  supplyId: string;

  @ManyToOne('ListingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supply_id', foreignKeyConstraintName: 'fk_match_suggestion_supply' })
  supply?: unknown;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @ManyToOne('ListingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'demand_id', foreignKeyConstraintName: 'fk_match_suggestion_demand' })
  demand?: unknown;

  @Column({ name: 'supply_enterprise_id', type: 'uuid' })
  supplyEnterpriseId: string;

  @Column({ name: 'demand_enterprise_id', type: 'uuid' })
  demandEnterpriseId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'jsonb' })
  reasons: MatchReason[];

  @Column({ name: 'supply_decision', type: 'text', nullable: true })
  supplyDecision: MatchDecision | null;

  @Column({ name: 'demand_decision', type: 'text', nullable: true })
  demandDecision: MatchDecision | null;

  /** The matching fields of each listing when last scored: a dismissal lapses when they change. */
  @Column({ name: 'supply_fingerprint', type: 'text' })
  supplyFingerprint: string;

  @Column({ name: 'demand_fingerprint', type: 'text' })
  demandFingerprint: string;

  /**
   * When the pair first scored NOTIFY_SCORE or more: it then became due to be announced to both
   * sides (a row each in `match_announcement_due` until that side is told), once. The column
   * `strong_xact` (not mapped) holds the transaction that set it: the writer that made the pair
   * strong is known by its transaction id, as two writers' clocks may read the same millisecond.
   */
  @Column({ name: 'strong_since', type: 'timestamptz', precision: 3, nullable: true })
  strongSince: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
