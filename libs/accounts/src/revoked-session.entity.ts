import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { UserEntity } from './user.entity';

/**
 * A log-in ended by logOut before its token expired: the token's session id (`sid`), refused from
 * then on though its signature and version still hold. Kept until the token would have expired.
 */
@Entity('revoked_session')
@Index('idx_revoked_session_user', ['userId'])
export class RevokedSessionEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_revoked_session' })
  sid: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_revoked_session_user' })
  user?: UserEntity;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;
}
