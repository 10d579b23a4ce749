import { escapeHtml } from '@/lib/mail/escape-html'
import { confirmEntry } from '@/lib/opt-in/confirm'
import { optInEmail } from '@/lib/opt-in/email'
import { optInJob } from '@/lib/opt-in/job'
import { paths } from '@/lib/paths'

// Double opt-in (lib/opt-in/) for the entries people leave besides signatures: a supporter's
// entry and a solidarity message. The entry is written with its confirmation job in one
// statement (lib/supporters/join.ts, lib/solidarity/leave-message.ts); opening the link confirms
// the address, and the entry waits for a moderator (./review.ts).

export type FormKind = 'supporter' | 'message'

export const FORM_OPT_IN = {
  supporter: {
    subject: () => 'Please confirm your name on the list of supporters',
    what: () => 'adding your name to the campaign’s list of sponsors and supporters',
    done: (outcome: string) => `/supporters/done/${outcome}`,
    rowsSql: `SELECT id::text, email, name, status::text, NULL AS title FROM supporters WHERE id = ANY($1::uuid[])`,
  },
  message: {
    subject: (title: string) => `Please confirm your message: ${title}`,
    what: (title: string) => `your message of solidarity under “${title}”`,
    done: (outcome: string, slug = '') => `${paths.post(slug)}/message/${outcome}`,
    rowsSql: `SELECT m.id::text, m.email, m.name, m.status::text, p.title FROM solidarity_messages m JOIN posts p ON p.id = m.post_id WHERE m.id = ANY($1::uuid[])`,
  },
} as const

type Row = { id: string; email: string; name: string; status: string; title: string | null }

function confirmationEmail(kind: FormKind, row: Row) {
  const what = FORM_OPT_IN[kind].what(row.title ?? '')
  return optInEmail({
    kind,
    id: row.id,
    to: row.email,
    subject: FORM_OPT_IN[kind].subject(row.title ?? ''),
    greet: row.name.split(/\s+/)[0] ?? row.name,
    thanks: { text: `${what}.`, html: `${escapeHtml(what)}.` },
    confirmWhat: 'your email address',
    button: 'Confirm my email address',
    after: [
      {
        text: "Nothing is shown until you confirm and a moderator has checked it. If this wasn't you, ignore\nthis email and nothing will be shown.",
        html: 'Nothing is shown until you confirm and a moderator has checked it. If this wasn’t you, ignore this email and nothing will be shown.',
      },
    ],
  })
}

export const formConfirmations = (['supporter', 'message'] as const).map((kind) =>
  optInJob<Row>(kind, kind, FORM_OPT_IN[kind].rowsSql, (row) => confirmationEmail(kind, row)),
)

export type ConfirmOutcome = 'confirmed' | 'already-confirmed' | 'expired' | 'invalid-link'

/** Opening the link: a pending entry becomes confirmed (and waits for a moderator); twice is harmless. */
export async function confirmOptIn(kind: FormKind, token: string): Promise<{ outcome: ConfirmOutcome; slug: string | null }> {
  const done = await confirmEntry(kind, token)
  if (done.kind === 'invalid-link') return { outcome: 'invalid-link', slug: null }
  return { outcome: done.kind === 'unchanged' ? 'already-confirmed' : done.kind, slug: done.slug }
}
