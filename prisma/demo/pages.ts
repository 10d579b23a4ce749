// Standalone demo pages, shown in the site's menu in this order.
export const demoPages = [
  {
    slug: 'about',
    title: 'About the campaign',
    bodyHtml:
      '<p>We are trade unionists, lawyers and friends of the families who campaign for the release of Kardania’s jailed union leaders and for the right of Kardanian workers to organise.</p>' +
      '<p>The campaign was founded in 2021, days after the arrests in Seltz. It has no paid staff; everything you see here is done by volunteers in a dozen countries.</p>' +
      '<h2>How we work</h2><ul><li>We publish news from the trials and the prisons, checked with the families and the lawyers.</li><li>We organise petitions, letters and days of action.</li><li>We raise money for the families and for the legal defence.</li></ul>',
  },
  {
    slug: 'aims',
    title: 'Aims',
    bodyHtml:
      '<p>The campaign calls for:</p><ol><li>The immediate release of Teodor Valk, Nadira Ilves and every worker jailed for union activity.</li><li>The restoration of the Confederation of Free Trade Unions of Kardania (KCFTU).</li><li>An end to the harassment of lawyers who defend union members.</li></ol>' +
      '<p><a href="/supporters/join">Add your name as a sponsor or supporter</a>, send a protest letter to an embassy, or sign the petition.</p><p>[petition free-the-seltz-three]</p>',
  },
]
