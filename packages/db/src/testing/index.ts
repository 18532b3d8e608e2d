export type { FreshDatabase, FreshDatabaseOptions, TestHooks } from './fresh-database.ts';
export { freshDatabase } from './fresh-database.ts';
