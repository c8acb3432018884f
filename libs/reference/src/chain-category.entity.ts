import { Column, Entity, PrimaryColumn } from 'typeorm';

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
