import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { recordBuild, sourceFingerprint } from './build-freshness'

/**
 * `next build` with these settings on top of this process's environment; on success the
 * fingerprint of what went into it is kept beside the build. `onStart` gets the build's process
 * (to stop it on Ctrl-C).
 */
export async function buildProductionSite(extraEnv: Record<string, string>, onStart: (child: ChildProcess) => void = () => {}): Promise<boolean> {
  const fingerprint = sourceFingerprint()
  const tsconfig = readFileSync('tsconfig.json', 'utf8')
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production' },
  })
  onStart(child)
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
  if (code !== 0) return false
  // `next build` adds a new build folder's types to tsconfig.json; that edit is part of the
  // sources this build was made from (an edit of anyone else's during the build is not).
  recordBuild(readFileSync('tsconfig.json', 'utf8') === tsconfig ? fingerprint : sourceFingerprint())
  return true
}
