// Demo days of action (lib/action-days/) and the donate page (lib/donations/). The 2024 vigils
// match the demo post "Two years on: vigils in nine cities"; the next day of action is always a
// few weeks ahead, so a newcomer sees the register form open. Organisers' addresses are at
// example.org (reserved: no mail ever reaches anyone). The bank details are made up and the
// page says so.

type Db = typeof import('@/lib/db/client').db

const VIGILS_CALL = `<p>On 12 September it will be two years since Seltz City Court sentenced Teodor Valk, Nadira Ilves and Ivo Santaru to a combined nineteen years in prison for their part in a peaceful strike. To mark the anniversary, supporters hold candlelit vigils outside Kardanian embassies and consulates on the same evening.</p>
<p>Each vigil follows the same simple order: candles are lit, the three names and sentences are read aloud, a message from the families is read in the local language, one minute of silence, and letters to the ambassador are handed in.</p>`

const VIGILS_REPORT = `<p>Vigils were held in nine cities in seven countries. In London more than 200 people stood outside the embassy in the rain; in Geneva the letters were accepted by a diplomat, and in Stockholm by the embassy’s porter. The families thank everyone who came.</p>`

const NEXT_CALL = `<p>The appeal of the Seltz Three comes before the Supreme Court of Kardania this season. On the day of action, protest outside Kardanian embassies, consulates and the offices of companies that profit from the union ban, wherever you are.</p>
<p>Register your protest below: it is listed here once a moderator has checked it, with a calendar file people can add. Your email address is never shown.</p>`

type DemoEvent = { city: string; country: string; place: string; time: string; zone: string; organiser: string; description: string }

const VIGILS: DemoEvent[] = [
  {
    city: 'London',
    country: 'GB',
    place: 'Embassy of the Republic of Kardania, 12 Example Street',
    time: '18:00',
    zone: 'Europe/London',
    organiser: 'Seltz Three Campaign',
    description: 'Speakers from the campaign and a message recorded by Hanna Valk.',
  },
  {
    city: 'Manchester',
    country: 'GB',
    place: 'Outside the honorary consulate, Example Square',
    time: '18:00',
    zone: 'Europe/London',
    organiser: 'Manchester Trades Council',
    description: 'Bring a candle in a jar.',
  },
  {
    city: 'Glasgow',
    country: 'GB',
    place: 'Outside the honorary consulate, Example Quay',
    time: '18:00',
    zone: 'Europe/London',
    organiser: 'Glasgow Solidarity Group',
    description: '',
  },
  {
    city: 'Dublin',
    country: 'IE',
    place: 'Outside the embassy, Example Road',
    time: '18:00',
    zone: 'Europe/Dublin',
    organiser: 'Irish Friends of Kardanian Labour',
    description: '',
  },
  {
    city: 'Brussels',
    country: 'BE',
    place: 'Outside the embassy, Rue de l’Exemple 4',
    time: '18:00',
    zone: 'Europe/Brussels',
    organiser: 'Comité Seltz Bruxelles',
    description: 'Readings in French and Dutch.',
  },
  {
    city: 'Berlin',
    country: 'DE',
    place: 'Vor der Botschaft, Beispielstraße 8',
    time: '18:00',
    zone: 'Europe/Berlin',
    organiser: 'Solidaritätskreis Berlin',
    description: '',
  },
  {
    city: 'Vienna',
    country: 'AT',
    place: 'Outside the embassy, Beispielgasse 2',
    time: '18:00',
    zone: 'Europe/Vienna',
    organiser: 'Wiener Gewerkschaftsjugend',
    description: '',
  },
  {
    city: 'Stockholm',
    country: 'SE',
    place: 'Outside the embassy, Exempelvägen 10',
    time: '18:00',
    zone: 'Europe/Stockholm',
    organiser: 'Stockholm Kardania Committee',
    description: '',
  },
  {
    city: 'Geneva',
    country: 'CH',
    place: 'Outside the permanent mission, Place des Nations',
    time: '12:30',
    zone: 'Europe/Zurich',
    organiser: 'Geneva Trade Union Forum',
    description: 'At lunchtime, so ILO staff can join.',
  },
]

