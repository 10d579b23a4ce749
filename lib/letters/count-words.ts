// "1,240 letters sent", the same on the server and in the browser.
export function formatCount(count: number): string {
  return `${count.toLocaleString('en')} ${count === 1 ? 'letter' : 'letters'} sent`
}
