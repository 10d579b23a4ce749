import { seeOther, unavailable } from '@/lib/http/reply'

// The route behind the link in a confirmation email (GET, so opening it from any mail client
// works): the token is read from the query, `confirm` does the domain's work and says which page
// to show, and the answer is a 303 there. If the database is out of reach the person is told to
// open the link again: nothing was lost, the link still works.

export async function answerConfirmLink(request: Request, what: string, confirm: (token: string) => Promise<string>): Promise<Response> {
  const token = (new URL(request.url).searchParams.get('token') ?? '').slice(0, 200)
  try {
    return seeOther(await confirm(token))
  } catch (error) {
    console.error('[placard] confirming %s failed:', what, error)
    return unavailable(`We couldn’t confirm ${what} just now. Please open the link again in a minute.`)
  }
}
