// Imported first by every entry point: settings from `.env` in the folder Placard runs in (or
// the file PLACARD_ENV_FILE names; empty for none), so an operator can keep them in a file (see
// .env.example). A variable already set in the environment wins over the file. Next.js reads
// `.env` too, but only inside the web server and the build: `npm start`, the worker and the
// other scripts would not see it, and the build fingerprint would miss its settings.
import { existsSync } from 'node:fs'

const file = process.env.PLACARD_ENV_FILE ?? '.env'
if (file && existsSync(file)) process.loadEnvFile(file)
else if (file && process.env.PLACARD_ENV_FILE) {
  console.error(`PLACARD_ENV_FILE names ${file}, which does not exist. Point it at your settings file, or set it empty to read none.`)
  process.exit(1)
}
