export { AppError, type AppErrorCode, appErrorCodes, isAppError } from './app-error.ts';
