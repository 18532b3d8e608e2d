import { readFileSync } from 'node:fs';
import type { MailAttachment } from '../message.ts';

/** Content-ID of the placement picture; the HTML refers to it as `cid:afvalplaats@irado`. */
export const AFVALPLAATS_CID = 'afvalplaats@irado';

let cached: string | undefined;

/**
 * The "where does grofvuil go" picture (assets/afvalplaats.png, drawn from afvalplaats.svg) as an inline attachment.
 * Sent inside the mail rather than linked, so it shows without loading remote images (which mail clients block).
 */
export function afvalplaatsAttachment(): MailAttachment {
  cached ??= readFileSync(new URL('../../assets/afvalplaats.png', import.meta.url)).toString('base64');
  return {
    filename: 'afvalplaats.png',
    contentType: 'image/png',
    content: cached,
    encoding: 'base64',
    cid: AFVALPLAATS_CID,
  };
}
