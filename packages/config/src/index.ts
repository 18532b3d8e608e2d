export { type Config, ConfigError, configVariables, loadConfig, loadConfigOrExit } from './config.ts';
export { ConfigSchema } from './config.schema.ts';
