// Demo petitions, written for Placard. Counts come from demo signatures created by the seed.

export type DemoPetition = {
  slug: string
  title: string
  summary: string
  bodyHtml: string
  target: string
  goal: number
  status: 'open' | 'closed' | 'delivered'
  featured?: boolean
  deadline?: string
  deliveredAt?: string
  deliveryNote?: string
  /** Demo signers (confirmed) to create, spread over a few countries. */
  signers: number
  /** Posts whose body gets this petition's sign box. */
  inPosts?: string[]
}

export const demoPetitions: DemoPetition[] = [
  {
    slug: 'free-the-seltz-three',
    title: 'Free Teodor Valk and Nadira Ilves',
    summary:
      'Two leaders of Kardania’s independent unions are in prison for organising a strike. Ask the President of Kardania to release them and drop all charges.',
    target: 'The President of the Republic of Kardania',
    goal: 1000,
    status: 'open',
    featured: true,
    signers: 740,
    inPosts: ['new-charges-against-teodor-valk', 'parliamentarians-call-for-release'],
    bodyHtml: `<p>Teodor Valk and Nadira Ilves were sentenced for leading a lawful strike at the Korvask rail depot. Their only “crime” was standing up for their colleagues’ wages and safety.</p>
<h3>We call on the President of Kardania to:</h3>
<ul>
<li>release Teodor Valk and Nadira Ilves immediately and unconditionally;</li>
<li>drop the new charges of “malicious disobedience” brought against Teodor Valk in prison;</li>
<li>allow their families and lawyers to visit them without obstruction;</li>
<li>guarantee that they receive the medical care they need.</li>
</ul>
<p>We will hand the signatures to the Embassy of Kardania and send them to the presidential administration in Seltz.</p>`,
  },
  {
    slug: 'restore-kcftu-registration',
    title: 'Restore the registration of the KCFTU',
    summary:
      'A court dissolved Kardania’s independent union federation. Ask the Ministry of Justice to restore its registration so that workers can organise again.',
    target: 'The Ministry of Justice of Kardania',
    goal: 500,
    status: 'open',
    deadline: '2027-09-30T23:59:59Z',
    signers: 212,
    inPosts: ['petition-restore-kcftu-registration'],
    bodyHtml: `<p>The Kardanian Confederation of Free Trade Unions represented workers in rail, health care and farming until a court dissolved it on a technicality.</p>
<h3>We ask the Ministry of Justice to:</h3>
<ul>
<li>restore the KCFTU’s registration without conditions;</li>
<li>return the federation’s confiscated offices and records;</li>
<li>amend the law on public associations in line with ILO Conventions 87 and 98.</li>
</ul>`,
  },
  {
    slug: 'medical-care-for-teodor-valk',
    title: 'Urgent medical care for Teodor Valk',
    summary: 'Teodor Valk was denied treatment for a heart condition in Penal Colony No. 4. We asked the prison service to let independent doctors see him.',
    target: 'The Federal Penitentiary Service of Kardania',
    goal: 250,
    status: 'delivered',
    deliveredAt: '2024-02-20T11:00:00Z',
    deliveryNote:
      'Handed in at the Embassy of Kardania in London by a delegation of nurses and doctors. Two weeks later, an independent cardiologist was allowed to examine Teodor Valk.',
    signers: 318,
    bodyHtml: `<p>Teodor Valk suffers from a heart condition. Prison doctors have refused to refer him to a specialist.</p>
<ul>
<li>Allow independent doctors to examine Teodor Valk.</li>
<li>Transfer him to a civilian hospital if they recommend it.</li>
</ul>`,
  },
]

export const DEMO_SIGNER_COUNTRIES = ['GB', 'DE', 'FR', 'SE', 'NL', 'IE', 'US', 'CA', 'ES', 'IT', 'PL', 'NO', 'BE', 'AU', 'FI']
export const DEMO_FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chiara',
  'Dawit',
  'Elif',
  'Finn',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaja',
  'Liam',
  'Mira',
  'Noah',
  'Olga',
  'Pavel',
  'Rosa',
  'Sami',
  'Tereza',
  'Yusuf',
]
export const DEMO_LAST_NAMES = [
  'Andersen',
  'Bauer',
  'Costa',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Hansen',
  'Ivanova',
  'Jansen',
  'Kowalska',
  'Lindqvist',
  "O'Neill",
  'Rossi',
  'Novak',
]
