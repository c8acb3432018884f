import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { CooperationMode, IpKind, TechMaturity } from './technology.enums';

export interface IpRight {
  kind: IpKind;
  /** 专利号 / 登记号, e.g. ZL202010123456.7 */
  number: string;
}

/** 技术成果: what a verified research body (高校/科研院所) offers firms. The price is exact CNY; null is 面议. */
@Entity('technology_result')
@Index('idx_technology_result_enterprise', ['enterpriseId'])
@Check('ck_technology_result_maturity', `maturity IN ('LABORATORY', 'SMALL_PILOT', 'PILOT', 'INDUSTRIALISED')`)
@Check('ck_technology_result_price', `price_cny IS NULL OR price_cny >= 0`)
@Check('ck_technology_result_modes', `cardinality(cooperation_modes) >= 1`)
export class TechnologyResultEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_technology_result_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** 技术领域与简介 */
  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'category_codes', type: 'text', array: true })
  categoryCodes: string[];

  @Column({ type: 'text' })
  maturity: TechMaturity;

  @Column({ name: 'ip_rights', type: 'jsonb', default: () => `'[]'` })
  ipRights: IpRight[];

  @Column({ name: 'cooperation_modes', type: 'text', array: true })
  cooperationModes: CooperationMode[];

  /** null: 面议 */
  @Column({ name: 'price_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  priceCny: string | null;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
