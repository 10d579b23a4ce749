import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { userInfo } from 'node:os'
import path from 'node:path'
import { BROTLI_MODULES, renderLocalServer, renderLocalSite } from './nginx-config'

// nginx running the deploy recipe (deploy/nginx/placard.conf, rendered by ./nginx-config.ts) in
// a folder of its own, in front of instances on this machine: the cluster (./cluster.ts) and the
// end-to-end test of pages sent as files (tests/e2e/support/nginx.ts).

export const NGINX_MISSING =
  'nginx is not installed: apt-get install nginx openssl (and libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static for brotli)'

export type LocalNginxOptions = {
  /** Its folder: configuration, cache, certificate, logs; the instances' PAGE_FILES_DIR is pageFilesDir(dir). */
  dir: string
  instances: number[]
  ports: { http: number; https: number; redirect: number }
  /** Workers run as this user when nginx starts as root: it must be able to write the cache and read the page files. */
  user?: string
  /** A second server sending this folder's files: the benchmarks' baseline. */
  staticBaseline?: { port: number; dir: string }
}

export function nginxInstalled() {
  return !spawnSync('nginx', ['-v']).error
}

/** Writes the configuration, has `nginx -t` check it, and starts nginx; returns its main configuration file. */
export function startLocalNginx({ dir, instances, ports, user, staticBaseline }: LocalNginxOptions): string {
  if (!nginxInstalled()) throw new Error(NGINX_MISSING)
  for (const name of ['cache', 'acme', 'temp']) mkdirSync(path.join(dir, name), { recursive: true })
  if (staticBaseline) mkdirSync(staticBaseline.dir, { recursive: true })
  const certificate = path.join(dir, 'self-signed.pem')
  const certificateKey = path.join(dir, 'self-signed.key')
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30', '-subj', '/CN=localhost', '-keyout', certificateKey, '-out', certificate],
    {
      stdio: 'ignore',
    },
  )
  const brotli = BROTLI_MODULES.every((file) => existsSync(file))
  const site = { instances, httpPort: ports.http, httpsPort: ports.https, redirectPort: ports.redirect, certificate, certificateKey, dir, brotli }
  writeFileSync(path.join(dir, 'placard.conf'), renderLocalSite(site))
  if (user && user !== 'root') {
    const { uid, gid } = userInfoOf(user)
    for (const name of ['cache', 'temp']) chownSync(path.join(dir, name), uid, gid)
    if (staticBaseline) chownSync(staticBaseline.dir, uid, gid)
  }
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, renderLocalServer({ dir, brotli, user, staticBaseline }))
  const test = spawnSync('nginx', ['-t', '-c', conf], { encoding: 'utf8' })
  if (test.status !== 0) throw new Error(`nginx -t refused the rendered configuration:\n${test.stderr}`)
  execFileSync('nginx', ['-c', conf])
  return conf
}

export function stopLocalNginx(conf: string) {
  if (existsSync(path.join(path.dirname(conf), 'nginx.pid'))) spawnSync('nginx', ['-c', conf, '-s', 'quit'], { stdio: 'ignore' })
}

function userInfoOf(name: string) {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`))
  if (!line) return { uid: userInfo().uid, gid: userInfo().gid }
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}
