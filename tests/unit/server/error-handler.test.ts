// Errors to responses: AppErrors keep code and status; body-parser 4xx become JSON; anything else is not exposed.
import { describe, expect, it } from 'vitest';
import {
  DatabaseUnavailableError,
  NotFoundError,
  QueryRefusedError,
  ValidationError,
} from '../../../core/errors.ts';
import { toErrorResponse } from '../../../server/error-handler.ts';

describe('toErrorResponse', () => {
  it.each([
    [new ValidationError('bad limit'), 400, 'VALIDATION_ERROR'],
    [new NotFoundError('no such entity'), 404, 'NOT_FOUND'],
    [new QueryRefusedError('writes are not allowed'), 422, 'QUERY_REFUSED'],
    [new DatabaseUnavailableError('down'), 503, 'DATABASE_UNAVAILABLE'],
    [
      Object.assign(new Error('Unexpected token'), {
        status: 400,
        expose: true,
        type: 'entity.parse.failed',
      }),
      400,
      'INVALID_JSON',
    ],
    [
      Object.assign(new Error('too large'), { status: 413, expose: true, type: 'entity.too.large' }),
      413,
      'BODY_TOO_LARGE',
    ],
  ])('%s → %i %s', (error, status, code) => {
    expect(toErrorResponse(error)).toMatchObject({ status, body: { error: { code } } });
  });

  it('has no answer for unexpected errors (they become a plain 500)', () => {
    expect(toErrorResponse(new Error('boom'))).toBeNull();
    expect(toErrorResponse(Object.assign(new Error('x'), { status: 500 }))).toBeNull();
    expect(toErrorResponse('a string')).toBeNull();
  });
});
