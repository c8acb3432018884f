import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** A chain category (产业链环节), a GB/T 4754-2017 four-digit class. */
@Entity('chain_category')
export class ChainCategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'group_key', type: 'text' })
  groupKey: string;

  @Column({ name: 'ten_sectors', type: 'boolean', default: false })
  tenSectors: boolean;

  @Column({ type: 'text', nullable: true })
  examples: string | null;
}

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
