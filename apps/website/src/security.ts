import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers for every response. The Content-Security-Policy allows scripts and styles from this origin only:
 * no inline script anywhere, and the one inline style is the widget's own, allowed by its hash for browsers that
 * cannot adopt a constructed stylesheet. `connect-src 'self'` is enough because /api/* is proxied here.
 */
export async function registerSecurityHeaders(app: FastifyInstance, opts: { widgetStyleHash: string }): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", `'${opts.widgetStyleHash}'`],
        imgSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // The page embeds nothing cross-origin; other sites may embed the widget script and picture (see static routes).
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** Lets other sites (irado.nl) load a response with a <script> or <img> tag, which helmet's default forbids. */
export const allowCrossOriginEmbedding = { 'cross-origin-resource-policy': 'cross-origin' } as const;
