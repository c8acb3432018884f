import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ChainCategoryEntity } from './chain-category.entity';

/** A supply relation: `fromCode` categories supply `toCode` categories. */
@Entity('chain_edge')
@Index('idx_chain_edge_to', ['toCode'])
export class ChainEdgeEntity {
  @PrimaryColumn({ name: 'from_code', type: 'varchar', length: 8 })
  fromCode: string;

  @PrimaryColumn({ name: 'to_code', type: 'varchar', length: 8 })
  toCode: string;

  @Column({ type: 'text', nullable: true })
  why: string | null;

  @ManyToOne(() => ChainCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_code', foreignKeyConstraintName: 'fk_chain_edge_from' })
  from?: ChainCategoryEntity;

  @ManyToOne(() => ChainCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_code', foreignKeyConstraintName: 'fk_chain_edge_to' })
  to?: ChainCategoryEntity;
}
