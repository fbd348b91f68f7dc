import { ValidationPipe, type ValidationError as NestValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, type ValidationError, type ValidatorOptions } from 'class-validator';
import { CodedError } from '@mutasi/errors';

const VALIDATION_FAILED_MESSAGE = 'Isi permintaan atau query tidak valid / The request body or query is not valid';

/**
 * Validates and transforms every body and query DTO. On top of class-validator it checks that a
 * property declared as a nested object (`@ValidateNested`) holds objects: class-validator walks
 * into nested arrays instead, so `attachments: [[]]` passed and crashed the handler.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors: NestValidationError[]) =>
        new CodedError('VALIDATION_FAILED', VALIDATION_FAILED_MESSAGE, {
          errors: flatten(errors as ValidationError[]),
        }),
    });
  }

  protected override validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<NestValidationError[]> | NestValidationError[] {
    const shapeErrors = nestedShapeErrors(object);
    return shapeErrors.length > 0 ? shapeErrors : super.validate(object, options);
  }
}

function flatten(errors: ValidationError[], parent = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nestedShapeErrors(object: object): ValidationError[] {
  const metadatas = getMetadataStorage()
    .getTargetValidationMetadatas(object.constructor, '', true, false)
    .filter((m) => m.type === ValidationTypes.NESTED_VALIDATION);
  const errors: ValidationError[] = [];
  for (const metadata of metadatas) {
    const value: unknown = (object as Record<string, unknown>)[metadata.propertyName];
    if (value === undefined || value === null) continue;
    const items = metadata.each && Array.isArray(value) ? value : [value];
    const bad = items.find((item) => !isPlainObject(item));
    if (bad !== undefined) {
      errors.push({
        target: object,
        property: metadata.propertyName,
        value: bad,
        constraints: { nestedObject: `${metadata.propertyName} must hold objects` },
        children: [],
      });
      continue;
    }
    for (const item of items as object[]) errors.push(...nestedShapeErrors(item));
  }
  return errors;
}
