/** Test helpers of @irado/address; production code never imports this entry point. */
export { aKoadRecord, loadRegister } from './register-factory.ts';
