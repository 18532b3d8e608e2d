export { createHttpServer, type HttpServer, type ServerOptions } from './create-server.ts';
export { type ErrorBody, httpStatus, registerErrorHandling } from './error-handler.ts';
export { type HealthCheck, type HealthOptions, registerHealthRoutes } from './health.ts';
export { loggerOptions } from './logger.ts';
