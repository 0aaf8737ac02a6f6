/**
 * `npm run serve` (and the end of `npm start`): serves `dist/` on http://localhost:4321 as the
 * production hosts would, headers of `dist/_headers` included (scripts/lib/static-server.ts).
 */
import { existsSync } from 'node:fs';
import process from 'node:process';
import { startStaticServer } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
if (!existsSync('dist/index.html')) {
  console.error('Brak zbudowanej strony w dist/. Uruchom najpierw: npm run build');
  process.exit(1);
}
await startStaticServer('dist', port);
console.log(`Strona działa pod adresem http://localhost:${port}/ (Ctrl+C kończy).`);
