import { randomUUID } from 'node:crypto'
import { db } from '@/lib/db/client'
import { canonicalEmail } from '@/lib/signatures/canonical-email'

// Many signatures at once, straight into the table (the sign path has its own tests): for
// searches, trending and bulk invalidation. Each gets a distinct email; the newest is `at`,
// the others a second apart before it.

type Options = {
  domain?: string
  status?: 'pending' | 'confirmed' | 'withdrawn' | 'invalidated'
  ip?: string | null
  country?: string
  name?: string
  email?: string
  held?: boolean
  holdReasons?: string[]
  at?: Date
}

export async function insertSignatures(petitionId: string, n: number, options: Options = {}): Promise<string[]> {
  const { domain = 'example.org', status = 'pending', ip = null, country = 'DE', name = 'Test Signer', held = false, holdReasons = [] } = options
  const batch = randomUUID().slice(0, 8)
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO signatures (id, petition_id, full_name, email, email_canonical, email_domain, country, consent_version, consented_at,
      status, held, hold_reasons, ip_hash, created_at, confirmed_at)
    SELECT gen_random_uuid(), ${petitionId}::uuid, ${name}, e, COALESCE(${options.email ? canonicalEmail(options.email) : null}::text, lower(e)), ${domain}, ${country}, '2026-11', now(),
      ${status}::"SignatureStatus", ${held}, ${holdReasons}::text[], ${ip}, ${options.at ?? new Date()}::timestamptz - make_interval(secs => i),
      CASE WHEN ${status} = 'confirmed' THEN now() END
    FROM generate_series(0, ${n - 1}) AS i,
      LATERAL (SELECT COALESCE(${options.email ?? null}::text, 's' || i || '.' || ${batch} || '@' || ${domain}) AS e) m
    RETURNING id::text`
  return rows.map((r) => r.id)
}

/** What an anonymised or erased signature holds of the signer: nothing. */
export const NOTHING_PERSONAL = { fullName: '', email: '', emailDomain: '', city: null, postcode: null, comment: null, ipHash: null } as const
