// Dates and counts in the site's English, one way everywhere. Dates are UTC; admin screens say
// so next to the time. No settings are read here, so client components can use it too.

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const momentFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })
const exactFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
})

/** A public date: "1 December 2026". */
export function formatDate(date: string | Date) {
  return dateFormat.format(new Date(date))
}

/** An archive month: "December 2026". */
export function formatMonth(year: number, month: number) {
  return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)))
}

/** A day in the admin area: "1 Dec 2026". */
export function formatDay(date: string | Date) {
  return dayFormat.format(new Date(date))
}

/** A moment in the admin area: "1 Dec 2026, 18:14" (UTC). */
export function formatMoment(date: string | Date) {
  return momentFormat.format(new Date(date))
}

/** A moment to the second, for the audit log: "1 Dec 2026, 18:14:05" (UTC). */
export function formatExactMoment(date: string | Date) {
  return exactFormat.format(new Date(date))
}

/** "1 signature", "12,400 signatures". */
export function counted(n: number, noun: string, plural = `${noun}s`) {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`
}
