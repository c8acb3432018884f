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

/** 项目阶段 of an investment project (招商项目). */
export enum ProjectStage {
  /** 在建 */
  UNDER_CONSTRUCTION = 'UNDER_CONSTRUCTION',
  /** 拟建 */
  PLANNED = 'PLANNED',
  /** 拟招商 */
  SEEKING_INVESTORS = 'SEEKING_INVESTORS',
}

export const PROJECT_STAGE_NAMES: Record<ProjectStage, string> = {
  UNDER_CONSTRUCTION: '在建',
  PLANNED: '拟建',
  SEEKING_INVESTORS: '拟招商',
};

/** 招商进度: a lead or project candidate on its way from 发现 to 落地, in this order. */
export enum PipelineStage {
  IDENTIFIED = 'IDENTIFIED',
  CONTACTED = 'CONTACTED',
  VISITED = 'VISITED',
  NEGOTIATING = 'NEGOTIATING',
  SIGNED = 'SIGNED',
  LANDED = 'LANDED',
}

export const PIPELINE_STAGE_NAMES: Record<PipelineStage, string> = {
  IDENTIFIED: '已发现',
  CONTACTED: '已接洽',
  VISITED: '已考察',
  NEGOTIATING: '洽谈中',
  SIGNED: '已签约',
  LANDED: '已落地',
};

/**
 * 招商项目: a government body's investment project on chain categories in its region, with the
 * investment planned in CNY (exact decimal, read as a string).
 */
@Entity('investment_project')
@Index('idx_investment_project_owner', ['ownerEnterpriseId', 'createdAt', 'id'])
@Index('idx_investment_project_region', ['regionCode'])
@Check('ck_investment_project_stage', `stage IN ('UNDER_CONSTRUCTION', 'PLANNED', 'SEEKING_INVESTORS')`)
@Check('ck_investment_project_amount', `planned_investment_cny IS NULL OR planned_investment_cny >= 0`)
@Check('ck_investment_project_categories', `cardinality(category_codes) BETWEEN 1 AND 10`)
export class InvestmentProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_enterprise_id', type: 'uuid' })
  ownerEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_enterprise_id', foreignKeyConstraintName: 'fk_investment_project_owner' })
  owner?: unknown;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ name: 'category_codes', type: 'text', array: true })
  categoryCodes: string[];

  @Column({ type: 'text' })
  stage: ProjectStage;

  @Column({ name: 'planned_investment_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  plannedInvestmentCny: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_investment_project_event' })
  event?: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * 招商进度 entry: one candidate firm, from a lead (a 缺链 category of a region) or a project, owned
 * by the government body following it. The firm sees it from `contactedAt` on, never before.
 */
@Entity('investment_pipeline_entry')
@Index('idx_investment_pipeline_owner', ['ownerEnterpriseId', 'updatedAt', 'id'])
@Index('idx_investment_pipeline_candidate', ['candidateEnterpriseId'])
@Index('idx_investment_pipeline_event', ['eventId'])
@Index('uq_investment_pipeline_project', ['ownerEnterpriseId', 'candidateEnterpriseId', 'projectId'], {
  unique: true,
  where: `"project_id" IS NOT NULL`,
})
@Index('uq_investment_pipeline_lead', ['ownerEnterpriseId', 'candidateEnterpriseId', 'regionCode', 'categoryCode'], {
  unique: true,
  where: `"project_id" IS NULL`,
})
@Check(
  'ck_investment_pipeline_stage',
  `stage IN ('IDENTIFIED', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED')`,
)
@Check('ck_investment_pipeline_signed', `signed_amount_cny IS NULL OR signed_amount_cny >= 0`)
@Check('ck_investment_pipeline_landed', `stage <> 'LANDED' OR landed_amount_cny IS NOT NULL`)
@Check('ck_investment_pipeline_landed_amount', `landed_amount_cny IS NULL OR landed_amount_cny >= 0`)
@Check('ck_investment_pipeline_parties', `owner_enterprise_id <> candidate_enterprise_id`)
export class InvestmentPipelineEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'owner_enterprise_id', type: 'uuid' })
  ownerEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_enterprise_id', foreignKeyConstraintName: 'fk_investment_pipeline_owner' })
  owner?: unknown;

  @Column({ name: 'candidate_enterprise_id', type: 'uuid' })
  candidateEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_enterprise_id', foreignKeyConstraintName: 'fk_investment_pipeline_candidate' })
  candidate?: unknown;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne('InvestmentProjectEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_investment_pipeline_project' })
  project?: unknown;

  /** Where the investment is sought: the lead's region, or the project's. */
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  /** The 缺链 category of a lead; a project's first category the candidate makes. */
  @Column({ name: 'category_code', type: 'varchar', length: 8 })
  categoryCode: string;

  @Column({ type: 'text' })
  stage: PipelineStage;

  @Column({ name: 'signed_amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  signedAmountCny: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'landed_amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  landedAmountCny: string | null;

  @Column({ name: 'landed_on', type: 'date', nullable: true })
  landedOn: string | null;

  /** When the owner first moved it to CONTACTED: from then on the firm sees it. */
  @Column({ name: 'contacted_at', type: 'timestamptz', precision: 3, nullable: true })
  contactedAt: Date | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_investment_pipeline_event' })
  event?: unknown;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** One stage change of a pipeline entry: who, when, and why (a step back needs a reason). */
@Entity('investment_stage_change')
@Index('idx_investment_stage_change_entry', ['entryId', 'at'])
export class InvestmentStageChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'entry_id', type: 'uuid' })
  entryId: string;

  @ManyToOne('InvestmentPipelineEntryEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'fk_investment_stage_change_entry' })
  entry?: unknown;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: PipelineStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage: PipelineStage;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by_user_id', type: 'uuid', nullable: true })
  changedByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
