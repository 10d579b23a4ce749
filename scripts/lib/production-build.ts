import { spawn, type ChildProcess } from 'node:child_process'
import { recordBuild, sourceFingerprint } from './build-freshness'

/**
 * `next build` with these settings on top of this process's environment; on success the
 * fingerprint of what went into it is kept beside the build. `onStart` gets the build's process
 * (to stop it on Ctrl-C).
 */
export async function buildProductionSite(extraEnv: Record<string, string>, onStart: (child: ChildProcess) => void = () => {}): Promise<boolean> {
  const fingerprint = sourceFingerprint()
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv, NODE_ENV: 'production' },
  })
  onStart(child)
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)))
  if (code === 0) recordBuild(fingerprint)
  return code === 0
}
