// The one error middleware: AppErrors become {error: {code, message}} with their status; anything else is logged and a plain 500.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, isAppError } from '../core/errors.ts';
import type { Logger } from './app-context.ts';

/** Express's own errors (bad JSON, body too large …) carry a 4xx status and `expose`. */
interface HttpError {
  status?: number;
  statusCode?: number;
  expose?: boolean;
  type?: string;
  message?: string;
}

const BODY_ERRORS: Record<string, [string, string]> = {
  'entity.parse.failed': ['INVALID_JSON', 'The body is not valid JSON.'],
  'entity.too.large': ['BODY_TOO_LARGE', 'The body is larger than the server accepts.'],
  'encoding.unsupported': ['UNSUPPORTED_ENCODING', 'The body’s encoding is not supported.'],
  'charset.unsupported': ['UNSUPPORTED_ENCODING', 'The body’s charset is not supported.'],
};

/** Turns an error into the JSON answer; a 4xx from Express's body parser keeps its status. */
export function toErrorResponse(
  error: unknown,
): { status: number; body: { error: { code: string; message: string } } } | null {
  if (isAppError(error))
    return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  const http = error as HttpError;
  const status = http?.status ?? http?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500 && http.expose !== false) {
    const [code, message] = BODY_ERRORS[http.type ?? ''] ?? ['BAD_REQUEST', http.message ?? 'Bad request.'];
    return { status, body: { error: { code, message } } };
  }
  return null;
}

/** The error middleware: no stack traces leave the server. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const answer = toErrorResponse(error);
    if (answer) {
      if (answer.status >= 500)
        logger.error('request failed', {
          method: req.method,
          path: req.path,
          code: answer.body.error.code,
          error: describe(error),
        });
      res.status(answer.status).json(answer.body);
      return;
    }
    logger.error('unexpected error', { method: req.method, path: req.path, error: describe(error) });
    res.status(500).type('text/plain').send('Internal Server Error');
  };
}

/** 404 for any /api path no route answers. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(
    new AppError(`No API route ${req.method} ${req.path}. See /api/docs.`, {
      code: 'ROUTE_NOT_FOUND',
      status: 404,
    }),
  );
};

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
    return `${error.name}: ${error.message}${cause}\n${error.stack ?? ''}`;
  }
  return String(error);
}
