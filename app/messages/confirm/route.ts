import { confirmOptInLink } from '@/lib/public-forms/confirm-link'

export const dynamic = 'force-dynamic'

// Public: the link in the email to someone who left a solidarity message under an appeal.
export async function GET(request: Request) {
  return confirmOptInLink('message', request)
}
