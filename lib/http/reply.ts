// The plain answers the public routes give outside forms (links from emails, the erase and
// withdraw buttons): a 303 to the page that says what happened, never cached, or a 503 in plain
// text when the database is out of reach. Form answers carrying a flash cookie are in ./flash.ts.

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}

/** `message` says what failed, that nothing was lost, and what to do. */
export function unavailable(message: string): Response {
  return new Response(message, { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
