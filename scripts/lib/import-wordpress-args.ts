import { parseArgs } from 'node:util'
import { z } from 'zod'
import { SLUG_PATTERN } from '@/lib/validation/slug'

// The command line of `npm run import:wordpress`. No server imports: unit-testable directly.

export const USAGE = `Imports a WordPress export (Tools → Export → All content: an .xml file) into Placard.

  npm run import:wordpress -- export.xml [--dry-run] [--uploads path/to/wp-content/uploads] [--map-signature petition-slug]

  --dry-run          read everything and print what would happen; store nothing
  --uploads DIR      a copy of the site's wp-content/uploads folder: the pictures posts use are imported
  --map-signature S  turn the [signature] shortcode into the sign box of the Placard petition /petitions/S

Running it again imports what changed and nothing twice. Uses DATABASE_URL when set, otherwise
the embedded database in PLACARD_DATA_DIR (.data).`

const argsSchema = z.object({
  file: z.string({ error: 'Give the export file: npm run import:wordpress -- export.xml' }).min(1),
  dryRun: z.boolean(),
  uploadsDir: z.string().min(1, '--uploads needs a folder').optional(),
  signaturePetition: z.string().regex(SLUG_PATTERN, '--map-signature needs a petition’s slug, like free-them-now').optional(),
})

export type ImportArgs = z.infer<typeof argsSchema> & { help: boolean }

/** Throws a readable Error for an unknown flag, a missing file or a bad value. */
export function readImportArgs(argv: string[]): ImportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'dry-run': { type: 'boolean' }, uploads: { type: 'string' }, 'map-signature': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: true,
  })
  if (values.help) return { help: true, file: '', dryRun: false }
  if (positionals.length > 1) throw new Error(`Give one export file, not ${positionals.length}.`)
  const parsed = argsSchema.safeParse({
    file: positionals[0],
    dryRun: values['dry-run'] === true,
    uploadsDir: values.uploads,
    signaturePetition: values['map-signature'],
  })
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('\n'))
  return { ...parsed.data, help: false }
}
