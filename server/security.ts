// Security middleware: helmet with a CSP the built page satisfies, CORS only when configured, rate limits, the bearer token.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { AppError, ForbiddenError, UnauthorizedError } from '../core/errors.ts';
import type { ServerConfig } from './server-config.ts';

/**
 * Security headers. The page loads only its own scripts; Cytoscape and CodeMirror set inline styles,
 * and Cytoscape exports PNGs through data:/blob: URLs. The page is served over plain http on
 * localhost, so no upgrade-insecure-requests.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** CORS for one configured origin; without one, no CORS headers (the browser's same-origin rule holds). */
export function corsFor(origin: string | undefined): RequestHandler {
  return (req, res, next) => {
    if (!origin) {
      next();
      return;
    }
    res.vary('Origin');
    if (req.headers.origin === origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A per-client limit answering 429 as JSON. */
export function rateLimiter(windowMs: number, limit: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError('Too many requests; wait a minute and try again.', {
          code: 'RATE_LIMITED',
          status: 429,
          retriable: true,
        }),
      ),
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * Requires `Authorization: Bearer <token>`, compared in constant time. No token configured: the
 * endpoint is disabled (403); a missing or wrong token: 401.
 */
export function requireToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return (req, _res, next) => {
    if (!expected) {
      next(
        new ForbiddenError(
          'Writes over HTTP are disabled: set TRACEGRAPH_TOKEN on the server to enable them.',
        ),
      );
      return;
    }
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match || !timingSafeEqual(digest(match[1] ?? ''), expected)) {
      next(new UnauthorizedError('A valid "Authorization: Bearer <TRACEGRAPH_TOKEN>" header is required.'));
      return;
    }
    next();
  };
}

export type { ServerConfig };
