// The one error type: a code, an HTTP status, whether a retry may help, and the cause.

export interface AppErrorOptions {
  code?: string;
  status?: number;
  retriable?: boolean;
  cause?: unknown;
  details?: unknown;
}

/** An error the user can act on: the server answers it as JSON, the CLI prints its message. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly retriable: boolean;
  readonly details?: unknown;

  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? 'APP_ERROR';
    this.status = options.status ?? 500;
    this.retriable = options.retriable ?? false;
    this.details = options.details;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'VALIDATION_ERROR', status: 400, ...options });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'NOT_FOUND', status: 404, ...options });
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'FORBIDDEN', status: 403, ...options });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'UNAUTHORIZED', status: 401, ...options });
  }
}

/** A query refused by the read-only guard: a write, a schema command, several statements … */
export class QueryRefusedError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'QUERY_REFUSED', status: 422, ...options });
  }
}

export class DatabaseUnavailableError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'DATABASE_UNAVAILABLE', status: 503, retriable: true, ...options });
  }
}

/** Bad input that fails one file or line alone: the batch goes on. */
export class InputError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, { code: 'INPUT_ERROR', status: 400, ...options });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
