/** One attachment of a rendered mail, in the shape nodemailer accepts and JSON can store. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  /** UTF-8 text, or base64 when `encoding` is 'base64' (binary files, and every attachment once stored). */
  content: string;
  encoding?: 'base64';
  /** Content-ID of an inline image, referenced from the HTML as `cid:…`. */
  cid?: string;
}

/** A mail as rendered from a request: what is stored in the outbox and later sent unchanged. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  attachments: MailAttachment[];
}
