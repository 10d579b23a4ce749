import { confirmOptInLink } from '@/lib/public-forms/confirm-link'

export const dynamic = 'force-dynamic'

// Public: the link in the email to a new supporter. Confirming twice is harmless and says so.
export async function GET(request: Request) {
  return confirmOptInLink('supporter', request)
}
