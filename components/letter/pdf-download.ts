// "Download as PDF to post", with JavaScript: the writer's form is sent as JSON to the same
// route a plain form post reaches (app/api/letters/[slug]/pdf), and the answer is saved as a
// file, so a problem (a letter too long, too many PDFs in a few minutes) is shown in words on
// the page instead of replacing it.

export type PdfRequest = { name: string; town: string; organisation: string; addressee: string; subject: string; body: string }

export async function downloadLetterPdf(slug: string, letter: PdfRequest): Promise<string> {
  let response: Response
  try {
    response = await fetch(`/api/letters/${slug}/pdf`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(letter) })
  } catch {
    return 'We couldn’t reach the site. Check your connection and try again.'
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => null)) as { message?: string } | null
    return answer?.message ?? 'We couldn’t make the PDF just now. Please try again in a minute.'
  }
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement('a')
  link.href = url
  link.download = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'letter.pdf'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return 'The PDF is downloaded. Print it, sign it and post it.'
}
