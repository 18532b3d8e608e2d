/**
 * `npm run koad:import -- FILE.csv`: replaces the KOAD register with a KOAD export, atomically. Uses KOAD_DATABASE_URL,
 * else DATABASE_URL, else the embedded database in $DATA_DIR/pg. A bad file prints its row problems and exits 1; the
 * register is then unchanged.
 */
import { importRegisterFile, KoadFileInvalidError } from '@irado/address';
import { loadConfigOrExit } from '@irado/config';
import { openDatabase } from '@irado/db';

const file = process.argv[2];
if (!file || file.startsWith('-')) {
  process.stderr.write('usage: npm run koad:import -- <koad-export.csv>\n');
  process.exit(2);
}
const config = loadConfigOrExit();
const url = config.KOAD_DATABASE_URL ?? config.DATABASE_URL;
const out = (line: string) => process.stdout.write(`${line}\n`);
if (!url) out(`No KOAD_DATABASE_URL or DATABASE_URL: using the embedded database in ${config.DATA_DIR}/pg`);

const db = await openDatabase({ url, dataDir: `${config.DATA_DIR}/pg`, applicationName: 'irado-koad-import' });
try {
  await db.ready;
  const result = await importRegisterFile(db.pool, file, {
    source: 'cli',
    onProgress: ({ loaded, total }) => {
      out(`  loaded ${loaded} / ${total} rows`);
    },
  });
  const t = result.timings;
  out(
    `Imported ${result.rowsImported} rows (${result.rowsSkippedUnusable} without a usable postcode or house number).`,
  );
  out(
    `Took ${Math.round(t.totalMs)} ms: parse ${Math.round(t.parseMs)}, load ${Math.round(t.loadMs)}, index ${Math.round(t.indexMs)}, swap ${Math.round(t.swapMs)}.`,
  );
} catch (error) {
  process.exitCode = 1;
  if (error instanceof KoadFileInvalidError) {
    process.stderr.write(`${file} was rejected; the register is unchanged.\n`);
    for (const p of error.problems) process.stderr.write(`  line ${p.line}: ${p.message}\n`);
    if (error.truncated) process.stderr.write('  … and more problems.\n');
  } else {
    process.stderr.write(`koad:import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
} finally {
  await db.close();
}
