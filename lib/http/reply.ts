// The plain answers the public routes give: a 303 to the page that says what happened (links
// from emails, the erase and withdraw buttons), never cached; a 503 in plain text when the
// database is out of reach; JSON. Form answers carrying a flash cookie are in ./flash.ts.

/** An answer as status, headers and body: a Response for Next's routes (toResponse), written as it is by serve.ts's fast paths. */
export type PlainReply = { status: number; headers: Record<string, string>; body: string | null }

export const toResponse = (reply: PlainReply) => new Response(reply.body, { status: reply.status, headers: reply.headers })

export const jsonReply = (status: number, answer: unknown): PlainReply => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(answer),
})

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}

/** `message` says what failed, that nothing was lost, and what to do. */
export function unavailable(message: string): Response {
  return new Response(message, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
