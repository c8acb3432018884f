import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';

import { TechMatchCondition } from './technology.enums';

export interface TechMatchReason {
  condition: TechMatchCondition;
  met: boolean;
  /** A Chinese sentence: what was met, or what is missing. */
  text: string;
}

/** A technology result matched to a technology need, scored and explained (one row per pair). */
@Entity('technology_match')
@Index('idx_technology_match_result', ['resultId'])
export class TechnologyMatchEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne('TechnologyNeedEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_technology_match_need' })
  need?: unknown;

  @PrimaryColumn({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @ManyToOne('TechnologyResultEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id', foreignKeyConstraintName: 'fk_technology_match_result' })
  result?: unknown;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'jsonb' })
  reasons: TechMatchReason[];

  /** When both sides were told (once per pair). */
  @Column({ name: 'notified_at', type: 'timestamptz', precision: 3, nullable: true })
  notifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
