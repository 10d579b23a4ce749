import path from 'node:path'

// Where in a WordPress uploads folder the file behind an address is. No server imports.

/** "2013/07/photo-300x200.jpg" for any address under wp-content/uploads; null when it climbs out. */
export function uploadsPath(url: string): string | null {
  const match = /\/wp-content\/uploads\/([^?#]+)/.exec(url)
  if (!match) return null
  let relative: string
  try {
    relative = decodeURIComponent(match[1]!)
  } catch {
    return null
  }
  const parts = relative.split('/')
  return parts.some((p) => p === '..' || p === '.' || p === '') ? null : parts.join('/')
}

/** The file itself, then the original WordPress resized it from (-300x200, -scaled, -rotated), most original first. */
export function originalCandidates(relative: string): string[] {
  const { dir, name, ext } = path.posix.parse(relative)
  const base = name.replace(/-\d+x\d+$/, '')
  const originals = [`${base}${ext}`, `${base.replace(/-(scaled|rotated)$/, '')}${ext}`]
  return [...new Set([...originals.reverse(), `${name}${ext}`])].map((file) => (dir ? `${dir}/${file}` : file))
}
