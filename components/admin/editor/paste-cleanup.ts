// Word and Google Docs put a lot around their structure: conditional comments, <o:p>, mso
// classes and inline styles. The editor's schema keeps only headings, lists, links, bold and
// italic anyway; this strips the junk first so nothing odd (empty spans, stray paragraphs)
// slips through. The server sanitises again on save.
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/\s(class|style|lang|dir)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/<p>(\s|&nbsp;)*<\/p>/gi, '')
}
