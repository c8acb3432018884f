import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthPayload, LogInInput, SignUpInput, UserObject } from './accounts.dto';
import { AccountsService } from './accounts.service';
import { Authenticated, CurrentViewer, RequestCtx } from './auth.guard';
import { Role } from './role.enum';
import { RequestContext, Viewer } from './viewer';

@Resolver(() => UserObject)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Mutation(() => AuthPayload, { description: 'Creates a MEMBER account and logs it in' })
  signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.accounts.signUp(input);
  }

  @Mutation(() => AuthPayload)
  logIn(@Args('input') input: LogInInput, @RequestCtx() ctx: RequestContext): Promise<AuthPayload> {
    return this.accounts.logIn(input, ctx.clientIp);
  }

  @Mutation(() => UserObject, { description: 'ADMIN only' })
  @Authenticated(Role.ADMIN)
  grantRole(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => Role }) role: Role,
  ): Promise<UserObject> {
    return this.accounts.grantRole(userId, role);
  }

  @Query(() => UserObject, { description: 'The logged-in user' })
  @Authenticated()
  me(@CurrentViewer() viewer: Viewer): Promise<UserObject> {
    return this.accounts.me(viewer);
  }
}
