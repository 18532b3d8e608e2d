/** `npm run koad:demo -- [path]`: writes the deterministic demo KOAD register (~128k rows), default $DATA_DIR/koad-demo.csv. */
import { join } from 'node:path';
import { writeDemoRegister } from '@irado/address';
import { loadConfigOrExit } from '@irado/config';

const path = process.argv[2] ?? join(loadConfigOrExit().DATA_DIR, 'koad-demo.csv');
const started = performance.now();
await writeDemoRegister(path);
process.stdout.write(`Wrote the demo KOAD register to ${path} in ${Math.round(performance.now() - started)} ms.\n`);
