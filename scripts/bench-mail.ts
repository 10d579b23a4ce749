// npm run bench:mail — how long composing one email takes: a confirmation (the storm's hot path)
// and an update to signers, each with Placard's composer (lib/mail/mime.ts) and, as the baseline
// measured in the same run, nodemailer's own MailComposer building the same message.
import MailComposer from 'nodemailer/lib/mail-composer'
import { confirmationEmail } from '@/lib/signatures/confirmation-email'
import { buildMime, type MimeMessage } from '@/lib/mail/mime'
import { updateEmail } from '@/lib/updates/email'

process.env.PLACARD_SECRET ??= 'bench-mail-secret-0123456789abcdef0123456789'
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5000)
const from = 'Кампания солидарности <campaign@example.org>'

const confirmation: MimeMessage = {
  from,
  ...confirmationEmail({
    signatureId: '5f0c6c1e-8f4b-4b8e-9a53-1a2b3c4d5e6f',
    email: 'zoë@example.org',
    fullName: 'Зоя Петрова',
    petitionTitle: 'Свободу профсоюзным активистам',
  }),
}
const update: MimeMessage = {
  from,
  ...updateEmail({
    subject: 'Новости петиции: суд над профсоюзными активистами отложен ещё на две недели — приходите к посольству',
    bodyHtml: `<h2>Суд отложен</h2>${'<p>Дорогие друзья, суд снова отложил слушание. Спасибо всем, кто пришёл к посольству и подписал петицию. </p>'.repeat(12)}`,
    petition: { title: 'Свободу профсоюзным активистам', slug: 'free' },
    to: 'zoë@example.org',
    signatureId: '5f0c6c1e-8f4b-4b8e-9a53-1a2b3c4d5e6f',
  }),
}

async function time(name: string, compose: () => Promise<unknown> | unknown) {
  for (let i = 0; i < 200; i++) await compose()
  const start = process.hrtime.bigint()
  for (let i = 0; i < ROUNDS; i++) await compose()
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / ROUNDS
  console.log(
    `${name.padEnd(44)} ${(ms * 1000).toFixed(1).padStart(8)} µs/message  ${Math.round(1000 / ms)
      .toLocaleString('en')
      .padStart(8)} messages/s`,
  )
  return ms
}

const viaNodemailer = (m: MimeMessage) => () =>
  new MailComposer({ from: m.from, to: m.to, subject: m.subject, text: m.text, html: m.html, headers: m.headers }).compile().build()

console.log(`composing ${ROUNDS} messages of each kind (one core, same run)\n`)
const ours = await time('confirmation, Placard composer', () => buildMime(confirmation))
const theirs = await time('confirmation, nodemailer MailComposer', viaNodemailer(confirmation))
const oursUpdate = await time('update, Placard composer', () => buildMime(update))
const theirsUpdate = await time('update, nodemailer MailComposer', viaNodemailer(update))
console.log(
  `\nPlacard's composer: ${(theirs / ours).toFixed(1)}× nodemailer's speed for a confirmation, ${(theirsUpdate / oursUpdate).toFixed(1)}× for an update`,
)
