'use server'

import { adminAction } from '@/lib/auth/admin-action'
import { deleteAddressee, importDirectory, saveAddressee } from '@/lib/letters/directory'
import { addresseeIdSchema, addresseeSchema, directoryImportSchema } from '@/lib/validation/letter'

export const saveAddresseeAction = adminAction(
  'petitions.write',
  addresseeSchema,
  async (input, ctx) => {
    const saved = await saveAddressee(input, ctx)
    return { ok: true, id: saved.id, message: input.id ? 'Saved.' : 'Added to the directory.' }
  },
  { name: 'save directory entry' },
)

export const deleteAddresseeAction = adminAction(
  'petitions.write',
  addresseeIdSchema,
  async ({ id }, ctx) => {
    await deleteAddressee(id, ctx)
    return { ok: true, message: 'Removed from the directory (and from the letters it was on).' }
  },
  { name: 'delete directory entry' },
)

export const importDirectoryAction = adminAction(
  'petitions.write',
  directoryImportSchema,
  async ({ file }, ctx) => {
    const { created, updated } = await importDirectory(await file.text(), ctx)
    return { ok: true, message: `Imported: ${created} new ${created === 1 ? 'entry' : 'entries'}, ${updated} updated.` }
  },
  { name: 'import directory', timeout: 60_000 },
)
