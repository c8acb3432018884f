import {
  applyDecorators,
  CanActivate,
  createParamDecorator,
  ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';

import { ForbiddenError, UnauthenticatedError } from '@duijie/common';

import { Access } from './access';
import { Role } from './role.enum';
import { RequestContext, Viewer } from './viewer';

const ROLES_KEY = 'duijie:roles';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!ctx.viewer) throw new UnauthenticatedError(ctx.authError ?? undefined);
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && !Access.hasOneOf(ctx.viewer, roles)) {
      throw new ForbiddenError(`此操作仅限 ${roles.join(' / ')} 角色`);
    }
    return true;
  }
}

/** The operation needs a logged-in user, and one of `roles` when given. */
export function Authenticated(...roles: Role[]) {
  return applyDecorators(SetMetadata(ROLES_KEY, roles), UseGuards(AuthGuard));
}

/** The authenticated viewer (use with @Authenticated). */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer as Viewer;
});

/** The viewer or null, for operations open to anonymous callers. */
export const OptionalViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer | null => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().viewer ?? null;
});

export const RequestCtx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
});

/** UNAUTHENTICATED with the reason the request's token was refused, if one was sent. */
export class UnauthenticatedGuardError extends UnauthenticatedError {
  constructor(ctx: RequestContext) {
    super(ctx.authError ?? undefined);
  }
}
