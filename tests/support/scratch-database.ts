import pg from 'pg'

/** A fresh, empty database beside the suite's own, for tests that migrate from nothing. */
export async function createScratchDatabase(name: string) {
  const baseUrl = process.env.DATABASE_URL!
  const admin = new pg.Client({ connectionString: baseUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  return {
    url: baseUrl.replace(/\/[^/]+$/, `/${name}`),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`)
      await admin.end()
    },
  }
}
