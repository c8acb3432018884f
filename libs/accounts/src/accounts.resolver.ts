import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  AuthPayload,
  ChangePasswordInput,
  LogInInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignUpInput,
  UserObject,
} from './accounts.dto';
import { AccountsService } from './accounts.service';
import { Authenticated, CurrentViewer, RequestCtx } from './auth.guard';
import { Role } from './role.enum';
import { RequestContext, Viewer } from './viewer';

@Resolver(() => UserObject)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Mutation(() => AuthPayload, {
    description: 'Creates a MEMBER account and logs it in (also sets the browser session cookie)',
  })
  async signUp(@Args('input') input: SignUpInput, @RequestCtx() ctx: RequestContext): Promise<AuthPayload> {
    return withSession(ctx, await this.accounts.signUp(input, ctx.clientIp));
  }

  @Mutation(() => AuthPayload, { description: 'Also sets the browser session cookie (httpOnly, SameSite=Strict)' })
  async logIn(@Args('input') input: LogInInput, @RequestCtx() ctx: RequestContext): Promise<AuthPayload> {
    return withSession(ctx, await this.accounts.logIn(input, ctx.clientIp));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends this log-in: the access token the request carries (bearer header or session cookie) is refused from now on, and the session cookie is cleared; the account’s other log-ins go on',
  })
  async logOut(@RequestCtx() ctx: RequestContext): Promise<boolean> {
    if (ctx.viewer && ctx.token) await this.accounts.logOut(ctx.token);
    ctx.session?.clear();
    return true;
  }

  @Mutation(() => AuthPayload, {
    description:
      'Changes the password, the current one asked again: every earlier log-in of the account ends, and this one goes on with the token (and session cookie) answered',
  })
  @Authenticated()
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @RequestCtx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    return withSession(ctx, await this.accounts.changePassword(viewer, input, ctx.clientIp));
  }

  @Mutation(() => Boolean, {
    description:
      'Ends every log-in of the account, this one included: all its access tokens are refused from now on, its subscriptions close, and the session cookie is cleared',
  })
  @Authenticated()
  async logOutEverywhere(@CurrentViewer() viewer: Viewer, @RequestCtx() ctx: RequestContext): Promise<boolean> {
    await this.accounts.logOutEverywhere(viewer);
    ctx.session?.clear();
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a link that sets a new password (valid 30 minutes, once) if the e-mail is registered; answers true either way, so it tells nobody whether an account exists. At most 3 requests every 15 minutes per e-mail (a window shorter than a link lasts) and 20 an hour per client address.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @RequestCtx() ctx: RequestContext,
  ): Promise<boolean> {
    return this.accounts.requestPasswordReset(input, ctx.clientIp);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the token of a link mailed by requestPasswordReset; every log-in of the account ends (log in again with the new password)',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput, @RequestCtx() ctx: RequestContext): Promise<boolean> {
    return this.accounts.resetPassword(input, ctx.clientIp);
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

/** The browser keeps the token in its session cookie; API clients read it from the payload. */
function withSession(ctx: RequestContext, payload: AuthPayload): AuthPayload {
  ctx.session?.issue(payload.accessToken);
  return payload;
}
