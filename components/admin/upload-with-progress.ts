// Sends a form upload with XMLHttpRequest rather than fetch: fetch cannot report upload
// progress, and a large file over a phone connection needs a moving bar. The answer is the
// server's JSON ({ ok, message … }); anything else is put in words here: no answer at all, or
// a proxy in front of the site refusing it (413 from nginx, say) before Placard saw it.

const OFFLINE = 'The upload didn’t reach the server. Check your connection and try again.'

export function uploadWithProgress<Reply extends { ok: boolean }>(
  url: string,
  form: FormData,
  onProgress: (fraction: number) => void,
  tooLargeMessage: string,
): Promise<Reply | { ok: false; message: string }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.setRequestHeader('accept', 'application/json')
    xhr.responseType = 'json'
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      const body: unknown = xhr.response
      if (body && typeof body === 'object' && 'ok' in body) resolve(body as Reply)
      else resolve({ ok: false, message: xhr.status === 413 ? tooLargeMessage : `The server refused the upload (HTTP ${xhr.status}). Please try again.` })
    }
    xhr.onerror = () => resolve({ ok: false, message: OFFLINE })
    xhr.send(form)
  })
}
