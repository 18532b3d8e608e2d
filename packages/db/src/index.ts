export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded.ts';
export { embeddedUrl, freePort, startEmbeddedPostgres } from './embedded.ts';
export type { Logger } from './logger.ts';
export type { MigrateOptions } from './migrate.ts';
export { migrate, migrationsDir } from './migrate.ts';
export type { OpenDatabase, OpenDatabaseOptions } from './open-database.ts';
export { openDatabase } from './open-database.ts';
export type { PoolOptions } from './pool.ts';
export { checkDatabase, createPool } from './pool.ts';
