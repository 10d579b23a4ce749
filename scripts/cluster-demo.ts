// npm run cluster:demo — the deploy recipe (deploy/) running on this machine: a standalone
// PostgreSQL, migrations and demo content as release steps, one build, two `npm run serve`
// instances, one `npm run worker`, nginx with deploy/nginx/placard.conf in front. Ctrl-C (or
// `npm run cluster:demo -- --down` from another terminal) stops all of it.
import { spawn } from 'node:child_process'
import { parseArgs } from 'node:util'
import { startCluster, stopCluster } from './lib/cluster'

const { values } = parseArgs({ options: { down: { type: 'boolean', default: false }, 'owner-is-stopping': { type: 'boolean', default: false } } })

if (values.down) {
  const stopped = await stopCluster(console.log, { ownerIsStopping: values['owner-is-stopping'] })
  console.log(stopped ? 'The cluster is stopped; nothing of it is running.' : 'No cluster is running.')
  process.exit(0)
}

const cluster = await startCluster()
console.log(`
Placard behind nginx: ${cluster.url}   (HTTPS with a self-signed certificate: ${cluster.httpsUrl})
instances: ${cluster.instances.map((i) => i.url).join(', ')} (each answers /api/health and /api/ready)
logs: .data/cluster/logs/ · rendered nginx configuration: .data/cluster/nginx/
Ctrl-C, or npm run cluster:demo -- --down, stops everything.`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log('\nStopping …')
    // In a process of its own: on Ctrl-C the terminal may end this one (and its launchers)
    // before everything has stopped; the stopper carries on regardless.
    const stopper = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--down', '--owner-is-stopping'], { stdio: 'inherit', detached: true })
    stopper.once('exit', () => process.exit(0))
  })
}
// Keep running until a signal arrives.
setInterval(() => {}, 1 << 30)
