import compress from '@fastify/compress';
import { createHttpServer, type HealthCheck, registerHealthRoutes } from '@irado/http';
import type { FastifyBaseLogger } from 'fastify';
import type { AssetManifest } from './assets/manifest.ts';
import { registerChatProxy } from './features/chat-proxy/chat-proxy.ts';
import { registerPageRoutes } from './features/page/page.routes.ts';
import { registerStaticRoutes } from './features/static/static.routes.ts';
import { registerSecurityHeaders } from './security.ts';

export interface AppDeps {
  /** The current asset build (from public/manifest.json). */
  manifest: AssetManifest;
  assetsDir: string;
  /** Folder holding afvalplaats.png. */
  mediaDir: string;
  chatbotUrl: string;
  /** Readiness of the chatbot behind the proxy; the website is only useful when it answers. */
  chatbotReady: HealthCheck;
  /** Proxies in front of the website whose X-Forwarded-For gives the client address (the Application Gateway). */
  trustProxy?: boolean | string | string[];
  logLevel?: string;
  logger?: FastifyBaseLogger;
}

/** The website service as a Fastify app: the demo page, the widget's assets, and the chat API proxy. */
export async function buildApp(deps: AppDeps) {
  const app = createHttpServer({
    service: 'website',
    trustProxy: deps.trustProxy ?? 'loopback',
    ...(deps.logLevel ? { logLevel: deps.logLevel } : {}),
    ...(deps.logger ? { logger: deps.logger } : {}),
  });
  await registerSecurityHeaders(app, { widgetStyleHash: deps.manifest.widgetStyleHash });
  // Request bodies go to the chatbot untouched, so only responses are compressed here.
  await app.register(compress, { global: true, globalDecompression: false, threshold: 1024 });
  registerHealthRoutes(app, { checks: { chatbot: deps.chatbotReady }, started: () => true });
  registerPageRoutes(app, { manifest: deps.manifest });
  await registerStaticRoutes(app, { assetsDir: deps.assetsDir, mediaDir: deps.mediaDir, manifest: deps.manifest });
  await registerChatProxy(app, { chatbotUrl: deps.chatbotUrl });
  return app;
}

/** A readiness check that the chatbot's own /health/ready answers 200 within two seconds. */
export function chatbotReadiness(chatbotUrl: string): HealthCheck {
  return async () => {
    const res = await fetch(new URL('/health/ready', chatbotUrl), { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.ok;
  };
}
