import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// The framework's floor for `npm run bench:phone`: a bare Next.js App Router site of the
// installed version (one layout, one page of text), built and served with `next start`.
// It lives in a scratch folder of its own (inside this checkout it would pick up Placard's
// instrumentation), with a link to this checkout's node_modules.

const LAYOUT = `export const metadata = { title: 'A bare Next.js page' }
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`
const PAGE = `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      ${Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1}: the framework alone, with one layout and one page of text, rendered on the server and hydrated in the browser. Nothing else is on this page: no styles, no images, no client components of its own.</p>`).join('\n      ')}
    </main>
  )
}
`

export type BareSite = { url: string; stop: () => Promise<void> }

const nextBin = path.resolve('node_modules/next/dist/bin/next')
const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' }
const exited = (child: ChildProcess) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))

export async function serveBareNext(port: number, reuseBuild = false, log: (line: string) => void = console.log): Promise<BareSite> {
  const dir = path.join(tmpdir(), `placard-bare-next-${port}`)
  if (!(reuseBuild && existsSync(path.join(dir, '.next', 'BUILD_ID')))) await buildBareNext(dir, log)
  return startBareNext(dir, port, log)
}

async function buildBareNext(dir: string, log: (line: string) => void) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'app'), { recursive: true })
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'))
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n')
  writeFileSync(path.join(dir, 'app', 'layout.jsx'), LAYOUT)
  writeFileSync(path.join(dir, 'app', 'page.jsx'), PAGE)
  // Turbopack reads only inside its root; '/' lets it follow the node_modules link.
  writeFileSync(path.join(dir, 'next.config.mjs'), "export default { turbopack: { root: '/' } }\n")
  log('[bare] building a bare Next.js page …')
  const build = spawn(process.execPath, [nextBin, 'build', dir], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: Buffer[] = []
  build.stdout.on('data', (c: Buffer) => output.push(c))
  build.stderr.on('data', (c: Buffer) => output.push(c))
  if ((await exited(build)) !== 0) throw new Error(`bare next build failed:\n${Buffer.concat(output).toString()}`)
}

async function startBareNext(dir: string, port: number, log: (line: string) => void): Promise<BareSite> {
  const server = spawn(process.execPath, [nextBin, 'start', dir, '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore', detached: true })
  process.once('exit', () => server.kill('SIGTERM'))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error('bare next start exited early')
    if (i > 600) throw new Error(`${url} did not answer within a minute`)
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  log(`[bare] serving ${url}`)
  return {
    url,
    stop: async () => {
      server.kill('SIGTERM')
      await exited(server)
    },
  }
}
