export { ConfigSchema } from './config.schema.ts';
export { type Config, ConfigError, configVariables, loadConfig, loadConfigOrExit } from './config.ts';
