import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ParsedMail, simpleParser } from 'mailparser';

/** The .eml files the mail catcher wrote to `dir`, oldest first, each parsed. Skips unfinished temporary files. */
export async function readCaughtMails(dir: string): Promise<{ file: string; mail: ParsedMail }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml') && !f.startsWith('.')).sort();
  return Promise.all(
    files.map(async (file) => ({
      file,
      mail: await simpleParser(await readFile(join(dir, file)), { keepCidLinks: true }),
    })),
  );
}
