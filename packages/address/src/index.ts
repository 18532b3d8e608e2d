/**
 * @irado/address — the I/O around the kernel's address rules: the KOAD register (CSV import, atomic replace, lookup,
 * demo data), the Open Postcode API client, and the address check that combines them (rules §10, Decisions 5 and 11).
 */

export {
  type AddressCheck,
  type AddressCheckDeps,
  type AddressCheckResult,
  createAddressCheck,
} from './check/address-check.ts';
export {
  createOpenPostcodeClient,
  type OpenPostcodeClientOptions,
  type PostcodeLookupPort,
  type PostcodeQuery,
} from './postcode/open-postcode-client.ts';
export type { DemoAddress } from './register/demo-addresses.ts';
export { demoAddresses } from './register/demo-addresses.ts';
export {
  type DemoRegisterOptions,
  demoRegisterCsv,
  demoRegisterRows,
  writeDemoRegister,
} from './register/demo-register.ts';
export {
  ensureRegisterLoaded,
  type ImportRegisterOptions,
  type ImportRegisterResult,
  importRegisterFile,
  KoadFileInvalidError,
} from './register/import-register.ts';
export { KOAD_COLUMNS, type KoadRecord } from './register/koad-record.ts';
export {
  type KoadImport,
  type KoadImportSource,
  type KoadRow,
  type KoadStats,
  lookup,
  type Queryable,
  type ReplaceOptions,
  type ReplaceResult,
  recordFailedImport,
  replaceAll,
  stats,
} from './register/koad-repository.ts';
export { type KoadCsvProblem, type KoadCsvResult, parseKoadCsv, parseKoadCsvFile } from './register/parse-koad-csv.ts';
