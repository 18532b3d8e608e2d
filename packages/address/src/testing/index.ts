/** Test helpers of @irado/address; production code never imports this entry point. */

export type { KoadRecord } from '../register/koad-record.ts';
export {
  type FakeAddress,
  type FakePostcodeApi,
  type FakePostcodeMode,
  type FakePostcodeOptions,
  startFakePostcodeApi,
} from './fake-postcode-server.ts';
export { aKoadRecord, loadRegister } from './register-factory.ts';
