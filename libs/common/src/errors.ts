import { GraphQLError } from 'graphql';

/** The error codes of the public API (API.md "Transport"). */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldError {
  /** The input field, as the client named it (e.g. `priceMax`). */
  field: string;
  /** A message a person can act on, in Chinese with the field's meaning. */
  message: string;
}

/** An error meant for the client: its message and extensions are shown as they are. */
export class ApiError extends GraphQLError {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

export class BadInputError extends ApiError {
  constructor(readonly fieldErrors: FieldError[]) {
    const fields = [...new Set(fieldErrors.map((e) => e.field))];
    super('BAD_USER_INPUT', `输入有误：${fieldErrors.map((e) => e.message).join('；')}`, {
      fields,
      fieldErrors,
    });
  }
}

export class UnauthenticatedError extends ApiError {
  constructor(message = '请先登录（缺少或无效的访问令牌）') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends ApiError {
  constructor(message = '无权执行此操作') {
    super('FORBIDDEN', message);
  }
}

/** Collects field errors and throws them together, so a client sees every problem at once. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];

  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }

  /** The problems found so far. */
  list(): readonly FieldError[] {
    return this.errors;
  }

  /** Whether a problem with `field` was found already. */
  has(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }

  get isEmpty(): boolean {
    return this.errors.length === 0;
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new BadInputError(this.errors);
  }
}
