import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

import { Role } from './role.enum';

@InputType()
export class SignUpInput {
  @Field(() => String)
  @IsEmail({}, { message: 'email（邮箱）格式不正确' })
  @MaxLength(254, { message: 'email（邮箱）过长' })
  email: string;

  @Field(() => String, { description: 'At least 10 characters, not easily guessed' })
  @IsString()
  @Length(10, 200, { message: 'password（密码）长度须为 10 到 200 个字符' })
  password: string;

  @Field(() => String)
  @IsString()
  @Length(1, 60, { message: 'displayName（显示名称）长度须为 1 到 60 个字符' })
  displayName: string;
}

@InputType()
export class LogInInput {
  @Field(() => String)
  @IsString()
  @Length(3, 254, { message: 'email（邮箱）格式不正确' })
  email: string;

  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'password（密码）不能为空' })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @Length(1, 200, { message: 'currentPassword（当前密码）不能为空' })
  currentPassword: string;

  @Field(() => String, { description: 'At least 10 characters, not easily guessed' })
  @IsString()
  @Length(10, 200, { message: 'newPassword（新密码）长度须为 10 到 200 个字符' })
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  /** As logIn reads it: spaces around it and the letters' case do not matter. */
  @Field(() => String)
  @IsString()
  @Length(3, 260, { message: 'email（邮箱）格式不正确' })
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token of the link mailed by requestPasswordReset' })
  @IsString()
  @Length(1, 300, { message: 'token（重置链接）无效或已过期，请重新申请重置密码' })
  token: string;

  @Field(() => String, { description: 'At least 10 characters, not easily guessed' })
  @IsString()
  @Length(10, 200, { message: 'newPassword（新密码）长度须为 10 到 200 个字符' })
  newPassword: string;
}

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Role)
  role: Role;

  /** Not exposed directly: the `enterprise` field resolves it. */
  enterpriseId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  accessToken: string;

  @Field(() => UserObject)
  user: UserObject;
}
