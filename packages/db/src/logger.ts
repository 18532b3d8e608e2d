/**
 * The slice of a logger this package writes to. A pino logger fits; so does `{ info: console.log }` in a CLI.
 * Library code never writes to the console itself, so callers decide where database chatter goes.
 */
export interface Logger {
  info(msg: string): void;
  warn?(msg: string): void;
  error?(msg: string): void;
}
