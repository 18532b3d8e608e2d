import type { FastifyInstance } from 'fastify';
import type { AssetManifest } from '../../assets/manifest.ts';
import { homePage } from './home-page.ts';

/** The demo home page. Rendered once: it changes only with a new build, which restarts the server. */
export function registerPageRoutes(app: FastifyInstance, opts: { manifest: AssetManifest }): void {
  const html = homePage(opts.manifest);
  app.get('/', async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      // Short: the page names the hashed assets, so a new build must reach visitors soon.
      .header('cache-control', 'public, max-age=60, must-revalidate')
      .send(html),
  );
}
