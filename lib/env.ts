import { z } from 'zod'

// Every environment variable Placard reads, parsed in one place. README lists the same set.
const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Placard'),
  SITE_TAGLINE: z.string().default('Solidarity with Kardania’s jailed trade unionists'),
  CONTACT_EMAIL: z.string().email().default('campaign@example.org'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PLACARD_DATA_DIR: z.string().default('.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
})

export type Env = z.infer<typeof schema>

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid environment configuration:\n${problems}`)
  }
  return parsed.data
}

export const env = parseEnv()
