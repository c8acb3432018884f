import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  MEMBER = 'MEMBER',
  /** 主办方: creates docking events and schedules meetings. */
  ORGANISER = 'ORGANISER',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });
