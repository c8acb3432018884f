import { ValidationError, ValidationPipe } from '@nestjs/common';
import { BadInputError, FieldError } from '@duijie/common';

function flatten(errors: ValidationError[], out: FieldError[] = []): FieldError[] {
  for (const e of errors) {
    for (const message of Object.values(e.constraints ?? {})) out.push({ field: e.property, message });
    if (e.children?.length) flatten(e.children, out);
  }
  return out;
}

/** class-validator on every input, its failures as BAD_USER_INPUT naming the fields. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: false,
    forbidUnknownValues: false,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => new BadInputError(flatten(errors)),
  });
}
