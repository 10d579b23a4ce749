// When protests can be registered for a day of action: from any time before it until a week
// after, and for dates within a week either side of it (a vigil the evening before, a march
// the weekend after). One rule for the form's page and the endpoint.

export const DAYS_AROUND = 7
const DAY_MS = 86_400_000

export function registrationOpen(dayDate: Date, now = Date.now()): boolean {
  return now <= dayDate.getTime() + (DAYS_AROUND + 1) * DAY_MS
}

export function withinDaysAround(dayDate: Date, eventDate: string): boolean {
  return Math.abs(Date.parse(`${eventDate}T00:00:00Z`) - dayDate.getTime()) <= DAYS_AROUND * DAY_MS
}
