import { optInJob } from '@/lib/opt-in/job'
import { confirmationEmail } from '@/lib/signatures/confirmation-email'

// Sends the double opt-in email for each new signature. Queued by sign.ts, in the statement that
// writes the signature, and by confirm.ts when a signer asks for the email again.

type Row = { id: string; email: string; full_name: string; status: string; title: string }

export const signatureConfirmations = optInJob<Row>(
  'signature',
  'signature',
  `SELECT s.id, s.email, s.full_name, s.status, p.title
   FROM signatures s JOIN petitions p ON p.id = s.petition_id WHERE s.id = ANY($1::uuid[])`,
  (row) => confirmationEmail({ signatureId: row.id, email: row.email, fullName: row.full_name, petitionTitle: row.title }),
)
