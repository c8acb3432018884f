import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** An enterprise's HTTPS endpoint for chosen notification kinds, signed per Standard Webhooks. */
@Entity('webhook_endpoint')
@Index('idx_webhook_endpoint_enterprise', ['enterpriseId'])
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_webhook_endpoint_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'text', array: true })
  kinds: string[];

  /** `whsec_` + base64 key; shown to the creator once. */
  @Column({ type: 'text' })
  secret: string;

  @Column({ name: 'consecutive_failures', type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ name: 'disabled_at', type: 'timestamptz', precision: 3, nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** One notification to one endpoint; the pair is unique, so a retried producer delivers once. */
@Entity('webhook_delivery')
@Unique('uq_webhook_delivery', ['endpointId', 'notificationId'])
@Index('idx_webhook_delivery_endpoint', ['endpointId', 'createdAt', 'id'])
@Check('ck_webhook_delivery_status', `status IN ('PENDING', 'SUCCEEDED', 'FAILED')`)
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'endpoint_id', type: 'uuid' })
  endpointId: string;

  @ManyToOne('WebhookEndpointEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id', foreignKeyConstraintName: 'fk_webhook_delivery_endpoint' })
  endpoint?: unknown;

  @Column({ name: 'notification_id', type: 'uuid' })
  notificationId: string;

  @ManyToOne('NotificationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'fk_webhook_delivery_notification' })
  notification?: unknown;

  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;
}
