// A web server or worker started by `npm start` (scripts/start.ts) has an IPC channel to it.
// When `npm start` dies without stopping its children (SIGKILL, a crash), the channel closes:
// the child then stops too, instead of holding the port and the database for a start that
// no longer exists. Started any other way (npm run serve, systemd), there is no channel.
export function stopWhenOrphaned(stop: () => void): void {
  if (!process.send) return
  process.once('disconnect', stop)
}
