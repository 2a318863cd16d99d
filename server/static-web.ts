// Serves the built page (dist/web) at `/`, with the SPA fallback to index.html for paths outside /api.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Static files and the SPA fallback; when the page is not built, a plain hint instead. */
export function serveWeb(webDir: string): Router {
  const router = express.Router();
  const index = path.join(webDir, 'index.html');
  router.use(express.static(webDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheForHtml }));
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      next();
      return;
    }
    if (!existsSync(index)) {
      res
        .status(404)
        .type('text/plain')
        .send('The web page is not built yet: run `npm run build`. The API is at /api (see /api/docs).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.get('/{*path}', fallback);
  return router;
}

function noCacheForHtml(res: express.Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
