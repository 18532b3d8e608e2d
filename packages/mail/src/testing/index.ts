export { readCaughtMails } from './caught-mails.ts';
export { anItem, aPickupRequest, type PickupRequestOptions } from './requests.ts';
export { startTestSmtp, type TestSmtp, type TestSmtpOptions } from './test-smtp.ts';
