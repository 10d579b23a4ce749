/**
 * Demo content for Placard: a fictional solidarity campaign supporting jailed
 * trade unionists in the fictional Republic of Kardania.
 *
 * Every name, place, organisation and event in this file is invented for the
 * demo. All links point to example.org or to other demo posts.
 */

export type DemoPost = {
  slug: string // kebab-case, unique, ascii
  title: string
  excerpt: string // 1-2 sentences, plain text, < 300 chars
  bodyHtml: string // h2, h3, p, ul, ol, li, blockquote, strong, em, a, figure, img, figcaption
  categories: ('articles' | 'appeals')[] // one or both
  author: 'maria-keller' | 'tomas-varga' | 'amina-hassan'
  publishedAt: string // ISO date-time
  status?: 'draft' | 'scheduled' // omit for published
  image?: { file: string; alt: string; caption: string; credit: string } // file in public/demo/
  source?: { name: string; url: string } // for reposted articles: credit at the foot
}

const CREDIT = 'Illustration: Placard demo artwork'

export const demoPosts: DemoPost[] = [
  // ---------------------------------------------------------------- 2021
  {
    slug: 'korvask-rail-workers-walk-out',
    title: 'Korvask rail workers walk out over four months of unpaid wages',
    excerpt:
      'More than 2,000 workers at the Korvask locomotive depot stopped work on Monday, demanding wages owed since September. The independent KCFTU says it will stand by them.',
    bodyHtml: `<p>More than 2,000 workers at the state-owned locomotive depot in Korvask, Kardania's second-largest rail junction, stopped work on Monday morning. They say they have not been paid in full since September and that management has repeatedly ignored written complaints.</p>
<p>By midday, freight traffic through the junction had slowed to a crawl. Workers gathered in the depot yard, where a hand-painted banner read simply: "We want our wages, not promises."</p>
<h2>Why the workers stopped</h2>
<p>According to a statement read out in the yard by shift foreman Arno Pelt, the depot owes its workforce an average of four months' pay. Some workers say they have been borrowing from relatives to pay for heating through the winter.</p>
<blockquote><p>We are not politicians. We fix engines and drive trains. But a man who is not paid for four months has the right to put down his tools, and that is all we have done.</p></blockquote>
<p>The workers put forward a short list of demands:</p>
<ul>
<li>immediate payment of all wage arrears, with interest;</li>
<li>a written guarantee that no one will be dismissed for taking part in the strike;</li>
<li>recognition of an elected workers' committee to negotiate with management;</li>
<li>an independent audit of the depot's payroll accounts.</li>
</ul>
<h2>Union support</h2>
<p>The Kardanian Confederation of Free Trade Unions (KCFTU), the country's only union federation independent of the government, issued a statement of support within hours. KCFTU president Teodor Valk, himself a former locomotive driver at Korvask, travelled to the depot in the afternoon.</p>
<blockquote><p>The law of Kardania says workers may form a union and may strike when their employer breaks its obligations. The depot has broken every obligation it has. We ask the authorities to pay the workers and to keep the police away from the yard.</p><p><strong>Teodor Valk, KCFTU president</strong></p></blockquote>
<p>The official Federation of Labour, which is chaired by a former deputy minister, described the stoppage as "illegal and provocative" and urged workers to return to their posts.</p>
<h2>A pattern of arrears</h2>
<p>Korvask is not an isolated case. Independent economists estimate that wage arrears across Kardania's state rail company have tripled in two years, as revenue from freight transit has been diverted to other budgets. Similar disputes have been reported at depots in the south of the country, though none on this scale.</p>
<p>Local police were present at the depot gates on Monday evening but did not intervene. Workers said they would return to the yard on Tuesday and remain there until an agreement is signed.</p>
<p>We will follow the dispute closely and publish updates as they reach us from our contacts in Korvask.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2021-01-18T08:45:00Z',
    image: {
      file: 'factory-strike.svg',
      alt: 'Illustration of a factory with two chimneys and a group of workers holding a red placard outside.',
      caption: 'The Korvask depot employs more than 2,000 people.',
      credit: CREDIT,
    },
    source: { name: 'Eastern Labour Bulletin', url: 'https://example.org/elb/2021/korvask-depot-walkout' },
  },
  {
    slug: 'teodor-valk-detained-in-night-raid',
    title: 'KCFTU president Teodor Valk detained in night-time raid',
    excerpt:
      'Security officers entered the home of union leader Teodor Valk at 3 a.m. and took him away without a warrant. Here is what we know, and what you can do today.',
    bodyHtml: `<p>Teodor Valk, president of the Kardanian Confederation of Free Trade Unions (KCFTU), was detained at his home in Seltz in the early hours of Tuesday 9 March. His wife, Hanna, says around ten officers in plain clothes arrived at 3 a.m., searched the flat for four hours and left with Teodor, two laptops and several boxes of union papers.</p>
<p>No warrant was shown. Hanna Valk was told only that her husband was being taken "for a conversation" with investigators.</p>
<h2>What we know so far</h2>
<ul>
<li>Teodor is being held at Seltz Remand Centre No. 1, according to a lawyer who was allowed to see him briefly on Tuesday evening.</li>
<li>Investigators have opened a case under Article 212 of the Criminal Code, "organising mass disorder", which carries up to ten years in prison.</li>
<li>The case appears to relate to the strike at the Korvask locomotive depot in January, which ended when wage arrears were partly paid.</li>
<li>The KCFTU office in Seltz was searched on the same night. Its computers and membership records were taken.</li>
</ul>
<p>Two other union officials, Nadira Ilves and Ivo Santaru, were questioned on Tuesday and released. Both have been told not to leave the capital.</p>
<blockquote><p>Teodor went to Korvask to talk to workers and to ask the police to stay calm. That is what a union leader does. If that is now a crime, then every union member in Kardania is a criminal.</p><p><strong>Nadira Ilves, KCFTU deputy president</strong></p></blockquote>
<h2>Why this matters</h2>
<p>The KCFTU has around 40,000 members in rail, mining, textiles and health care. It is the only union federation in Kardania that is not controlled by the government. Over the past two years it has won several wage disputes and has been openly critical of the official Federation of Labour.</p>
<p>Human rights groups say the arrest fits a wider pattern: independent organisations are first accused of "provocation" in the state press, then their leaders are charged with vague criminal offences.</p>
<h2>What you can do today</h2>
<ol>
<li>Write to the embassy of Kardania demanding Teodor's immediate release. We have prepared a <a href="/posts/write-to-the-embassy-free-teodor-valk">model letter</a> you can adapt.</li>
<li>Share this news with your own union branch, and ask it to pass a motion of solidarity.</li>
<li>Send messages of support for the family to <a href="mailto:campaign@example.org">campaign@example.org</a>. We will pass them on to Hanna.</li>
</ol>
<p>We will publish further updates as soon as the lawyers are able to tell us more.</p>`,
    categories: ['articles', 'appeals'],
    author: 'maria-keller',
    publishedAt: '2021-03-09T17:20:00Z',
    image: {
      file: 'prison-window-bird.svg',
      alt: 'Illustration of a barred prison window at night with a red bird flying past outside.',
      caption: 'Teodor Valk is being held at Seltz Remand Centre No. 1.',
      credit: CREDIT,
    },
  },
  {
    slug: 'write-to-the-embassy-free-teodor-valk',
    title: 'Write to the embassy: demand freedom for Teodor Valk',
    excerpt:
      'A short, polite letter to the Kardanian embassy takes ten minutes and shows the authorities that the world is watching. Use our model letter and send yours this week.',
    bodyHtml: `<p>Teodor Valk, president of the independent Kardanian Confederation of Free Trade Unions, has now spent a week in pre-trial detention. He is accused of "organising mass disorder" because he supported a peaceful strike by rail workers owed months of wages.</p>
<p>Experience from other campaigns shows that letters to embassies matter. Diplomats report the volume of correspondence back to their capitals, and prisoners who are known to have support abroad are often treated better in custody.</p>
<h2>Send your letter</h2>
<p>Choose the country you live in below and your letter goes to the Kardanian embassy there and to the Ministry of Justice in Seltz, with a copy to the campaign. Add your name and, if you wish, your trade union or organisation, change the words as you like, and send it from your own email, or print it and post it. Then tap <strong>I sent it</strong> so that we can keep count.</p>
<p>[letter free-teodor-valk]</p>
<h2>A few tips</h2>
<ul>
<li>Keep the tone courteous. The aim is to persuade, not to insult.</li>
<li>A handwritten envelope stands out in a diplomatic mailbag.</li>
<li>If you are writing on behalf of a union branch, say how many members it represents.</li>
<li>Send a copy to your own member of parliament and ask them to raise the case.</li>
</ul>
<p>Thank you. Every letter is one more reminder that Teodor is not alone.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2021-03-16T10:00:00Z',
    image: {
      file: 'letter-envelope.svg',
      alt: 'Illustration of a red envelope with a letter sliding out of it and a teal stamp.',
      caption: 'Letters to the embassy are counted and reported back to Seltz.',
      credit: CREDIT,
    },
  },
  {
    slug: 'launching-the-families-and-legal-fund',
    title: 'Launching the Families and Legal Fund',
    excerpt:
      'Lawyers, prison parcels and travel to distant penal colonies cost money the families do not have. Our new fund will cover those costs, and every donation goes directly to them.',
    bodyHtml: `<p>Since March, the families of detained KCFTU officials have faced costs they could never have planned for. A private lawyer willing to take on a political case in Kardania charges far more than a teacher or a rail worker earns. Food parcels must be delivered to the remand centre every week. Children still need shoes for school.</p>
<p>Today we are launching the <strong>Families and Legal Fund</strong> to share that burden.</p>
<h2>What the fund pays for</h2>
<ul>
<li><strong>Legal defence:</strong> fees for the defence lawyers, and for translating court documents so that international observers can follow the case.</li>
<li><strong>Prison parcels:</strong> food, warm clothing, medicine and books, within the limits allowed by the prison.</li>
<li><strong>Family support:</strong> a monthly grant to the households of detained union members who have lost their main income.</li>
<li><strong>Travel:</strong> train fares for relatives visiting prisoners held far from home.</li>
</ul>
<p>The fund is administered by two trustees from our steering committee, and a summary of spending is published once a year. Money reaches the families through channels that protect them from being accused of receiving "foreign funding".</p>
<blockquote><p>The hardest part is not the fear. It is standing at the window of the remand centre with a parcel and being told it is too heavy, and knowing you have no money to come back tomorrow. Knowing that people abroad are helping makes that easier to bear.</p><p><strong>A relative of one of the detained union members</strong></p></blockquote>
<h2>How to donate</h2>
<ol>
<li>Give on our <a href="/donate">donate page</a>. You can make a one-off gift or set up a monthly donation.</li>
<li>Or transfer directly to the fund's account, quoting the reference <strong>FAMILIES</strong>. The bank details are on the <a href="/donate">donate page</a>, with a version to print.</li>
<li>Union branches can send a cheque made out to the campaign, together with a note of the branch name so that we can thank you properly.</li>
</ol>
<h2>Raise money with your branch</h2>
<p>Many of our first donations have come from union branches holding a collection at a meeting, or from a quiz night or a film screening. If you would like a short presentation about the case for your branch, we can send a speaker, in person or online.</p>
<p>A monthly donation of the price of a cup of coffee means a family can plan ahead. Thank you for your solidarity.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2021-07-22T09:00:00Z',
  },
  {
    slug: 'three-union-leaders-charged',
    title: 'Three union leaders charged with ‘organising mass disorder’',
    excerpt:
      'Prosecutors in Seltz have filed formal charges against Teodor Valk, Nadira Ilves and Ivo Santaru. Defence lawyers say the indictment does not describe a single act of violence.',
    bodyHtml: `<p>Prosecutors in Seltz have filed formal charges against three leaders of the Kardanian Confederation of Free Trade Unions, bringing the case a step closer to trial. President Teodor Valk, deputy president Nadira Ilves and legal officer Ivo Santaru are all accused of "organising mass disorder" in connection with the strike at the Korvask locomotive depot in January.</p>
<p>Ilves and Santaru were arrested in August, five months after Valk. All three are now held at Seltz Remand Centre No. 1.</p>
<h2>What the indictment says</h2>
<p>The 94-page indictment, seen by defence lawyers, claims the three "deliberately incited workers to disobey lawful instructions" and "created a threat to the functioning of strategic transport infrastructure". It cites:</p>
<ul>
<li>a leaflet distributed at the depot explaining workers' legal right to stop work when wages are unpaid;</li>
<li>a speech by Valk in the depot yard calling for calm and for negotiations;</li>
<li>messages in a union chat group discussing collections of food for striking families;</li>
<li>a statement by Ilves describing the official Federation of Labour as "a department of the ministry".</li>
</ul>
<p>Defence lawyer Mirela Kostan told reporters the indictment does not describe a single act of violence, damage to property or obstruction of traffic by any of the accused.</p>
<blockquote><p>If you read the whole document, you will find that the crime is talking to workers about the law. The prosecution has turned ordinary trade union work into a criminal conspiracy.</p><p><strong>Mirela Kostan, defence lawyer</strong></p></blockquote>
<h2>Additional charges</h2>
<p>Santaru faces an additional charge of "misuse of union funds", relating to money collected for the families of strikers. The union says the collection was recorded in full and that every payment can be accounted for. The charge is widely seen as an attempt to discredit the KCFTU among its own members.</p>
<h2>What happens next</h2>
<p>The case will now be sent to the Seltz City Court, which must set a date for the first hearing. Lawyers expect the trial to begin in early 2022. They will ask for the defendants to be released on bail in the meantime, though such requests are rarely granted in political cases.</p>
<p>International trade union bodies have asked to send observers to the trial. The Ministry of Justice has not yet responded.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2021-10-05T12:30:00Z',
    source: { name: 'Open Courts Observer', url: 'https://example.org/oco/kardania/kcftu-indictment' },
  },
  {
    slug: 'human-rights-day-vigil-2021',
    title: 'Human Rights Day: join our candlelit vigil at the embassy',
    excerpt:
      'On Friday 10 December we will gather outside the Kardanian embassy with candles and the names of the three detained union leaders. Come for ten minutes or stay for the hour.',
    bodyHtml: `<p>On Human Rights Day, Friday 10 December, we will hold a quiet candlelit vigil outside the Embassy of the Republic of Kardania, 12 Example Street, London, from 5 p.m. to 6 p.m.</p>
<p>Teodor Valk, Nadira Ilves and Ivo Santaru will spend this winter in a remand centre in Seltz, waiting for a trial on charges that should never have been brought. The vigil is a chance to show them, and the embassy staff who will see us through their windows, that they have not been forgotten.</p>
<h2>What to expect</h2>
<ul>
<li>A short welcome, then the names of the three detained leaders read aloud.</li>
<li>A message from Hanna Valk, recorded for the vigil.</li>
<li>One minute of silence, followed by readings and short messages of solidarity from union branches.</li>
<li>Letters to the ambassador will be collected and handed in at the end.</li>
</ul>
<h2>How to take part</h2>
<ol>
<li>Let us know you are coming by emailing <a href="mailto:campaign@example.org">campaign@example.org</a>. It helps us plan, but you are welcome without booking.</li>
<li>Bring a candle in a jar or a battery tea light. We will have spares.</li>
<li>If you belong to a union, bring your branch banner.</li>
<li>Write a letter to the ambassador in advance, using our <a href="/posts/write-to-the-embassy-free-teodor-valk">model protest letter</a>, and bring it with you.</li>
</ol>
<blockquote><p>When Teodor hears that people stood in the cold for him in another country, it will give him more strength than anything I can put in a parcel.</p><p><strong>Hanna Valk</strong></p></blockquote>
<h2>Can't come?</h2>
<p>Light a candle at home, in your workplace or your union office, take a photo and send it to us. We will put together a collage and make sure it reaches the families in Seltz. If you are organising a vigil in another city, tell us and we will list it here.</p>
<p>The vigil is peaceful and silent. Please follow the stewards' instructions and keep the pavement clear for passers-by.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2021-12-01T11:00:00Z',
    image: {
      file: 'vigil-candles.svg',
      alt: 'Illustration of five lit candles in a row against a dark night sky.',
      caption: 'Candles will be lit for each of the detained union leaders.',
      credit: CREDIT,
    },
  },
  // ---------------------------------------------------------------- 2022
  {
    slug: 'send-a-card-to-the-seltz-three',
    title: 'Send a card to the Seltz Three',
    excerpt:
      'Letters from abroad are one of the few things that reach detained union leaders in Seltz. Here is how to write a card that gets through the prison censor.',
    bodyHtml: `<p>Teodor Valk, Nadira Ilves and Ivo Santaru, now widely known as the <strong>Seltz Three</strong>, have been in pre-trial detention for months. Their lawyers tell us that the cards and letters they receive from abroad are read aloud in the cells and passed around. They are a lifeline.</p>
<p>Post to Seltz Remand Centre No. 1 is read by the prison censor. Letters that mention politics or the case in detail are often held back. Short, warm and personal messages have the best chance of getting through.</p>
<h2>How to write a card that arrives</h2>
<ol>
<li>Choose a plain postcard or greetings card. Pictures of your town, nature or animals work well.</li>
<li>Write a few lines about yourself: where you live, what you do, the weather. Keep it simple.</li>
<li>Say that you are thinking of them and wish them good health. Avoid commenting on the charges, the trial or the government.</li>
<li>Sign with your first name and your town. If you are a union member, you can mention your trade.</li>
<li>Send the card to us at the campaign address below. We collect cards each month and send them on together with a translation, which makes it more likely they will be delivered.</li>
</ol>
<h2>Where to send</h2>
<p>Post cards to the campaign office, or scan or photograph your card and email it to <a href="mailto:campaign@example.org">campaign@example.org</a>. Please put the name of the person the card is for on the back: <em>Teodor</em>, <em>Nadira</em> or <em>Ivo</em>. You are welcome to write to all three.</p>
<h2>A few simple phrases</h2>
<p>If you would like to add a greeting in Kardanian, these are easy to copy. Our volunteers will check them before the cards are sent.</p>
<ul>
<li><em>Tervas, drugo!</em> Hello, friend!</li>
<li><em>Mislim na vas.</em> I am thinking of you.</li>
<li><em>Dobro zdravlje.</em> Good health.</li>
</ul>
<blockquote><p>On my birthday the guards brought me a bundle of thirty cards from people I have never met. I read them all twice, and then the men in my cell asked to read them too. For one evening, nobody in that cell was in prison.</p><p><strong>Ivo Santaru, in a message passed on by his lawyer</strong></p></blockquote>
<p>Nadira's birthday is on 2 March. If you would like your card to arrive in time, please send it to us by 15 February.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2022-02-03T10:15:00Z',
  },
  {
    slug: 'trial-of-the-seltz-three-opens',
    title: 'Trial of the Seltz Three opens behind closed doors',
    excerpt:
      'The trial of three independent union leaders began at Seltz City Court on Monday. Journalists, diplomats and trade union observers were kept outside.',
    bodyHtml: `<p>The trial of Teodor Valk, Nadira Ilves and Ivo Santaru opened at Seltz City Court on Monday morning. Within minutes, Judge Viktor Malan granted a prosecution request to hold the proceedings in closed session, citing the "protection of information relating to strategic transport infrastructure".</p>
<p>Around forty people who had gathered outside, among them diplomats from six embassies, two foreign trade union observers and the families of the accused, were told to leave the building.</p>
<h2>Inside the courtroom</h2>
<p>According to defence lawyers, the three defendants were brought into the courtroom in handcuffs and placed in a glass cage. All three pleaded not guilty. Valk asked to make a statement but was told he would be able to speak "at the appropriate stage".</p>
<p>The defence made three motions, all rejected:</p>
<ul>
<li>to open the trial to the public and the press;</li>
<li>to release the defendants on bail for the duration of the trial;</li>
<li>to call as witnesses twelve workers from the Korvask depot who took part in the January 2021 strike.</li>
</ul>
<blockquote><p>We were not allowed to call the people who actually stopped work. The court will decide whether the strike was "mass disorder" without hearing from a single striker.</p><p><strong>Mirela Kostan, defence lawyer for Teodor Valk</strong></p></blockquote>
<h2>Outside the court</h2>
<p>Hanna Valk, wife of the KCFTU president, stood on the court steps with a photograph of her husband. She said she had not been allowed to see him since October.</p>
<p>Several foreign diplomats issued a joint statement in the afternoon expressing concern that "a trial concerning the exercise of fundamental labour rights is being held without public scrutiny".</p>
<h2>What comes next</h2>
<p>The court has scheduled hearings twice a week. The prosecution intends to call 31 witnesses, most of them police officers and managers from the state rail company. Lawyers expect the trial to last at least two months.</p>
<p>We will publish regular updates from the defence team. If you have not yet written to the embassy, <a href="/posts/write-to-the-embassy-free-teodor-valk">now is the time</a>.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2022-04-04T15:40:00Z',
    image: {
      file: 'courthouse.svg',
      alt: 'Illustration of a classical courthouse with columns and a red pediment showing scales of justice.',
      caption: 'Seltz City Court, where the trial of the three union leaders opened.',
      credit: CREDIT,
    },
  },
  {
    slug: 'trial-observers-refused-entry',
    title: 'Observers refused entry: what we know about the trial so far',
    excerpt:
      'Three weeks into the closed trial of the Seltz Three, we piece together what has happened inside the courtroom from defence lawyers, relatives and court documents.',
    bodyHtml: `<p>Three weeks after the trial of the Seltz Three opened, no journalist or independent observer has yet been allowed inside the courtroom. Twice, trade union delegations have travelled to Seltz and waited in the corridor for a full day before being sent away. What follows is pieced together from defence lawyers, relatives and the few court documents that have been shared with us.</p>
<figure><img src="/demo/courthouse.svg" alt="Illustration of a courthouse with columns and a red pediment."><figcaption>Seltz City Court. Observers have been kept in the corridor outside the courtroom.</figcaption></figure>
<h2>The prosecution's witnesses</h2>
<p>Of the 31 prosecution witnesses, 19 have been heard. Most are police officers who were present at the Korvask depot in January 2021. Defence lawyers say several gave almost identical testimony, using the same phrases to describe the crowd as "aggressive" and "ready for confrontation".</p>
<p>Under cross-examination, one officer agreed that he had not seen any violence, damage or blocked tracks. Another said he had been told to write his report "according to the template".</p>
<h2>The depot managers</h2>
<p>Two managers from the state rail company testified that the strike caused financial losses. Asked by the defence whether wages had been unpaid for four months, one replied that this was "not a matter for this court".</p>
<h2>The defendants</h2>
<p>All three defendants appear to be in reasonable spirits, though Nadira Ilves has been unwell and was seen by a prison doctor last week. Teodor Valk has been allowed to question witnesses directly, and lawyers describe his questions as calm and precise.</p>
<blockquote><p>He asked the officer: did you see me throw anything? Did you hear me call for violence? Did you see a single train stopped by workers? The officer said no three times. Then the judge said the questions were repetitive.</p><p><strong>A member of the defence team</strong></p></blockquote>
<h2>Concerns about fairness</h2>
<p>Based on what we have learned, we are concerned that:</p>
<ul>
<li>the trial is closed without any genuine security justification;</li>
<li>defence lawyers are being given only minutes to consult with their clients before each hearing;</li>
<li>the court has refused every defence request to call witnesses;</li>
<li>the defendants are brought to court in handcuffs and held in a cage, undermining the presumption of innocence.</li>
</ul>
<p>We will continue to document the trial as fully as we can. If you represent a trade union or a bar association and would like to apply to observe the hearings, please contact us at <a href="mailto:campaign@example.org">campaign@example.org</a>.</p>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2022-04-27T13:00:00Z',
  },
  {
    slug: 'become-a-sponsor-of-the-campaign',
    title: 'Add your name: become a sponsor of the campaign',
    excerpt:
      'Union branches, elected representatives, artists and academics are adding their names to our list of sponsors. A long list of supporters makes the case harder to ignore.',
    bodyHtml: `<p>When we raise the case of the Seltz Three with diplomats and ministers, one of the first questions we are asked is: who supports you? A long, varied list of sponsors is one of the strongest answers we can give.</p>
<p>Since the campaign began, more than 300 individuals and organisations have added their names. We want to reach 1,000 before the verdict in the trial of Teodor Valk, Nadira Ilves and Ivo Santaru.</p>
<h2>Who can become a sponsor?</h2>
<ul>
<li><strong>Trade unions and branches</strong>, at any level, from a workplace branch to a national federation.</li>
<li><strong>Elected representatives</strong>: members of parliament, councillors and members of regional assemblies.</li>
<li><strong>Organisations</strong>: human rights groups, lawyers' associations, student unions, faith groups and community associations.</li>
<li><strong>Individuals</strong> who want to lend their name publicly: writers, artists, academics, and anyone who believes in the right to organise.</li>
</ul>
<h2>What it means</h2>
<p>Sponsors agree with the campaign's three aims:</p>
<ol>
<li>the immediate release of all trade unionists imprisoned in Kardania for their union activity;</li>
<li>an end to the harassment of independent unions and their members;</li>
<li>respect for the right to organise, to bargain collectively and to strike.</li>
</ol>
<p>Sponsorship is free. We will list your name on our website, and from time to time we may ask you to sign a joint letter or share an urgent appeal. We will never share your contact details with anyone else.</p>
<h2>How to sign up</h2>
<ol>
<li>Fill in the short form at <a href="/supporters/join">Add your name</a>, and see who has already joined in the <a href="/supporters">list of sponsors and supporters</a>.</li>
<li>If you are signing on behalf of a union or organisation, please confirm that your executive or branch meeting has agreed.</li>
<li>Alternatively, email <a href="mailto:campaign@example.org">campaign@example.org</a> with your name, organisation and how you would like to be listed.</li>
</ol>
<blockquote><p>Our branch has 200 members who clean trains. We read about the workers at Korvask and thought: that could be us. Signing up was the least we could do.</p><p><strong>Secretary of a rail cleaners' union branch</strong></p></blockquote>
<p>Thank you to every sponsor who has already joined. Please ask one more organisation you belong to to do the same.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2022-06-08T09:30:00Z',
  },
  {
    slug: 'verdict-in-the-seltz-three-trial',
    title: 'Verdict: Teodor Valk jailed for eight years, Ilves and Santaru for six and five',
    excerpt:
      'Seltz City Court has found the three independent union leaders guilty of organising mass disorder. We call on everyone who supports workers’ rights to respond today.',
    bodyHtml: `<p>Seltz City Court today found Teodor Valk, Nadira Ilves and Ivo Santaru guilty of "organising mass disorder" in connection with the 2021 strike at the Korvask locomotive depot.</p>
<ul>
<li><strong>Teodor Valk</strong>, KCFTU president: eight years in a general-regime penal colony.</li>
<li><strong>Nadira Ilves</strong>, KCFTU deputy president: six years.</li>
<li><strong>Ivo Santaru</strong>, KCFTU legal officer: five years, including the additional charge of misuse of union funds.</li>
</ul>
<p>All three are also banned from holding any position in a trade union or public organisation for five years after their release.</p>
<h2>A verdict against every worker</h2>
<p>The verdict was read out in an open session, the first time the public had been allowed into the courtroom since the trial began in April. Relatives applauded the three defendants as they were led away. Valk raised his hand in a clenched fist.</p>
<blockquote><p>They have sentenced three people, but the message is for everyone: do not organise, do not complain, do not strike. The workers of Kardania will not accept that message, and neither should anyone else.</p><p><strong>Maria Keller, campaign coordinator</strong></p></blockquote>
<p>The defence will appeal. Lawyers have ten days to lodge the appeal with the Supreme Court of Kardania.</p>
<h2>Our demands</h2>
<ul>
<li>Quash the convictions and release Teodor Valk, Nadira Ilves and Ivo Santaru immediately.</li>
<li>Until they are released, guarantee their safety, health care and regular family visits.</li>
<li>Allow the KCFTU to operate freely and return the property seized from its offices.</li>
<li>Stop the prosecution of trade unionists for lawful union activity.</li>
</ul>
<h2>What you can do today</h2>
<ol>
<li><strong>Protest to the embassy.</strong> Write, email or phone the Embassy of the Republic of Kardania, 12 Example Street, London. Our <a href="/posts/write-to-the-embassy-free-teodor-valk">model letter</a> can be updated with today's news.</li>
<li><strong>Pass a motion</strong> in your union branch condemning the verdict, and send it to us at <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
<li><strong>Add your name</strong> as a <a href="/posts/become-a-sponsor-of-the-campaign">sponsor of the campaign</a>.</li>
<li><strong>Donate</strong> to the <a href="/posts/launching-the-families-and-legal-fund">Families and Legal Fund</a>. The appeal will be expensive, and the families now face years without their main earners.</li>
</ol>
<p>We will hold an emergency protest outside the embassy this Thursday at 6 p.m. Please come if you can.</p>`,
    categories: ['articles', 'appeals'],
    author: 'maria-keller',
    publishedAt: '2022-09-12T16:05:00Z',
    image: {
      file: 'raised-fist-banner.svg',
      alt: 'Illustration of a raised fist beneath a long red banner held between two poles.',
      caption: 'Teodor Valk raised his fist as he was led from the courtroom.',
      credit: CREDIT,
    },
  },
  {
    slug: 'interview-hanna-valk',
    title: 'Interview: ‘My husband is not a criminal’',
    excerpt:
      'Two weeks after the verdict, Hanna Valk spoke to us about her husband Teodor, the years ahead, and why she still believes the union was worth it.',
    bodyHtml: `<p>Hanna Valk is a primary school teacher in Seltz. She has been married to Teodor Valk, president of the KCFTU, for 29 years. Two weeks after he was sentenced to eight years in prison, she spoke to us by video call. The interview has been translated and shortened.</p>
<h2>How are you coping?</h2>
<p>Honestly, some days better than others. The verdict was not a surprise. Everyone knew what it would be. But hearing the number, eight years, said out loud in a courtroom is different from knowing it. I went home and sat in the kitchen for a long time.</p>
<h2>When did you last speak to Teodor?</h2>
<p>I had a short visit after the verdict, forty minutes through glass with a telephone. He was thinner, but his head was clear. He asked first about our daughter, then about the workers at Korvask. That is Teodor. He always asks about the others first.</p>
<h2>The authorities say he organised disorder. What do you say?</h2>
<blockquote><p>My husband is not a criminal. He drove trains for twenty years. When the union asked him to lead it, he said yes because he thought someone had to. He has never hit anyone in his life. The only thing he organised was people talking to each other.</p></blockquote>
<h2>Have there been consequences for you?</h2>
<p>The school director called me in and said there had been "questions" about me from the education department. I still have my job, for now. Some neighbours stopped greeting me. But others leave bread on the doorstep, or a note. People are afraid, but they are not all silent.</p>
<h2>Do you regret that he became a union leader?</h2>
<p>No. I regret that the country is like this. I do not regret that he stood up. When the workers at Korvask got part of their wages back, a woman came to our flat with a cake. She said her children had new winter boots because of the union. How can I regret that?</p>
<h2>What would you like people abroad to do?</h2>
<p>Write to him. He reads everything. Write to the embassy, and ask your politicians to ask questions. And please do not forget Nadira and Ivo, and their families. Nadira's mother is eighty. Ivo has two small boys.</p>
<blockquote><p>The worst thing for a prisoner is to think the world has moved on. Do not let them think that.</p></blockquote>
<p>You can send a card to Teodor, Nadira or Ivo through the campaign. <a href="/posts/send-a-card-to-the-seltz-three">Here is how</a>.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2022-09-26T07:30:00Z',
  },
  {
    slug: 'winter-appeal-2022',
    title: 'Winter appeal: help the families through the cold months',
    excerpt:
      'Winter in Kardania is long and hard, and this year three families face it without their main earner. Our winter appeal aims to raise enough for fuel, warm clothing and prison parcels.',
    bodyHtml: `<p>Temperatures in Seltz regularly fall below minus twenty in January. This year, three families are facing the winter with a parent in prison, and a dozen more households of KCFTU members who lost their jobs after the strike are struggling to pay for heating.</p>
<p>Our winter appeal aims to raise enough to see them through to spring.</p>
<h2>What your money buys</h2>
<ul>
<li>A month of heating for a two-room flat in Seltz.</li>
<li>A winter coat, boots and thermal clothing for a prisoner in a penal colony, where cells are often barely heated.</li>
<li>A food parcel allowed under prison rules: tea, sugar, dried fruit, tinned fish and vitamins.</li>
<li>A return train ticket for a relative visiting a prisoner held hundreds of kilometres from home.</li>
</ul>
<blockquote><p>Last winter the parcel with the warm socks and the tea arrived on the coldest night of the year. I shared it with the whole cell. We made a toast with tea to the people who sent it.</p><p><strong>Ivo Santaru, from a letter to the campaign</strong></p></blockquote>
<h2>How to give</h2>
<ol>
<li>Donate on our <a href="/donate">donate page</a>, with the reference "Winter appeal".</li>
<li>Ask your union branch to make a donation from its solidarity fund. A model motion is available on request.</li>
<li>Hold a collection at your workplace or your branch's end-of-year social.</li>
<li>Prefer a bank transfer? The details are on the <a href="/donate">donate page</a>.</li>
</ol>
<h2>Where the money goes</h2>
<p>All donations to the winter appeal go to the <a href="/posts/launching-the-families-and-legal-fund">Families and Legal Fund</a>. Nothing is spent on administration: the campaign is run entirely by volunteers. We publish a summary of spending every year.</p>
<p>Thank you for everything you have done this year. Your letters, your donations and your presence outside the embassy have carried the families through a very hard year. Let's carry them through the winter too.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2022-12-01T10:00:00Z',
  },
  // ---------------------------------------------------------------- 2023
  {
    slug: 'supreme-court-rejects-appeals',
    title: 'Supreme Court rejects appeals of the Seltz Three',
    excerpt:
      'A hearing that lasted less than two hours has confirmed the prison sentences of the three KCFTU leaders. Their lawyers are now preparing complaints to international bodies.',
    bodyHtml: `<p>The Supreme Court of Kardania has rejected the appeals of Teodor Valk, Nadira Ilves and Ivo Santaru, confirming the sentences handed down by Seltz City Court in September. The hearing lasted an hour and forty minutes. The three defendants took part by video link from the remand centre and were given five minutes each to speak.</p>
<h2>The appeal arguments</h2>
<p>The defence had argued that:</p>
<ul>
<li>the strike at Korvask was lawful under Kardania's own labour code, because wages had been unpaid for more than two months;</li>
<li>the trial court had refused to hear any witness called by the defence;</li>
<li>the closure of the trial to the public had no legal basis;</li>
<li>the charge of misuse of funds against Ivo Santaru was contradicted by the union's own audited accounts.</li>
</ul>
<p>The three-judge panel dismissed every point, stating that the lower court had "fully and objectively examined the evidence".</p>
<h2>Final statements</h2>
<p>In his five minutes, Teodor Valk addressed the judges directly.</p>
<blockquote><p>I am not asking you for mercy. I am asking you to read the labour code. It is a short book. Article 41 says that workers who are not paid may stop work. We did not write that law. Your parliament did. We only asked that it be obeyed.</p><p><strong>Teodor Valk, speaking by video link</strong></p></blockquote>
<p>Nadira Ilves thanked the people who had written to her from abroad and said she would "use the time to learn two more languages". Ivo Santaru said he had nothing to add to his written submission.</p>
<h2>What now?</h2>
<p>With the appeal rejected, the three will be transferred from the remand centre in Seltz to penal colonies to serve their sentences. Families fear they may be sent to facilities far from the capital, making visits difficult and expensive.</p>
<p>Defence lawyer Mirela Kostan said the team would now submit complaints to international human rights and labour bodies, and would ask for a supervisory review of the case, a further procedure that rarely succeeds but keeps the file open.</p>
<p>Trade union organisations in eleven countries issued statements condemning the decision within hours.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2023-02-20T14:10:00Z',
    source: { name: 'Labour Rights Monitor', url: 'https://example.org/lrm/2023/kardania-supreme-court-appeal' },
  },
  {
    slug: 'womens-day-stand-with-nadira-ilves',
    title: "International Women's Day: stand with Nadira Ilves",
    excerpt:
      'Nadira Ilves organised thousands of textile workers, most of them women, before she was jailed. This 8 March, we ask you to send her a message and put her case to your representatives.',
    bodyHtml: `<p>Before her arrest, Nadira Ilves spent fifteen years organising in the textile mills around Seltz, where four out of five workers are women. She helped win the first collective agreement in the sector, including paid maternity leave and an end to compulsory unpaid overtime. In 2019 she was elected deputy president of the KCFTU, the first woman to hold the post.</p>
<p>She is now serving a six-year sentence for her part in a strike she did not even attend.</p>
<h2>Who is Nadira Ilves?</h2>
<ul>
<li>Born in 1971 in the mill town of Arven, the daughter of a weaver.</li>
<li>Began work at the Seltz Textile Combine at the age of seventeen.</li>
<li>Founded the independent textile workers' union in 2006, which grew to over 6,000 members.</li>
<li>Arrested in August 2021, sentenced in September 2022.</li>
</ul>
<blockquote><p>They say women in the mills are too tired to organise. I say women in the mills have organised everything their whole lives: the family, the money, the shifts, the children. The union was the easy part.</p><p><strong>Nadira Ilves, speaking in 2019</strong></p></blockquote>
<h2>Her health</h2>
<p>Nadira suffers from high blood pressure, and her lawyers report that she has not received regular medication since her transfer from the remand centre. She has been given only one family visit in five months.</p>
<h2>What you can do on 8 March</h2>
<ol>
<li><strong>Send Nadira a message.</strong> A card or a short note about your own workplace will reach her through the campaign. See our guide to <a href="/posts/send-a-card-to-the-seltz-three">writing to the prisoners</a>.</li>
<li><strong>Raise her case at a Women's Day event.</strong> We can provide a short text to read out, a photograph and a fact sheet. Email <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
<li><strong>Write to the embassy</strong> asking that Nadira receives proper medical care and regular visits, and that she is released.</li>
<li><strong>Take a photo</strong> of your group holding a sign with her name, and send it to us. We will make sure she knows.</li>
</ol>
<p>Women trade unionists in many countries have already adopted Nadira as an honorary member of their branches. If your branch would like to do the same, let us know and we will send her a copy of the certificate.</p>`,
    categories: ['articles', 'appeals'],
    author: 'amina-hassan',
    publishedAt: '2023-03-06T09:00:00Z',
  },
  {
    slug: 'court-dissolves-the-kcftu',
    title: 'Court orders the dissolution of the KCFTU',
    excerpt:
      'At the request of the Ministry of Justice, a Seltz court has ordered the liquidation of Kardania’s only independent union federation. Its 40,000 members now have no legal representation.',
    bodyHtml: `<p>Seltz Economic Court has ordered the dissolution of the Kardanian Confederation of Free Trade Unions (KCFTU), granting an application from the Ministry of Justice. The ruling takes effect immediately. The federation's bank accounts have been frozen, and its remaining office in Seltz has been sealed.</p>
<h2>The ministry's case</h2>
<p>The ministry argued that the KCFTU had "systematically violated its own statutes" and "engaged in activity incompatible with the status of a public association". As evidence, it cited:</p>
<ul>
<li>the criminal convictions of its three most senior officers;</li>
<li>"failure to hold a congress within the statutory period", a congress that could not be held because its leaders were in prison and its premises had been searched;</li>
<li>statements by KCFTU members criticising the government's economic policies;</li>
<li>contacts with "foreign organisations", namely international trade union federations to which the KCFTU has been affiliated for years.</li>
</ul>
<h2>What it means for members</h2>
<p>The KCFTU's member unions in rail, mining, textiles and health care are also expected to face liquidation proceedings in the coming months. Without legal registration, they cannot sign collective agreements, represent members in labour disputes, or collect dues.</p>
<p>Employers have already begun to act. At the Seltz Textile Combine, managers told workers last week that anyone who did not move to the official union would lose their annual bonus.</p>
<blockquote><p>They can close the office and take the stamp. They cannot take what people learned: that together they are stronger. That knowledge does not need a registration certificate.</p><p><strong>A KCFTU activist in Korvask, who asked not to be named</strong></p></blockquote>
<h2>International reaction</h2>
<p>International trade union federations condemned the ruling as a "decisive step in the destruction of independent trade unionism in Kardania". Several have called on the international labour bodies to send a direct contacts mission to the country.</p>
<p>The KCFTU's lawyers have said they will appeal, though few expect success. Meanwhile, activists are discussing how members can continue to support one another informally, through mutual aid funds and workplace committees that do not require registration.</p>
<p>We will publish a petition calling for the KCFTU's registration to be restored in the coming weeks.</p>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2023-05-17T11:45:00Z',
    source: { name: 'The Solidarity Wire', url: 'https://example.org/solidarity-wire/kcftu-dissolution-ruling' },
  },
  {
    slug: 'petition-restore-kcftu-registration',
    title: "Petition: restore the KCFTU's right to exist",
    excerpt:
      'Sign our petition calling on the government of Kardania to restore the registration of the independent union federation and release its imprisoned leaders.',
    bodyHtml: `<p>In May, a court in Seltz ordered the dissolution of the Kardanian Confederation of Free Trade Unions, the country's only independent union federation. Its leaders are already in prison. Now its 40,000 members have lost the right to bargain, to represent one another, and even to meet as a union.</p>
<p>We are collecting signatures for a petition to the government of Kardania. It will be handed in at the embassy and sent to the presidential administration in Seltz.</p>
<h2>The petition</h2>
<blockquote><p>To the President and Government of the Republic of Kardania:</p><p>We, the undersigned, call on you to respect the freedom of association of Kardanian workers. We ask you to:</p><ul><li>restore the legal registration of the Kardanian Confederation of Free Trade Unions and its member unions;</li><li>return the property, funds and documents seized from the federation;</li><li>release Teodor Valk, Nadira Ilves and Ivo Santaru, imprisoned for legitimate trade union activity;</li><li>end the pressure on workers to leave independent unions.</li></ul><p>The right to form and join a union of one's choice is a basic human right. We urge you to uphold it.</p></blockquote>
<h2>How to sign</h2>
<ol>
<li>Sign online <a href="/petitions/restore-kcftu-registration">on the petition’s page</a> or in the box below. It takes less than a minute.</li>
<li>Download a paper version from the same page and collect signatures at your workplace, union meeting or community event.</li>
<li>Post completed paper forms to the campaign, or scan them and email them to <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
<li>Share the petition with your colleagues and on your union's social media channels.</li>
</ol>
<h2>Our target</h2>
<p>We aim to collect <strong>500 signatures</strong> by the end of September, the anniversary of the verdict in the trial of the Seltz Three. A delegation will hand in the petition at the Embassy of the Republic of Kardania, 12 Example Street, London, and we will invite sponsors and elected representatives to join us.</p>
<p>Union branches that collect 100 signatures or more will be named in our hand-in press release, unless they prefer to stay anonymous.</p>
<blockquote><p>When I was a child, my grandfather told me a union is just people who decided not to be afraid alone. Signing a petition is a small thing. But it means not being afraid alone.</p><p><strong>A supporter, on signing the petition</strong></p></blockquote>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2023-06-30T08:00:00Z',
    image: {
      file: 'crowd-placards.svg',
      alt: 'Illustration of a crowd of people seen from behind, holding red, teal and dark placards above their heads.',
      caption: 'Paper petitions can be collected at union meetings and workplaces.',
      credit: CREDIT,
    },
  },
  {
    slug: 'valk-transferred-to-penal-colony-4',
    title: 'Teodor Valk moved to Penal Colony No. 4 at Brask',
    excerpt:
      'The KCFTU president has been transferred to a remote penal colony 900 kilometres from Seltz. His family learned of the move only when a parcel was returned undelivered.',
    bodyHtml: `<p>Teodor Valk has been transferred from Seltz to Penal Colony No. 4 in Brask, a mining town in the far north of Kardania, around 900 kilometres from the capital. His family was not informed. Hanna Valk discovered the move only when a parcel she had left at the remand centre was returned with a note saying the addressee was "no longer held at this facility".</p>
<p>It took eleven days before the prison service confirmed his location to his lawyer.</p>
<h2>About Penal Colony No. 4</h2>
<p>Former prisoners describe Brask as one of the harshest facilities in the Kardanian prison system. From what we have been able to gather:</p>
<ul>
<li>prisoners work in a sawmill and a brick workshop, often in unheated buildings;</li>
<li>winter temperatures fall below minus thirty, and the barracks are poorly insulated;</li>
<li>the nearest railway station is six hours away by road, making family visits extremely difficult;</li>
<li>political prisoners are frequently placed in punishment cells for minor alleged violations of the rules.</li>
</ul>
<blockquote><p>Sending him to Brask is a second sentence, for him and for us. It is a message that says: we can put him where nobody will see him. That is why it matters so much that people keep looking.</p><p><strong>Hanna Valk</strong></p></blockquote>
<h2>First contact</h2>
<p>Teodor's lawyer was finally able to visit him at the end of last week. She reports that he is in reasonable spirits but has lost weight and complains of pain in his lower back, an old injury from his years as a locomotive driver. He has been assigned to the brick workshop.</p>
<p>He asked the lawyer to pass on his thanks for the letters that had reached him in Seltz, and asked people to keep writing, even if delivery to Brask is likely to be slower.</p>
<h2>Nadira Ilves and Ivo Santaru</h2>
<p>Nadira Ilves has been transferred to the women's colony at Tarvel, around 300 kilometres east of Seltz. Ivo Santaru remains at the remand centre, apparently because of a dispute over which facility will accept him. We will report as soon as we have news.</p>
<p>New addresses for letters are available from the campaign. Please write to <a href="mailto:campaign@example.org">campaign@example.org</a> before sending anything directly, as rules for post at each prison are different.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2023-09-14T10:20:00Z',
    image: {
      file: 'prison-window-bird.svg',
      alt: 'Illustration of a barred window with a pale moon behind the bars and a red bird outside.',
      caption: 'Penal Colony No. 4 lies around 900 kilometres from Seltz.',
      credit: CREDIT,
    },
  },
  {
    slug: 'urgent-medical-care-for-teodor-valk',
    title: 'Urgent: demand medical care for Teodor Valk',
    excerpt:
      'Teodor Valk has been denied treatment for a worsening back injury and has spent nine days in a punishment cell. Please contact the embassy and the prison service this week.',
    bodyHtml: `<p>We are extremely concerned about the health of Teodor Valk, the imprisoned president of the KCFTU. According to his lawyer, who visited Penal Colony No. 4 on 17 November, Teodor can now walk only with difficulty because of a back injury that has not been treated since his transfer in September.</p>
<p>Instead of medical care, he has been given nine days in a punishment cell, reportedly for "failing to greet an officer in the prescribed manner". The cell is unheated. Outside temperatures at Brask are already well below freezing.</p>
<h2>What we are asking for</h2>
<ul>
<li>An immediate examination of Teodor Valk by an independent doctor, and any treatment he needs, including hospital treatment outside the colony if necessary.</li>
<li>An end to the use of punishment cells against him.</li>
<li>Regular access to his lawyer and family.</li>
<li>His immediate and unconditional release.</li>
</ul>
<h2>Act now</h2>
<ol>
<li><strong>Email or write to the embassy.</strong> Address your message to the Ambassador, Embassy of the Republic of Kardania, 12 Example Street, London. Be brief and polite; the model text below can be copied.</li>
<li><strong>Contact the prison service.</strong> The National Prison Service of Kardania accepts complaints through an online form at <a href="https://example.org/kardania-prison-service/complaints">its website</a>. Include Teodor's full name and date of birth: Teodor Valk, 4 June 1966.</li>
<li><strong>Ask your union</strong> to send an urgent message and to copy it to the international federation it belongs to.</li>
<li><strong>Tell us</strong> what you have done at <a href="mailto:campaign@example.org">campaign@example.org</a>, and forward any reply you receive.</li>
</ol>
<h2>Model message</h2>
<blockquote><p>Your Excellency,</p><p>I am writing with urgent concern for the health of Teodor Valk, held at Penal Colony No. 4 in Brask. I understand that he has been refused treatment for a serious back injury and has been placed in a punishment cell.</p><p>I respectfully urge the authorities to ensure that he is examined by an independent doctor without delay and receives all necessary treatment, and that he is no longer held in punitive conditions. Mr Valk was imprisoned for his trade union activity and should be released.</p><p>Yours sincerely,</p></blockquote>
<p>Urgent cases like this are where international pressure has the most visible effect. In the past, a wave of messages has led to prisoners being moved to hospital within days. Please act before the end of the week.</p>`,
    categories: ['appeals'],
    author: 'maria-keller',
    publishedAt: '2023-11-22T18:30:00Z',
  },
  // ---------------------------------------------------------------- 2024
  {
    slug: 'delegation-report-five-days-in-seltz',
    title: 'Delegation report: five days in Seltz',
    excerpt: 'In January a four-person trade union delegation travelled to Kardania to meet families, lawyers and former KCFTU members. This is their report.',
    bodyHtml: `<p>From 22 to 26 January 2024, a delegation of four trade unionists travelled to Kardania on behalf of the campaign: a rail union officer, a nurse and health union representative, a labour lawyer, and our coordinator Maria Keller. Our aims were to meet the families of the imprisoned union leaders, to hear from former KCFTU members about conditions since the federation's dissolution, and to request access to the prisoners. This is a shortened version of the delegation's report.</p>
<h2>Day 1: Seltz</h2>
<p>We arrived in Seltz on a Monday evening in heavy snow. Within an hour of checking in, two men in dark coats had taken seats in the hotel lobby, where they stayed, with short breaks, for the rest of the week. We had expected to be followed. It was still unsettling to see how openly it was done.</p>
<h2>Day 2: the families</h2>
<p>We spent the day with Hanna Valk and with the mother and sister of Nadira Ilves. Both families described the same pattern: long journeys to the colonies, visits cancelled at the last minute, parcels returned without explanation. Hanna had travelled to Brask three times in four months and had been allowed to see Teodor once.</p>
<blockquote><p>You learn to pack for two outcomes. A bag for the visit, with his favourite sweets, and a bag for the train home, with something to read so you do not cry the whole way.</p><p><strong>Hanna Valk</strong></p></blockquote>
<h2>Day 3: the workers</h2>
<p>In a flat on the outskirts of the city, we met eleven former KCFTU members from the rail, textile and health sectors. All asked us not to publish their names. Their accounts were consistent:</p>
<ul>
<li>workers who refused to join the official union have lost bonuses, been moved to night shifts or been dismissed;</li>
<li>wage arrears have returned at several rail depots, including Korvask;</li>
<li>informal mutual aid funds continue to operate, collecting small sums for members in difficulty;</li>
<li>many younger workers have left the country.</li>
</ul>
<p>Despite this, the mood was not one of defeat. Several people told us that small workplace committees were still meeting, quietly, to raise safety problems and unpaid overtime.</p>
<h2>Day 4: the authorities</h2>
<p>We had requested meetings with the Ministry of Justice, the Prosecutor General's office and the National Prison Service. Only the ministry agreed to see us. A deputy head of department listened politely for forty minutes, said the cases had been "decided by an independent court", and declined to discuss prison visits. Our request to visit Penal Colony No. 4 was refused in writing the same afternoon.</p>
<h2>Day 5: the lawyers</h2>
<p>Defence lawyer Mirela Kostan briefed us on the supervisory review she has filed, and on the growing pressure on lawyers who take political cases. She has been summoned twice this year by the bar association's disciplinary committee.</p>
<h2>Our recommendations</h2>
<ol>
<li>Continue and expand financial support to the families, especially for travel to distant colonies.</li>
<li>Press for international observers to be given access to the prisoners.</li>
<li>Raise the situation of defence lawyers with bar associations abroad.</li>
<li>Encourage unions to maintain direct contacts with former KCFTU members, with great care for their security.</li>
</ol>
<figure><img src="/demo/map-abstract.svg" alt="Abstract map of a country with dashed regional borders and red dots marking towns, one circled in the centre."><figcaption>The delegation travelled between Seltz and the outlying districts where families of prisoners live.</figcaption></figure>
<p>The full report, including detailed recommendations to governments, is available on request from <a href="mailto:campaign@example.org">campaign@example.org</a>.</p>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2024-02-06T09:00:00Z',
    image: {
      file: 'map-abstract.svg',
      alt: 'Abstract map of a country in warm yellow on a teal background, with a red circle marking the capital.',
      caption: 'The delegation spent five days in and around Seltz.',
      credit: CREDIT,
    },
  },
  {
    slug: 'nadira-ilves-hunger-strike',
    title: 'Nadira Ilves begins hunger strike in Tarvel colony',
    excerpt:
      'The jailed union leader has refused food since 8 April in protest at being denied medical care and family visits. Please send urgent messages to the embassy now.',
    bodyHtml: `<p>Nadira Ilves, the imprisoned deputy president of the dissolved KCFTU, has been on hunger strike since 8 April at the women's penal colony in Tarvel. She is drinking only water and sweetened tea.</p>
<p>In a written statement handed to her lawyer, she said she was protesting against the refusal of prison doctors to treat her high blood pressure, and against the cancellation of her last three family visits.</p>
<blockquote><p>I do not want to die and I do not want to be a hero. I want the medicine my doctor prescribed before my arrest, and I want to see my mother, who is eighty-two. These are not political demands. They are the rules of the prison itself.</p><p><strong>Nadira Ilves, statement of 8 April</strong></p></blockquote>
<figure><img src="/demo/prison-window-bird.svg" alt="Illustration of a barred window with a bird flying past outside."><figcaption>Nadira Ilves is held at the women's penal colony in Tarvel, east of Seltz.</figcaption></figure>
<h2>Her condition</h2>
<p>Her lawyer, who saw her on 10 April, said she was pale and had difficulty concentrating. The colony administration has placed her in a separate cell "for observation" and has warned her that refusing food is a "violation of the internal regulations", which could lead to further penalties.</p>
<p>Doctors consulted by the campaign warn that a hunger strike is especially dangerous for someone with untreated high blood pressure.</p>
<h2>Our demands</h2>
<ul>
<li>Nadira Ilves must receive the medication and monitoring she needs, immediately.</li>
<li>Her family visits must be restored.</li>
<li>No penalty may be imposed on her for her hunger strike.</li>
<li>She must be released: she was imprisoned for trade union activity.</li>
</ul>
<h2>Act today</h2>
<ol>
<li>Write or email the Ambassador at the Embassy of the Republic of Kardania, 12 Example Street, London. Keep it short: name, concern, request.</li>
<li>Ask your member of parliament to contact the embassy on her behalf.</li>
<li>Women's committees of trade unions: please issue a statement in solidarity with Nadira and send it to us at <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
</ol>
<p>We will post updates on her condition as soon as we receive them.</p>`,
    categories: ['articles', 'appeals'],
    author: 'tomas-varga',
    publishedAt: '2024-04-11T12:00:00Z',
    source: { name: 'Kardania Exile Radio', url: 'https://example.org/ker/news/ilves-hunger-strike' },
  },
  {
    slug: 'two-years-on-vigils',
    title: 'Two years on: vigils in nine cities on 12 September',
    excerpt:
      'On the second anniversary of the verdict against the Seltz Three, we are holding candlelit vigils outside Kardanian embassies and consulates in nine cities. Join the one nearest you.',
    bodyHtml: `<p>On 12 September it will be two years since Seltz City Court sentenced Teodor Valk, Nadira Ilves and Ivo Santaru to a combined nineteen years in prison for their part in a peaceful strike. To mark the anniversary, supporters will hold vigils outside Kardanian embassies and consulates in nine cities on the same evening.</p>
<h2>Where and when</h2>
<ul>
<li><strong>London:</strong> Embassy of the Republic of Kardania, 12 Example Street, 6 p.m.</li>
<li><strong>Dublin, Brussels, Berlin, Vienna and Stockholm:</strong> outside the embassy, 6 p.m. local time.</li>
<li><strong>Geneva:</strong> outside the permanent mission, 12.30 p.m.</li>
<li><strong>Manchester and Glasgow:</strong> outside the honorary consulates, 6 p.m.</li>
</ul>
<p>Exact meeting points and times for each city, with calendar files, are listed on the <a href="/days-of-action/two-years-on-vigils-2024">day of action's page</a>.</p>
<h2>What will happen</h2>
<p>Each vigil will follow the same simple order, so that the events feel connected across the cities:</p>
<ol>
<li>Candles are lit, one for each of the three imprisoned union leaders.</li>
<li>Their names and sentences are read aloud.</li>
<li>A short message from the families is read, in the local language.</li>
<li>One minute of silence.</li>
<li>Letters to the ambassador are handed in, or posted through the door if the embassy is closed.</li>
</ol>
<blockquote><p>Two years is a long time to be away from home. But it is also two years of letters, candles and people standing outside in the rain. We feel it. Please do not stop.</p><p><strong>From a message sent by the families for the vigils</strong></p></blockquote>
<h2>How to help</h2>
<ol>
<li>Find your city on the <a href="/days-of-action/two-years-on-vigils-2024">day of action's page</a> and add the vigil to your calendar.</li>
<li>Volunteer to be a steward; each vigil needs two or three.</li>
<li>Bring your union banner, and a candle in a jar.</li>
<li>If you cannot attend, take part from home: light a candle at 6 p.m. and share a photo with the names of the three prisoners.</li>
</ol>
<p>If you would like to organise a vigil in a city not on the list, register it on the <a href="/days-of-action/two-years-on-vigils-2024">day of action's page</a> and we will send you a short organiser's pack.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2024-08-29T10:00:00Z',
  },
  {
    slug: 'tavren-valley-saffron-pickers-strike',
    title: 'Inside the Tavren Valley saffron pickers’ strike',
    excerpt:
      'Hundreds of seasonal pickers, almost all of them women, have stopped work in Kardania’s south over piece rates and unpaid wages. It is the largest stoppage since the KCFTU was dissolved.',
    bodyHtml: `<p>In the Tavren Valley in southern Kardania, the harvest season is short and the work is intense. For three weeks in autumn, pickers bend over the fields before sunrise to gather the purple crocus flowers, then spend the rest of the day separating the red threads by hand. The spice they produce, saffron, is one of the most valuable agricultural products in the country, and almost all of it is exported.</p>
<p>This year, for the first time in living memory, the pickers have gone on strike.</p>
<h2>How the dispute started</h2>
<p>Most of the roughly 800 pickers are women from nearby villages, employed on day contracts by agents working for two large export companies. Until last year, they were paid a fixed amount per gram of dried threads. This season the agents announced a new rate, nearly a third lower, and said the difference would be "made up" by a bonus at the end of the harvest. Many pickers say last year's bonus was never paid at all.</p>
<blockquote><p>My mother picked in these fields and so did her mother. We know how many flowers make a gram. We know what the exporters sell it for. We are not asking for riches. We are asking for last year's rate and last year's money.</p><p><strong>A picker from the village of Ulmar, aged 47</strong></p></blockquote>
<h2>The demands</h2>
<ul>
<li>restoration of last season's piece rate;</li>
<li>payment of the bonus promised for last year's harvest;</li>
<li>written contracts in place of verbal agreements with agents;</li>
<li>drinking water and shade at the drying sheds;</li>
<li>no reprisals against pickers who took part in the stoppage.</li>
</ul>
<h2>Organising without a union</h2>
<p>With the KCFTU dissolved and its leaders in prison, there is no registered union to represent the pickers. Instead, they elected a committee of nine women, one from each village, who meet in a house in Ulmar. Several were once members of the textile workers' union founded by Nadira Ilves.</p>
<p>Local police have visited committee members at home, warning them that "unsanctioned collective actions" are an offence. So far no one has been detained. The export companies have threatened to bring in pickers from other regions, but with the flowers wilting in the fields, time is on the strikers' side.</p>
<h2>Why it matters</h2>
<p>The Tavren Valley stoppage shows that the need for organisation has not disappeared with the KCFTU. Workers are finding their own ways to act together, often drawing on the experience of the federation that was banned. It also shows the risks they face without legal protection.</p>
<p>We will report on the outcome of the dispute. If your union would like to send a message of support to the pickers' committee, email <a href="mailto:campaign@example.org">campaign@example.org</a> and we will pass it on through a trusted contact.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2024-10-08T07:15:00Z',
    image: {
      file: 'crowd-placards.svg',
      alt: 'Illustration of a crowd of people holding coloured placards above their heads.',
      caption: 'Pickers from nine villages elected their own strike committee.',
      credit: CREDIT,
    },
  },
  {
    slug: 'how-donations-were-spent-2024',
    title: 'Where your money went: the Families and Legal Fund in 2024',
    excerpt: 'Our annual report on the Families and Legal Fund: what we raised, how it was spent, and why we need your support again in the year ahead.',
    bodyHtml: `<p>Every year we publish a short account of the <strong>Families and Legal Fund</strong>, which supports the families of imprisoned Kardanian trade unionists and pays for their legal defence. Here is our report for 2024. Amounts are rounded, and some details are left out to protect the people who receive support.</p>
<h2>What came in</h2>
<ul>
<li>Donations from around 1,400 individuals, including 310 monthly donors.</li>
<li>Grants and collections from 96 union branches and regional bodies.</li>
<li>Proceeds from solidarity events: concerts, quizzes, two sponsored walks and one very long cycle ride.</li>
</ul>
<h2>What went out</h2>
<ol>
<li><strong>Family support (46%)</strong>: monthly grants to 14 households, including the families of the three imprisoned leaders and workers dismissed for union activity.</li>
<li><strong>Legal costs (28%)</strong>: defence fees for the supervisory review of the Seltz Three case, and legal advice for dismissed workers.</li>
<li><strong>Prison parcels and travel (21%)</strong>: food, medicine, winter clothing, and 23 return journeys by relatives to the penal colonies at Brask and Tarvel.</li>
<li><strong>Bank and transfer charges (5%)</strong>: unavoidable costs of getting money safely to Kardania.</li>
</ol>
<p>No money from the fund is spent on staff, offices or campaign materials. Those costs are covered separately by union sponsorship.</p>
<h2>What it made possible</h2>
<blockquote><p>When Nadira was on hunger strike, I could take the train to Tarvel three times in two weeks and stand outside the gate until they let me see her. Without the fund, I could not have gone once.</p><p><strong>Nadira Ilves's sister</strong></p></blockquote>
<p>Nadira's hunger strike ended in May after she was seen by a cardiologist and her visits were restored. We believe the pressure of international messages, and the presence of her family at the gate, made the difference.</p>
<h2>The year ahead</h2>
<p>Costs are rising. Prices in Kardania have increased sharply, and the fees charged by lawyers willing to take political cases have risen as the risks for them have grown. We also expect at least two more families to need support in 2025.</p>
<h2>How you can help</h2>
<ol>
<li>Set up a monthly donation: see our <a href="/donate">donate page</a>. Regular gifts let us promise families support months in advance.</li>
<li>Ask your union branch to include the fund in its annual budget.</li>
<li>Hold a solidarity event and let us know at <a href="mailto:campaign@example.org">campaign@example.org</a>. We can provide posters and a speaker.</li>
</ol>
<p>Thank you to everyone who gave in 2024.</p>`,
    categories: ['articles', 'appeals'],
    author: 'amina-hassan',
    publishedAt: '2024-12-03T09:30:00Z',
  },
  // ---------------------------------------------------------------- 2025
  {
    slug: 'lawyer-mirela-kostan-disbarred',
    title: 'Defence lawyer Mirela Kostan disbarred after defending union leaders',
    excerpt:
      'The lawyer who defended Teodor Valk throughout his trial and appeal has been stripped of her licence. Colleagues say the decision is a warning to every lawyer who takes a political case.',
    bodyHtml: `<p>The Seltz Bar Association has revoked the licence of Mirela Kostan, the defence lawyer who has represented KCFTU president Teodor Valk since his arrest in 2021. The decision, taken by the bar's disciplinary committee in a closed session, means she can no longer practise law in Kardania.</p>
<h2>The allegations</h2>
<p>The complaint against Kostan was filed by the Ministry of Justice. It accused her of:</p>
<ul>
<li>"disseminating information damaging to the reputation of the judicial system", a reference to interviews in which she described the closed trial of the Seltz Three;</li>
<li>"violating the confidentiality of the investigation" by telling journalists that the indictment described no acts of violence;</li>
<li>"unethical conduct towards the court", after she objected repeatedly when the judge refused to call defence witnesses.</li>
</ul>
<p>Kostan was given eight minutes to respond to the committee. She told it that every statement she had made concerned information that was already public or that the law required her to put before the court.</p>
<blockquote><p>A lawyer who stays silent when the trial is closed and the witnesses are refused is not protecting the court. She is abandoning her client. If that is unethical, then I do not know what the word means.</p><p><strong>Mirela Kostan, after the committee's decision</strong></p></blockquote>
<h2>A pattern</h2>
<p>Kostan is at least the fourth lawyer in Kardania to lose their licence in the past two years after taking on cases involving trade unionists, journalists or opposition activists. Lawyers who remain in practice say it has become extremely difficult for defendants in political cases to find representation.</p>
<p>Teodor Valk will now need a new lawyer for his supervisory review and for any further proceedings. Campaign sources say at least two lawyers have already declined the case.</p>
<h2>Reactions</h2>
<p>Bar associations in several countries have written to the Seltz Bar Association calling on it to reverse the decision. An international lawyers' network has announced that it will present Kostan with its annual award for courage in the defence of human rights.</p>
<p>Kostan says she will appeal to the courts, and in the meantime will continue to advise the families informally.</p>
<p>We have published a <a href="/posts/protest-letter-reinstate-mirela-kostan">model protest letter</a> calling for her reinstatement.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2025-02-25T13:20:00Z',
    source: { name: 'Bar Watch International', url: 'https://example.org/barwatch/kardania/kostan-disbarment' },
  },
  {
    slug: 'protest-letter-reinstate-mirela-kostan',
    title: 'Protest letter: reinstate lawyer Mirela Kostan',
    excerpt:
      'Mirela Kostan lost her licence for defending Teodor Valk. Lawyers, union members and anyone who believes in a fair trial can help by sending this letter.',
    bodyHtml: `<p>Last month, defence lawyer Mirela Kostan was disbarred by the Seltz Bar Association for doing her job: defending the imprisoned trade union leader Teodor Valk and speaking publicly about his unfair trial. You can read our <a href="/posts/lawyer-mirela-kostan-disbarred">report on the decision</a>.</p>
<p>Without lawyers like Mirela, no one accused of a political offence in Kardania can hope for a proper defence. We are asking lawyers, law students, trade unionists and supporters to send a letter of protest.</p>
<h2>Who to write to</h2>
<ul>
<li>The Ambassador, Embassy of the Republic of Kardania, 12 Example Street, London.</li>
<li>The President of the Seltz Bar Association, by email via <a href="https://example.org/seltz-bar/contact">its contact page</a>.</li>
<li>If you are a lawyer, your own bar association or law society, asking it to raise the case with its counterpart in Seltz.</li>
</ul>
<h2>Model letter</h2>
<blockquote><p>Dear Sir or Madam,</p><p>I am writing to protest against the decision to revoke the licence of Mirela Kostan, a member of the Seltz Bar Association.</p><p>Ms Kostan was disciplined for statements made in the course of defending her client, Teodor Valk, in a trial that was closed to the public and in which no defence witness was heard. Lawyers must be able to carry out their professional duties without intimidation or improper interference, and must not be identified with their clients or their clients' causes.</p><p>I urge you to:</p><ul><li>reverse the decision and restore Ms Kostan's licence without delay;</li><li>ensure that no lawyer faces disciplinary action for the legitimate defence of a client;</li><li>guarantee that Teodor Valk and other defendants can freely choose a lawyer.</li></ul><p>Yours faithfully,</p></blockquote>
<h2>Step by step</h2>
<ol>
<li>Copy the model letter and add a sentence or two of your own: who you are and why this matters to you.</li>
<li>Send it by post or email to the addresses above.</li>
<li>Forward a copy to <a href="mailto:campaign@example.org">campaign@example.org</a>. We are keeping count and will present the total to the embassy.</li>
<li>If you receive a reply, please send it to us as well.</li>
</ol>
<blockquote><p>The letters from lawyers abroad are the only thing that protects those of us who are still practising. They know someone is watching what happens to us.</p><p><strong>A lawyer in Seltz, who asked not to be named</strong></p></blockquote>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2025-03-10T10:00:00Z',
    image: {
      file: 'letter-envelope.svg',
      alt: 'Illustration of a red envelope with a letter half pulled out and a dashed arrow pointing away.',
      caption: 'Letters can be sent to the embassy and to the Seltz Bar Association.',
      credit: CREDIT,
    },
  },
  {
    slug: 'ivo-santaru-released',
    title: 'Ivo Santaru released after serving his sentence',
    excerpt:
      'Ivo Santaru, the youngest of the Seltz Three, walked out of prison this morning after almost four years behind bars. He was met at the gate by his family and former colleagues.',
    bodyHtml: `<p>Ivo Santaru, former legal officer of the KCFTU, was released this morning from the penal colony at Kelvar Ridge after serving his five-year sentence, reduced by credit for time spent in pre-trial detention. He was met at the gate by his wife, his two sons and a small group of former colleagues, who had travelled overnight from Seltz.</p>
<p>Photographs shared with the campaign show him thin and grey-haired, but smiling, and holding his younger son on his shoulders.</p>
<h2>Conditions of release</h2>
<p>Santaru's freedom is far from complete. Under the terms of his sentence, he:</p>
<ul>
<li>may not hold any position in a trade union or public association for five years;</li>
<li>is subject to "administrative supervision", which requires him to report to the police twice a month and to stay at home between 10 p.m. and 6 a.m.;</li>
<li>may not leave the Seltz region without permission;</li>
<li>remains on an official list of "persons inclined to extremism", which makes it very difficult to open a bank account or find formal employment.</li>
</ul>
<blockquote><p>I want to thank everyone who wrote, who stood outside the embassy, who sent parcels. I did not get every letter, but I knew they were coming. That is a strange kind of company, but it is real. Now I want to sleep for a week, and then I want to talk about Teodor and Nadira, who are still inside.</p><p><strong>Ivo Santaru, in a short message after his release</strong></p></blockquote>
<h2>Teodor and Nadira remain in prison</h2>
<p>Santaru's release is a moment of joy, but it is also a reminder. Teodor Valk is still serving his sentence in Penal Colony No. 4 at Brask, with more than four years left. Nadira Ilves remains at Tarvel.</p>
<p>Both have been repeatedly punished for alleged breaches of prison rules. Under Kardanian law, such penalties can be used to deny parole and even to bring new criminal charges for "malicious disobedience". We fear that the authorities may try to extend their sentences.</p>
<h2>What comes next</h2>
<p>We will continue to support Ivo and his family as he rebuilds his life under supervision. The Families and Legal Fund will provide a monthly grant until he is able to find work.</p>
<p>And we will not stop until Teodor and Nadira are free too. Please keep writing to them, and keep writing to the embassy.</p>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2025-06-02T08:10:00Z',
  },
  {
    slug: 'interview-ivo-santaru',
    title: 'Interview: Ivo Santaru on prison, the union and what comes next',
    excerpt:
      'Six weeks after his release, the former KCFTU legal officer talks about life in a penal colony, the letters that kept him going, and why he still believes in organising.',
    bodyHtml: `<p>Ivo Santaru was released in June after almost four years in detention. Because of the conditions of his supervision, he cannot travel abroad or take part in public events. He spoke to a journalist from a transport workers' magazine by video call. The interview has been edited for length.</p>
<h2>What was the hardest part?</h2>
<p>Not the work, and not the cold. The hardest part was not knowing. Not knowing whether my wife had enough money that month, whether the boys were being bullied at school because of me. In prison you cannot do anything for the people you love. You just wait for the next letter.</p>
<h2>Did letters from abroad reach you?</h2>
<p>Some. The censor kept many. But sometimes a whole bundle arrived at once, with a note from the campaign, and I would read them all in one night. A retired train driver in Scotland wrote to me every month for three years. He told me about his garden, his grandchildren, his bad knee. I know more about his tomatoes than my own. When I get a passport again, I want to visit him.</p>
<blockquote><p>People think solidarity is a big word for big occasions. In prison, solidarity is a man in another country telling you his tomatoes failed this year. It means you still belong to the world.</p></blockquote>
<h2>How did the other prisoners treat you?</h2>
<p>At first with suspicion, because the administration told them I was an "extremist". After a few months, they started to come to me with questions: about their sentences, their appeals, their rights to parcels. I was a union legal officer for ten years. I could not stop being one just because I was in a colony. I helped write maybe two hundred complaints.</p>
<h2>Do you regret the strike at Korvask?</h2>
<p>No. The workers were owed money and the law was on their side. We told them what the law said, and they decided for themselves. If that is a crime, the law is upside down.</p>
<h2>What is the situation for workers in Kardania now?</h2>
<p>Worse than before the union was closed. Wage arrears are back. Safety is worse. But people have not forgotten how to organise. Look at the strikes in the south last autumn. Nobody told those women what to do. They did it themselves.</p>
<h2>What do you ask of people abroad?</h2>
<ul>
<li>Keep Teodor's and Nadira's names in the news. The worst thing is silence.</li>
<li>Keep supporting the families. Prices have doubled.</li>
<li>Keep asking your governments to raise the case. Diplomats hate being asked the same question every time.</li>
</ul>
<p>And tell the man in Scotland I am sorry about his tomatoes.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2025-07-15T11:00:00Z',
    source: { name: "Railworkers' International Journal", url: 'https://example.org/rij/2025/santaru-interview' },
  },
  {
    slug: 'new-charges-against-teodor-valk',
    title: 'New charges against Teodor Valk: act now to stop a longer sentence',
    excerpt:
      'Prosecutors have charged the imprisoned KCFTU president with ‘malicious disobedience’ of the prison administration, which could add up to three years to his sentence.',
    bodyHtml: `<p>Our fears have been confirmed. Prosecutors in the Brask region have charged Teodor Valk with "malicious disobedience of the lawful demands of the prison administration" under Article 321 of the Criminal Code. If convicted, he faces up to three more years in prison.</p>
<p>Teodor was due to become eligible for parole next year. A new conviction would make that impossible and could keep him in prison until 2032.</p>
<h2>What he is accused of</h2>
<p>The charge is based on fourteen disciplinary reports written by colony officers over the past two years. They include:</p>
<ul>
<li>"failing to greet an officer in the prescribed manner";</li>
<li>"leaving the top button of his uniform undone";</li>
<li>"lying on his bunk outside the permitted hours", at a time when he could barely walk because of an untreated back injury;</li>
<li>"refusing to sign a document", a confession that he had violated the rules.</li>
</ul>
<p>Each report led to days in a punishment cell. Now, together, they have been used to open a new criminal case.</p>
<blockquote><p>This is how they keep people in prison without ever having to explain why. Fourteen pieces of paper about buttons and greetings. Teodor has done nothing except refuse to beg.</p><p><strong>Hanna Valk</strong></p></blockquote>
<h2>What we demand</h2>
<ul>
<li>Drop the new charges against Teodor Valk.</li>
<li>End the use of disciplinary penalties to punish him for his trade union activity.</li>
<li>Give him access to a lawyer of his choice and to independent medical care.</li>
<li>Release him, and Nadira Ilves, now.</li>
</ul>
<h2>Act now: five things you can do this week</h2>
<ol>
<li><strong>Write to the embassy.</strong> Embassy of the Republic of Kardania, 12 Example Street, London. Our earlier <a href="/posts/write-to-the-embassy-free-teodor-valk">model letter</a> can be adapted: ask that the new charges are dropped.</li>
<li><strong>Ask your MP</strong> to write to the Foreign Office and request that diplomats attend the new trial.</li>
<li><strong>Pass a union motion</strong> and send it to us at <a href="mailto:campaign@example.org">campaign@example.org</a>. We will translate it and deliver it to the prosecutor's office.</li>
<li><strong>Donate</strong> to the <a href="/posts/launching-the-families-and-legal-fund">Families and Legal Fund</a>. Finding and paying a new lawyer for Teodor will be expensive.</li>
<li><strong>Send Teodor a card.</strong> It matters to him, and it shows the prison that people are watching.</li>
</ol>
<p>The first hearing is expected in December. We will announce a day of action as soon as the date is known.</p>`,
    categories: ['articles', 'appeals'],
    author: 'maria-keller',
    publishedAt: '2025-10-09T15:00:00Z',
    image: {
      file: 'raised-fist-banner.svg',
      alt: 'Illustration of a raised dark fist under a red banner stretched between two poles.',
      caption: 'The new charges could keep Teodor Valk in prison until 2032.',
      credit: CREDIT,
    },
  },
  // ---------------------------------------------------------------- 2026
  {
    slug: 'valk-second-trial-verdict',
    title: "Valk's second trial: three more years for ‘disobedience’",
    excerpt:
      'A court in Brask has added three years to the sentence of Teodor Valk after a one-day trial held inside the penal colony. He now faces release no earlier than 2032.',
    bodyHtml: `<p>A district court sitting inside Penal Colony No. 4 at Brask has found Teodor Valk guilty of "malicious disobedience of the prison administration" and added three years to his sentence. With the remainder of his original eight-year term, he is now not due for release until March 2032.</p>
<p>The trial lasted a single day. It was held in a room in the colony's administrative building, which the court declared a "temporary courtroom". Two diplomats who had travelled from Seltz were told there was "no space" for observers.</p>
<h2>The hearing</h2>
<p>Valk was represented by a lawyer who took the case only four weeks earlier, after at least five others declined it. The lawyer asked for the trial to be postponed so that she could study the file. The request was refused.</p>
<p>The prosecution relied on the fourteen disciplinary reports that had already led to punishment-cell sentences. Three colony officers testified. No medical evidence was considered about Valk's back injury, which the defence argued explained several of the alleged violations.</p>
<figure><img src="/demo/courthouse.svg" alt="Illustration of a classical courthouse with columns under a red pediment."><figcaption>This time there was no courthouse: the trial was held inside the penal colony itself.</figcaption></figure>
<h2>Valk's final statement</h2>
<blockquote><p>I have been punished for not fastening a button, then punished again for the same button in this room. Perhaps next year they will try me a third time for it. I will not beg, and I will not sign a lie. Tell the workers at Korvask that I am well and that I have not changed my mind.</p><p><strong>Teodor Valk, as recorded by his lawyer</strong></p></blockquote>
<h2>What it means</h2>
<ul>
<li>Valk loses his eligibility for parole under the original sentence.</li>
<li>He may be transferred to a stricter regime colony.</li>
<li>The verdict sets a pattern that may now be used against Nadira Ilves, who has also received numerous disciplinary penalties.</li>
</ul>
<p>The defence will appeal. In the meantime, international pressure is more important than ever. Please read our <a href="/posts/new-charges-against-teodor-valk">latest call to action</a> and, if you have not yet done so, write to the embassy.</p>`,
    categories: ['articles'],
    author: 'tomas-varga',
    publishedAt: '2026-01-20T12:00:00Z',
    source: { name: 'Labour Rights Monitor', url: 'https://example.org/lrm/2026/valk-second-trial' },
  },
  {
    slug: 'five-years-since-the-arrests-timeline',
    title: 'Five years since the arrests: a timeline',
    excerpt: 'From a wage dispute at a rail depot to a union banned and its leaders imprisoned: the story of the KCFTU case in eighteen dates.',
    bodyHtml: `<p>On 9 March 2021, security officers took Teodor Valk from his home in the middle of the night. Five years on, he is still in prison, his union no longer legally exists, and the lawyer who defended him has lost her licence. This timeline brings together the main events of the case for new supporters and for anyone who needs a reminder of how we got here.</p>
<figure><img src="/demo/map-abstract.svg" alt="Abstract map of a country with dashed borders and red dots marking towns."><figcaption>From Korvask to Seltz to Brask: the case has moved across the whole country.</figcaption></figure>
<h2>2021</h2>
<ul>
<li><strong>18 January:</strong> workers at the Korvask locomotive depot strike over four months of unpaid wages. The KCFTU supports them.</li>
<li><strong>9 March:</strong> KCFTU president Teodor Valk is detained in a night raid. The union's office is searched.</li>
<li><strong>August:</strong> deputy president Nadira Ilves and legal officer Ivo Santaru are arrested.</li>
<li><strong>October:</strong> all three are charged with "organising mass disorder".</li>
</ul>
<h2>2022</h2>
<ul>
<li><strong>4 April:</strong> the trial of the Seltz Three opens behind closed doors.</li>
<li><strong>12 September:</strong> Valk is sentenced to eight years, Ilves to six and Santaru to five.</li>
</ul>
<h2>2023</h2>
<ul>
<li><strong>20 February:</strong> the Supreme Court rejects their appeals.</li>
<li><strong>May:</strong> a court orders the dissolution of the KCFTU.</li>
<li><strong>September:</strong> Valk is transferred to Penal Colony No. 4 at Brask, 900 km from Seltz.</li>
<li><strong>November:</strong> Valk is placed in a punishment cell and denied treatment for a back injury.</li>
</ul>
<h2>2024</h2>
<ul>
<li><strong>January:</strong> an international trade union delegation visits Seltz. Its request to visit the prisoners is refused.</li>
<li><strong>April to May:</strong> Nadira Ilves holds a hunger strike in protest at the denial of medical care. It ends when she is seen by a specialist.</li>
<li><strong>October:</strong> seasonal pickers in the Tavren Valley organise the largest strike since the KCFTU was banned.</li>
</ul>
<h2>2025</h2>
<ul>
<li><strong>February:</strong> defence lawyer Mirela Kostan is disbarred.</li>
<li><strong>June:</strong> Ivo Santaru is released after serving his sentence, under strict supervision.</li>
<li><strong>October:</strong> Valk is charged with "malicious disobedience" of the prison administration.</li>
</ul>
<h2>2026</h2>
<ul>
<li><strong>January:</strong> three years are added to Valk's sentence after a one-day trial inside the colony.</li>
<li><strong>9 March:</strong> five years since the first arrest.</li>
</ul>
<h2>What has not changed</h2>
<blockquote><p>Five years ago we thought this would be a campaign of months. We were wrong about that. But we were right about one thing: as long as people keep writing, the authorities cannot pretend that nobody cares.</p><p><strong>Maria Keller, campaign coordinator</strong></p></blockquote>
<p>If you are new to the campaign, the best place to start is to <a href="/posts/send-a-card-to-the-seltz-three">send a card</a> to Teodor or Nadira, and to <a href="/posts/become-a-sponsor-of-the-campaign">add your name</a> as a supporter.</p>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2026-03-09T08:00:00Z',
  },
  {
    slug: 'may-day-2026-day-of-action',
    title: 'May Day 2026: make Teodor and Nadira part of your march',
    excerpt:
      'This May Day, we are asking every union branch that marches to carry the names of Teodor Valk and Nadira Ilves. Here is everything you need to take part.',
    bodyHtml: `<p>May Day is the one day of the year when working people everywhere march under the same banner. This year, we are asking unions, branches and trades councils to carry two more names with them: <strong>Teodor Valk</strong> and <strong>Nadira Ilves</strong>, still in prison in Kardania for defending workers' rights.</p>
<figure><img src="/demo/crowd-placards.svg" alt="Illustration of a crowd holding red, teal and dark placards above their heads."><figcaption>Placards and banners are available free of charge to union branches.</figcaption></figure>
<h2>Ways to take part</h2>
<ol>
<li><strong>Carry a placard.</strong> We will post free placards to any branch that asks, with the two names and the words "Free Kardania's trade unionists". Order by 20 April from <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
<li><strong>Read a statement from the platform.</strong> We have prepared a 90-second text about the case that can be read at any May Day rally.</li>
<li><strong>Take a group photo</strong> with the placards and send it to us. Photos are put together into a collage for the families and, where possible, for the prisoners themselves.</li>
<li><strong>Hold a collection</strong> for the <a href="/posts/launching-the-families-and-legal-fund">Families and Legal Fund</a>. Collection buckets and stickers are available on request.</li>
<li><strong>Sign up</strong> as a <a href="/posts/become-a-sponsor-of-the-campaign">sponsor of the campaign</a> if your branch has not already done so.</li>
</ol>
<h2>Statement for May Day platforms</h2>
<blockquote><p>Today, as we march for the right to organise, two trade unionists are in prison in Kardania for doing exactly that. Teodor Valk, president of the banned Kardanian Confederation of Free Trade Unions, has been in prison since 2021, and three years have just been added to his sentence. Nadira Ilves, who organised thousands of women textile workers, is serving six years. Their crime was to support a strike by rail workers who had not been paid. From this platform, we send them our solidarity, and we say to the government of Kardania: release them now.</p></blockquote>
<h2>Last year's May Day</h2>
<p>In 2025, placards with the names of the Seltz Three were carried in 47 towns and cities. Ivo Santaru, who was released in June, told us he saw the photos on a smuggled phone in the colony a few weeks before his release.</p>
<blockquote><p>I saw my own name on a placard in a city I have never visited, carried by people I will never meet. I cannot describe that feeling. Do it again this year for Teodor and Nadira.</p><p><strong>Ivo Santaru</strong></p></blockquote>
<p>Thank you, and happy May Day.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2026-04-14T09:00:00Z',
  },
  {
    slug: 'parliamentarians-call-for-release',
    title: 'More than 120 parliamentarians call for the release of Valk and Ilves',
    excerpt:
      'Members of parliament from nine countries have signed a joint letter to the President of Kardania. Find out whether your representative has signed, and ask them to if not.',
    bodyHtml: `<p>A cross-party group of 124 members of parliament from nine countries has signed a joint letter to the President of Kardania calling for the immediate release of the imprisoned trade union leaders Teodor Valk and Nadira Ilves. The letter was delivered to the embassy in London this week and sent to the presidential administration in Seltz.</p>
<h2>What the letter says</h2>
<p>The signatories note that both prisoners were convicted for their role in a peaceful strike, and express particular concern at the three years recently added to Valk's sentence. They ask the President to:</p>
<ul>
<li>grant clemency to Teodor Valk and Nadira Ilves without requiring any admission of guilt;</li>
<li>ensure both receive proper medical care while they remain in custody;</li>
<li>allow the registration of independent trade unions;</li>
<li>invite international labour experts to examine the state of freedom of association in the country.</li>
</ul>
<blockquote><p>The right to join a union and to strike is not a concession that governments grant when it suits them. It is a fundamental right. We will continue to raise these cases until both prisoners are home with their families.</p><p><strong>One of the organisers of the letter, a member of a labour committee in a national parliament</strong></p></blockquote>
<h2>Has your representative signed?</h2>
<p>The full list of signatories is available at <a href="https://example.org/parliamentary-letter-2026">example.org/parliamentary-letter-2026</a>. If your representative is not on it, there is still time: the letter remains open for signatures until the end of October, and an updated version will be delivered then.</p>
<h2>Ask them to sign</h2>
<ol>
<li>Find your representative's contact details on your parliament's website.</li>
<li>Send a short, personal email. Say that you are a constituent, that you support the campaign, and ask them to add their name.</li>
<li>Include the link to the letter and our contact address, <a href="mailto:campaign@example.org">campaign@example.org</a>, so their office can confirm their signature with us.</li>
<li>If they sign, thank them. If they reply with questions, forward them to us and we will provide a briefing.</li>
</ol>
<p>Union branches can make a bigger impact by writing jointly, or by inviting the representative to a branch meeting to hear about the case.</p>
<p>Thank you to everyone who has already contacted their representative. Many signatories told us they first heard about the case from a constituent.</p>`,
    categories: ['articles', 'appeals'],
    author: 'tomas-varga',
    publishedAt: '2026-08-27T10:30:00Z',
  },
  {
    slug: 'winter-appeal-2026',
    title: 'Winter appeal 2026: keep the families warm',
    excerpt:
      'As a sixth winter approaches, the families of Kardania’s imprisoned trade unionists need our help more than ever. Donate to the winter appeal today.',
    bodyHtml: `<p>This will be the sixth winter that Teodor Valk spends in prison, and the fifth for Nadira Ilves. It will be the sixth winter that Hanna Valk makes the long journey north to Brask with a bag of warm clothes, not knowing whether she will be allowed in.</p>
<p>Our winter appeal raises money for heating, warm clothing, prison parcels and travel for the families of imprisoned and persecuted trade unionists in Kardania. This year, we need to raise more than ever.</p>
<h2>Why this winter is harder</h2>
<ul>
<li>Energy prices in Kardania have risen again, and heating a flat in Seltz now costs almost a third of an average wage.</li>
<li>Teodor's extended sentence means his family faces years more of travel costs.</li>
<li>Three more families have joined those we support, after workers were dismissed for trying to form workplace committees.</li>
<li>Ivo Santaru, still under supervision, has not been allowed to take formal employment.</li>
</ul>
<h2>How to give</h2>
<ol>
<li>Donate on our <a href="/donate">donate page</a>, with the reference "Winter appeal 2026".</li>
<li>Set up a monthly gift, so that support continues after the winter.</li>
<li>Ask your union branch to make a donation at its next meeting. We can send a model motion.</li>
<li>Organise a winter solidarity event: a supper, a concert, a reading. Email <a href="mailto:campaign@example.org">campaign@example.org</a> for posters.</li>
</ol>
<blockquote><p>Every winter I tell myself this will be the last one. Every winter, your parcels and your messages arrive, and I realise we are still not alone. That is what keeps me making the journey.</p><p><strong>Hanna Valk</strong></p></blockquote>
<h2>Every gift counts</h2>
<p>A small donation buys tea and vitamins for a prison parcel. A larger one pays for a train ticket to Brask. Whatever you can give, it will reach a family that needs it. The campaign is run by volunteers, and every penny donated to the winter appeal goes to the Families and Legal Fund.</p>
<p>Thank you for standing with the families for another year.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2026-11-12T09:00:00Z',
  },

  // ------------------------------------------------- not publicly visible
  {
    slug: 'annual-report-2026-draft',
    title: 'Annual report 2026 (draft, not for publication)',
    excerpt: 'Working draft of the campaign’s annual report. Figures are provisional and must be checked by the trustees before this is published.',
    bodyHtml: `<p><strong>Draft.</strong> Figures below are provisional. Do not publish before the trustees have approved the accounts.</p>
<h2>Summary of the year</h2>
<p>2026 began with the news that Teodor Valk's sentence had been extended by three years after a one-day trial inside Penal Colony No. 4. It was a hard start to the year. Yet the response showed how far the campaign has grown since 2021.</p>
<ul>
<li>Placards at May Day marches in more than 50 towns and cities (number to be confirmed).</li>
<li>124 parliamentarians signed the joint letter to the President; updated total after the October deadline still to be added.</li>
<li>New sponsors: around 80 union branches and organisations (check against the sponsors list).</li>
<li>Letters to the embassy: count to be provided by the appeals team.</li>
</ul>
<h2>The Families and Legal Fund</h2>
<p>Income and spending figures to follow once the accounts are closed. Remember to remove any detail that could identify recipients in Kardania.</p>
<h2>Priorities for 2027</h2>
<ol>
<li>Appeal against the second verdict in Valk's case.</li>
<li>Continued support for Nadira Ilves, including a renewed push for medical care.</li>
<li>Expansion of support to dismissed members of workplace committees.</li>
<li>A second delegation to Seltz, if it can be organised safely.</li>
</ol>
<blockquote><p>Quote from the coordinator to be added.</p></blockquote>`,
    categories: ['articles'],
    author: 'maria-keller',
    publishedAt: '2026-10-30T16:00:00Z',
    status: 'draft',
  },
  {
    slug: 'six-years-since-the-arrests-save-the-date',
    title: 'Six years since the arrests: save the date for 9 March',
    excerpt:
      'On 9 March 2027 it will be six years since Teodor Valk was taken from his home in Seltz. Join the day of action: vigils, letters and a protest at the embassy.',
    bodyHtml: `<p>On 9 March 2027 it will be six years since Teodor Valk, president of the banned Kardanian Confederation of Free Trade Unions, was taken from his home in the middle of the night. He is still in prison. So is Nadira Ilves.</p>
<p>We are calling for a day of action on the anniversary. Please save the date and start planning now.</p>
<h2>What is planned</h2>
<ul>
<li>A protest outside the Embassy of the Republic of Kardania, 12 Example Street, London, at 6 p.m.</li>
<li>Vigils in other cities, organised by local supporters and union branches.</li>
<li>A day of letter-writing to the embassy and to the prisoners.</li>
</ul>
<h2>How to get involved</h2>
<ol>
<li>Tell us you plan to take part by writing to <a href="mailto:campaign@example.org">campaign@example.org</a>.</li>
<li>Book a room for a letter-writing evening with your branch or community group.</li>
<li>Order placards and candles from the campaign by 20 February.</li>
</ol>
<p>Six years is far too long. Let's make sure the authorities in Seltz hear from us on the day.</p>`,
    categories: ['appeals'],
    author: 'amina-hassan',
    publishedAt: '2027-02-23T09:00:00Z',
    status: 'scheduled',
  },
]