const NEXT: DemoEvent[] = [
  {
    city: 'London',
    country: 'GB',
    place: 'Embassy of the Republic of Kardania, 12 Example Street',
    time: '17:30',
    zone: 'Europe/London',
    organiser: 'Seltz Three Campaign',
    description: 'Rally with speakers from the unions, then letters handed in.',
  },
  {
    city: 'Lisbon',
    country: 'PT',
    place: 'Outside the embassy, Rua do Exemplo 5',
    time: '18:00',
    zone: 'Europe/Lisbon',
    organiser: 'Comissão de Solidariedade Lisboa',
    description: '',
  },
  {
    city: 'Berlin',
    country: 'DE',
    place: 'Vor der Botschaft, Beispielstraße 8',
    time: '18:00',
    zone: 'Europe/Berlin',
    organiser: 'Solidaritätskreis Berlin',
    description: 'Mit Kerzen und Transparenten.',
  },
  {
    city: 'Toronto',
    country: 'CA',
    place: 'Outside the consulate, 100 Example Avenue',
    time: '12:00',
    zone: 'America/Toronto',
    organiser: 'Toronto Labour Solidarity',
    description: 'Lunchtime picket.',
  },
  {
    city: 'Buenos Aires',
    country: 'AR',
    place: 'Frente a la embajada, Calle Ejemplo 1200',
    time: '18:30',
    zone: 'America/Argentina/Buenos_Aires',
    organiser: 'Red Sindical Solidaria',
    description: '',
  },
]

export const DEMO_DONATIONS = {
  ask: 'The Families and Legal Fund pays for lawyers, prison parcels and travel to distant penal colonies. Every donation goes directly to the families of the Seltz Three.',
  amounts: ['€10', '€25', '€50', '€10 a month'],
  accountHolder: 'Seltz Three Families and Legal Fund (demo)',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  localDetails: 'From the UK (demo): sort code 00-00-00, account 12345678',
  reference: 'FAMILIES',
  links: [{ label: 'Monthly giving through our union’s fund (demo)', url: 'https://example.org/give' }],
  usage:
    'All donations go to the Families and Legal Fund. Nothing is spent on administration: the campaign is run by volunteers. We publish a summary of spending every year.',
  showInSidebar: true,
  isDemo: true,
}

async function createDay(db: Db, day: { slug: string; title: string; date: string; callHtml: string; reportHtml?: string }, events: DemoEvent[]) {
  const { instantOf } = await import('@/lib/action-days/time-zone')
  const created = await db.actionDay.create({
    data: {
      slug: day.slug,
      title: day.title,
      date: new Date(`${day.date}T00:00:00Z`),
      callHtml: day.callHtml,
      reportHtml: day.reportHtml ?? '',
      status: 'published',
    },
  })
  await db.actionEvent.createMany({
    data: events.map((e, i) => {
      const email = `demo-organiser-${day.slug.length}-${i}@example.org`
      const startsAt = instantOf({ date: day.date, time: e.time }, e.zone)!
      return {
        actionDayId: created.id,
        city: e.city,
        country: e.country,
        place: e.place,
        startsAt,
        timeZone: e.zone,
        organiserName: e.organiser,
        description: e.description,
        email,
        emailCanonical: email,
        emailDomain: 'example.org',
        status: 'approved' as const,
        confirmedAt: startsAt,
        decidedAt: startsAt,
      }
    }),
  })
}

export async function seedDemoActionDays(db: Db) {
  await createDay(
    db,
    {
      slug: 'two-years-on-vigils-2024',
      title: 'Two years on: vigils for the Seltz Three',
      date: '2024-09-12',
      callHtml: VIGILS_CALL,
      reportHtml: VIGILS_REPORT,
    },
    VIGILS,
  )
  const next = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10)
  await createDay(db, { slug: 'supreme-court-day-of-action', title: 'Day of action: free the Seltz Three', date: next, callHtml: NEXT_CALL }, NEXT)
  await db.donationSettings.create({ data: { id: 1, ...DEMO_DONATIONS } })
  return VIGILS.length + NEXT.length
}
