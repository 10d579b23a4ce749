import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { parseEnv } from '@/lib/env'
import { STORAGE_KEY_PATTERN, type MediaFile } from '@/lib/media/variants'

// Where uploads live on disk: one folder per upload under MEDIA_DIR, named by a random key.
// The uploader's file name never becomes part of a path (it is kept only as a label in the
// database), so no name can climb out of MEDIA_DIR or collide with another upload. Every
// path is built from a key that matched STORAGE_KEY_PATTERN, or not at all.

/** MEDIA_DIR, or PLACARD_DATA_DIR/media; read on every call because tests change it. */
export function mediaRoot(): string {
  const env = parseEnv()
  return path.resolve(/*turbopackIgnore: true*/ env.MEDIA_DIR ?? path.join(env.PLACARD_DATA_DIR, 'media'))
}

/** 96 random bits as hex: unguessable, so unpublished uploads can't be enumerated. */
export function newStorageKey(): string {
  return randomBytes(12).toString('hex')
}

export function mediaDir(key: string): string {
  if (!STORAGE_KEY_PATTERN.test(key)) throw new Error(`Refusing a malformed media key: ${JSON.stringify(key.slice(0, 40))}`)
  return path.join(/*turbopackIgnore: true*/ mediaRoot(), key)
}

export function mediaFilePath(file: MediaFile): string {
  return path.join(/*turbopackIgnore: true*/ mediaDir(file.key), `${file.width}.${file.format}`)
}

export async function createMediaDir(key: string): Promise<string> {
  const dir = mediaDir(key)
  await mkdir(dir, { recursive: true })
  return dir
}

/** Removes every size of an upload; quiet when it is already gone. */
export async function removeMediaFiles(key: string): Promise<void> {
  await rm(mediaDir(key), { recursive: true, force: true })
}
