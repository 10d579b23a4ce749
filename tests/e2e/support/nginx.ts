import { existsSync, rmSync } from 'node:fs'
import path from 'node:path'
import { startLocalNginx, stopLocalNginx } from '../../../scripts/lib/local-nginx'
import { pageFilesDir } from '../../../scripts/lib/nginx-config'

// The deploy recipe's nginx (deploy/nginx/placard.conf) in front of the e2e site, for the tests
// of what readers get through it. The e2e site writes its page files where this nginx looks
// (scripts/e2e-server.ts); CI installs nginx (.ci/run).

const e2ePort = Number(process.env.E2E_PORT ?? 3100)
export const e2eNginxDir = path.resolve('.data', 'e2e-nginx')
/** The e2e site's PAGE_FILES_DIR. */
export const e2ePageFilesDir = pageFilesDir(e2eNginxDir)
export const e2eNginxUrl = `http://127.0.0.1:${e2ePort + 1000}`

export async function startE2eNginx(): Promise<() => void> {
  // A run stopped half-way leaves its nginx running: stopped first, its ports freed.
  const earlier = path.join(e2eNginxDir, 'nginx.conf')
  if (existsSync(earlier)) stopLocalNginx(earlier)
  for (let i = 0; i < 50 && existsSync(path.join(e2eNginxDir, 'nginx.pid')); i++) await new Promise((resolve) => setTimeout(resolve, 100))
  for (const name of ['cache', 'temp', 'nginx.conf', 'placard.conf']) rmSync(path.join(e2eNginxDir, name), { recursive: true, force: true })
  const conf = startLocalNginx({
    dir: e2eNginxDir,
    instances: [e2ePort],
    ports: { http: e2ePort + 1000, https: e2ePort + 1001, redirect: e2ePort + 1002 },
    // Started as root (CI), its workers read the page files and write the cache as root too,
    // wherever the checkout lies; otherwise they run as whoever runs the tests.
    user: process.getuid?.() === 0 ? 'root' : undefined,
  })
  return () => stopLocalNginx(conf)
}
