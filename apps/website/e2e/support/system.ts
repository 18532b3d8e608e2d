import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { type EvalSystem, startSystem } from '../../../../scripts/eval/system.ts';

/** A KOAD register of one resident: 3117 XA 12, Schiedam (the demo register's showcase address). */
const KOAD_CSV =
  'KOAD-nummer,KOAD-str,KOAD-pc,KOAD-huisaand,KOAD-huisnr,KOAD-etage,KOAD-naam,KOAD-actief,KOAD-inwoner\n' +
  '990001,Broersvest,3117XA,,12,,3117XA12,1,1\n';

export type E2eSystem = EvalSystem & { websiteUrl: string; pool: pg.Pool };

/**
 * The whole system as `npm start` runs it (chatbot, website, embedded PostgreSQL, mail catcher), on free ports in a
 * scratch data folder; a tiny register keeps the start-up to seconds.
 */
export async function startE2eSystem(env: NodeJS.ProcessEnv = {}): Promise<E2eSystem> {
  const system = await startSystem({ koadCsv: KOAD_CSV, env });
  if (!system.websiteUrl || !system.pool) throw new Error('the system started without its website or database');
  return system as E2eSystem;
}

export interface SentMail {
  kind: string;
  route: string | null;
  to: string;
  status: string;
}

/** The mails of the request made in chat session `sessionId`, once the outbox worker has sent them all (up to 30 s). */
export async function deliveredMails(pool: pg.Pool, sessionId: string): Promise<SentMail[]> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const { rows } = await pool.query<SentMail>(
      `select o.kind, o.route, o.to_address as "to", o.status
         from email_outbox o join requests r on r.id = o.request_id
        where r.session_id = $1 order by o.kind, o.route`,
      [sessionId],
    );
    if (rows.length > 0 && rows.every((m) => m.status === 'sent')) return rows;
    await sleep(500);
  }
  throw new Error(`the mails of session ${sessionId} were not all sent within 30 s`);
}
