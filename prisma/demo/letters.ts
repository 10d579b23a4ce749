// Demo letter action and directory, written for Placard. DEMO DATA: Kardania is fictional, and
// so is every address, email (the reserved .example domain: no mail can reach anyone) and
// phone number below. A campaign replaces them with its own checked entries.

export const DEMO_SOURCE = 'Demo data: a fictional entry for trying Placard'
export const DEMO_CHECKED_ON = '2026-11-20'

type DemoAddressee = {
  kind: 'embassy' | 'consulate' | 'ministry' | 'company'
  name: string
  state: string
  hostCountry?: string
  postalAddress: string
  email?: string
  phone?: string
  fax?: string
}

export const demoDirectory: DemoAddressee[] = [
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in the United Kingdom',
    state: 'Kardania',
    hostCountry: 'GB',
    postalAddress: '12 Example Street\nLondon W8 4QX\nUnited Kingdom',
    email: 'london@embassy.kardania.example',
    phone: '+44 20 7946 0182',
    fax: '+44 20 7946 0183',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in Germany',
    state: 'Kardania',
    hostCountry: 'DE',
    postalAddress: 'Beispielallee 40\n10117 Berlin\nGermany',
    email: 'berlin@embassy.kardania.example',
    phone: '+49 30 1234 5670',
  },
  {
    kind: 'consulate',
    name: 'Consulate General of Kardania in Hamburg',
    state: 'Kardania',
    hostCountry: 'DE',
    postalAddress: 'Musterkai 7\n20457 Hamburg\nGermany',
    email: 'hamburg@consulate.kardania.example',
    phone: '+49 40 1234 5600',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in France',
    state: 'Kardania',
    hostCountry: 'FR',
    postalAddress: '18 rue de l’Exemple\n75016 Paris\nFrance',
    email: 'paris@embassy.kardania.example',
    phone: '+33 1 99 00 12 34',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in the Netherlands',
    state: 'Kardania',
    hostCountry: 'NL',
    postalAddress: 'Voorbeeldlaan 3\n2517 AA Den Haag\nNetherlands',
    email: 'denhaag@embassy.kardania.example',
    phone: '+31 70 123 4560',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in Sweden',
    state: 'Kardania',
    hostCountry: 'SE',
    postalAddress: 'Exempelvägen 21\n115 21 Stockholm\nSweden',
    email: 'stockholm@embassy.kardania.example',
    phone: '+46 8 123 456 70',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in the United States',
    state: 'Kardania',
    hostCountry: 'US',
    postalAddress: '2200 Example Avenue NW\nWashington, DC 20008\nUnited States',
    email: 'washington@embassy.kardania.example',
    phone: '+1 202 555 0147',
  },
  {
    kind: 'embassy',
    name: 'Embassy of the Republic of Kardania in South Africa',
    state: 'Kardania',
    hostCountry: 'ZA',
    postalAddress: '45 Example Road, Brooklyn\nPretoria 0181\nSouth Africa',
    // No email on record: supporters there print the letter and post it.
    phone: '+27 12 345 6789',
  },
  {
    kind: 'ministry',
    name: 'Ministry of Justice of the Republic of Kardania',
    state: 'Kardania',
    postalAddress: '1 Square of the Republic\nSeltz 10100\nKardania',
    email: 'minister@justice.kardania.example',
  },
  {
    kind: 'company',
    name: 'Kardanian Railways (Korvask depot management)',
    state: 'Kardania',
    postalAddress: '3 Depot Road\nKorvask 20400\nKardania',
    email: 'management@railways.kardania.example',
  },
]

export const demoLetter = {
  slug: 'free-teodor-valk',
  title: 'Write to the embassy of Kardania: free Teodor Valk',
  intro:
    'Pick the country you live in and your letter goes to the Kardanian embassy there and to the Ministry of Justice in Seltz, with a copy to the campaign. It takes five minutes.',
  subject: 'Release Teodor Valk, president of the KCFTU',
  embassiesOf: 'Kardania',
  /** Fixed addressees, by name, from the directory above. */
  addressees: ['Ministry of Justice of the Republic of Kardania'],
  body: `Your Excellency,

I am writing to express my deep concern about the detention of Teodor Valk, president of the Kardanian Confederation of Free Trade Unions, who was arrested at his home in Seltz on 9 March.

Mr Valk is a respected trade unionist. His only action was to support workers at the Korvask locomotive depot who had not been paid their wages for several months. Supporting a lawful strike is not a crime: the right to organise and the right to strike are protected by the Constitution of Kardania and by the international labour standards your government has accepted.

I respectfully ask you to convey to your government my request that:
- Teodor Valk is released immediately and all charges against him are dropped;
{demands}

I look forward to your reply.

Yours faithfully,
{name}
{organisation}
{town}`,
  demands: [
    'pending his release, he has regular access to his lawyer, his family and the medical care he needs;',
    'the property and records seized from the KCFTU office are returned;',
    'Nadira Ilves and Ivo Santaru are released as well.',
  ],
  /** "I sent it" presses already counted in the demo. */
  sent: 312,
  /** Fictional senders who asked for their name to be shown, approved by a moderator; newest last. */
  senders: [
    { name: 'Elif Demir', place: 'Istanbul' },
    { name: 'Tom Price', place: 'RMT London Transport' },
    { name: 'Amina Diallo', place: 'Lyon' },
    { name: 'Jonas Weber', place: 'IG Metall Berlin' },
    { name: 'Marta Lindqvist', place: 'Kommunal, Malmö' },
  ],
}
