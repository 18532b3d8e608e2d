import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { AssetManifest } from '../../assets/manifest.ts';
import { allowCrossOriginEmbedding } from '../../security.ts';

export interface StaticOptions {
  assetsDir: string;
  mediaDir: string;
  manifest: AssetManifest;
}

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The built assets under /assets/ (content-hashed names, so cached for a year and immutable), the stable
 * /assets/widget.js for embedders (cached briefly, so a new build reaches them within minutes) and the placement
 * picture at /media/afvalplaats.png, read from the mail package where it lives.
 */
export async function registerStaticRoutes(app: FastifyInstance, opts: StaticOptions): Promise<void> {
  await app.register(fastifyStatic, {
    root: opts.assetsDir,
    prefix: '/assets/',
    index: false,
    list: false,
    maxAge: YEAR_MS,
    immutable: true,
    setHeaders: (reply) => reply.headers(allowCrossOriginEmbedding),
  });

  app.get('/assets/widget.js', async (_request, reply) =>
    reply
      .headers(allowCrossOriginEmbedding)
      .sendFile(opts.manifest.files.widget, opts.assetsDir, { maxAge: 5 * 60 * 1000, immutable: false }),
  );

  app.get('/media/afvalplaats.png', async (_request, reply) =>
    reply
      .headers(allowCrossOriginEmbedding)
      .sendFile('afvalplaats.png', opts.mediaDir, { maxAge: 24 * 60 * 60 * 1000, immutable: false }),
  );
}
