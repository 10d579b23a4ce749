// Imported first by the web server and the worker: a missing setting is named before any
// module that needs it loads (and fails with a less helpful message).
import './load-env-file'
import path from 'node:path'
import { missingSettings, refuseToStartWithout } from '@/lib/env'

const names: Record<string, string> = { 'serve.ts': 'The web server', 'worker.ts': 'The background worker' }
refuseToStartWithout(names[path.basename(process.argv[1] ?? '')] ?? 'Placard', missingSettings(process.env, 'server'))
