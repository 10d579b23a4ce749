// Demo sponsors and supporters (fictional people and organisations) and a few approved messages
// of solidarity. Their addresses are at example.org (reserved: no mail ever reaches anyone).
// Some did not ask to be shown: they count in the figures but are never named.

type Type = 'individual' | 'trade_union' | 'party' | 'ngo' | 'other'
type DemoSupporter = [name: string, type: Type, country: string, organisation: string | null, position: string | null, shown: boolean, statement?: string]

export const demoSupporters: DemoSupporter[] = [
  ['Rail Cleaners’ Union, Branch 14', 'trade_union', 'GB', null, null, true, 'We clean trains. The Korvask workers could be us.'],
  ['Northern Dockers’ Federation', 'trade_union', 'SE', null, null, true],
  ['Union of Public Hospital Staff', 'trade_union', 'IE', null, null, true, 'Solidarity from every ward.'],
  ['Metalworkers’ Union, Porto district', 'trade_union', 'PT', null, null, true],
  ['Federation of Transport Workers', 'trade_union', 'DE', null, null, true],
  ['Teachers’ Union of Lower Valley', 'trade_union', 'AT', null, null, false],
  ['Workers’ Left Party', 'party', 'FR', null, null, true],
  ['Labour and Green Alliance, Leeds', 'party', 'GB', null, null, true],
  ['Open Courts Observer', 'ngo', 'NL', null, null, true, 'Every trial deserves observers.'],
  ['Lawyers for Labour Rights', 'ngo', 'BE', null, null, true],
  ['Students for Free Unions', 'ngo', 'PL', null, null, false],
  ['St Brigid’s Parish Justice Group', 'other', 'IE', null, null, true],
  ['Maja Lindqvist', 'individual', 'SE', 'Northern Dockers’ Federation', 'branch secretary', true],
  ['Tomás Ferreira', 'individual', 'PT', 'University of Porto', 'labour historian', true, 'Free the Seltz Three.'],
  ['Aoife Brennan', 'individual', 'IE', null, 'nurse', true],
  ['Helmut Krause', 'individual', 'DE', 'Federation of Transport Workers', 'shop steward', true],
  ['Claire Dubois', 'individual', 'FR', null, 'novelist', true, 'Words are not a crime, and neither is a strike.'],
  ['Kwame Mensah', 'individual', 'GB', 'Rail Cleaners’ Union', 'member', true],
  ['Elena Popescu', 'individual', 'RO', null, 'lawyer', true],
  ['Jan de Vries', 'individual', 'NL', null, null, false],
  ['Priya Raman', 'individual', 'GB', null, 'councillor', true],
  ['Luca Bianchi', 'individual', 'IT', null, null, false],
  ['Sofia Andersson', 'individual', 'SE', null, null, false],
  ['Marek Nowak', 'individual', 'PL', 'Students for Free Unions', 'organiser', true],
  ['Ana Kovač', 'individual', 'HR', null, 'journalist', true],
  ['Daniel Okafor', 'individual', 'IE', null, null, false],
  ['Grete Hansen', 'individual', 'DK', null, 'retired docker', true],
  ['Yusuf Demir', 'individual', 'DE', null, null, false],
]

export const demoMessages: { post: string; name: string; place: string | null; message: string; daysAgo: number }[] = [
  {
    post: 'become-a-sponsor-of-the-campaign',
    name: 'Grete Hansen',
    place: 'Aarhus',
    message: 'Our branch signed up tonight, unanimously. Stay strong, Teodor and Nadira.',
    daysAgo: 2,
  },
  {
    post: 'become-a-sponsor-of-the-campaign',
    name: 'Kwame Mensah',
    place: 'Rail Cleaners’ Union, London',
    message: 'Solidarity from the night shift at the depot. We will raise this at our next meeting.',
    daysAgo: 5,
  },
  {
    post: 'write-to-the-embassy-free-teodor-valk',
    name: 'Aoife Brennan',
    place: 'Cork',
    message: 'Letter posted this morning, and three colleagues on my ward are writing too.',
    daysAgo: 1,
  },
]
