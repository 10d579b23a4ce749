// npm run build — the production build, made once and shipped to every instance, which then
// start with `npm run serve` (and `npm run worker`) without building. Some pages are prerendered
// from the database, and the server-actions key is derived from the secret, so both are needed.
import './lib/load-env-file'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { missingSettings, refuseToStartWithout } from '@/lib/env'
import { DIST_DIR } from './lib/build-freshness'
import { buildProductionSite } from './lib/production-build'
import { applyServerActionsKey } from './lib/secret'

refuseToStartWithout('The build', missingSettings(process.env, 'server'))
applyServerActionsKey(process.env.PLACARD_SECRET!)
if (!(await buildProductionSite({}))) {
  console.error('The production build failed; see the messages above.')
  process.exit(1)
}
const id = readFileSync(path.join(DIST_DIR, 'BUILD_ID'), 'utf8').trim()
console.log(
  `Built ${id} in ${DIST_DIR}. Ship this folder with these sources to every instance and start each with ` +
    '`npm run serve` and `npm run worker`, with the same settings (/api/ready reports the build id each one runs).',
)
