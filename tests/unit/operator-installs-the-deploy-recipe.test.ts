import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SESSION_COOKIE_BASE, sessionCookieName } from '@/lib/auth/session-cookie'
import { contentSecurityPolicy } from '@/lib/http/csp/policy'
import { BYPASS_REQUEST_HEADERS } from '@/lib/http/page-cache'
import { securityHeadersFor } from '@/lib/http/security-headers'
import { pageFileLocation, RECIPE_FILE, renderLocalServer, renderLocalSite } from '../../scripts/lib/nginx-config'

// The deploy recipe (deploy/) as an operator installs it. nginx itself is not needed here (CI
// has none): these read the files' text. `npm run cluster:demo` and the cluster benchmarks run
// the rendered configuration through `nginx -t` and real traffic.

const recipe = readFileSync(RECIPE_FILE, 'utf8')
const directives = (name: string) => [...recipe.matchAll(new RegExp(`^\\s*${name}\\s+([^;]*);`, 'gm'))].map((m) => m[1]!)

/** The regex patterns of one of the recipe's `map` blocks, as JavaScript regexes. */
function mapPatterns(variable: string): RegExp[] {
  const block = new RegExp(`map \\$\\S+ \\$${variable} \\{([^}]*)\\}`).exec(recipe)?.[1]
  if (!block) throw new Error(`no map for $${variable}`)
  return [...block.matchAll(/^\s*~(\*?)(\S+)\s+1;/gm)].map((m) => new RegExp(m[2]!, m[1] ? 'i' : ''))
}
const matches = (variable: string, value: string) => mapPatterns(variable).some((pattern) => pattern.test(value))

const site = {
  instances: [3301, 3302],
  httpPort: 8081,
  httpsPort: 8082,
  redirectPort: 8083,
  certificate: '/tmp/x/cert.pem',
  certificateKey: '/tmp/x/key.pem',
  dir: '/tmp/x',
  brotli: true,
}

describe('the nginx site', () => {
  it('balances two instances and leaves out one that keeps failing', () => {
    const upstream = /upstream placard \{([^}]*)\}/.exec(recipe)![1]!
    expect(upstream.match(/server 127\.0\.0\.1:300[12] max_fails=3 fail_timeout=10s;/g)).toHaveLength(2)
    // A signature is never sent twice: only GETs go on to the other instance.
    expect(directives('proxy_next_upstream')).toEqual(['error timeout http_502 http_503'])
  })

  it('keeps public pages for one second, served stale while one request refreshes them', () => {
    expect(directives('proxy_cache_valid')).toContain('200 1s')
    expect(directives('proxy_cache_use_stale')[0]).toMatch(/^updating /)
    expect(directives('proxy_cache_background_update')).toEqual(['on'])
    expect(directives('proxy_cache_lock')).toEqual(['on'])
  })

  it('lets the instances say how long a page is kept (X-Accel-Expires), which they do behind it', () => {
    // Ignoring X-Accel-Expires would bring back nginx's 1–2 s whole-second lifetime.
    for (const ignored of directives('proxy_ignore_headers')) expect(ignored).not.toContain('X-Accel-Expires')
    expect(readFileSync('deploy/systemd/placard-web@.service', 'utf8')).toContain('Environment=PROXY_CACHE=nginx')
  })

  it('never serves nor stores the admin area, the API, count.json, writes or signed-in visitors', () => {
    for (const path of ['/admin', '/admin/posts/1', '/api/petitions/x/signatures', '/api/ready', '/petitions/x/count.json'])
      expect(matches('placard_private_path', path), path).toBe(true)
    for (const path of ['/', '/posts/a-post', '/category/articles', '/petitions/x', '/administration-of-justice'])
      expect(matches('placard_private_path', path), path).toBe(false)
    // next-auth's cookie on HTTP and HTTPS, whole or in chunks; other cookies are no session.
    for (const cookie of [`${sessionCookieName('http://a.org')}=x`, `a=b; ${sessionCookieName('https://a.org')}=x`, `${SESSION_COOKIE_BASE}.0=x`])
      expect(matches('placard_session', cookie), cookie).toBe(true)
    expect(matches('placard_session', 'placard-flash=x; next-auth.csrf-token=y')).toBe(false)
    expect(/map \$request_method \$placard_write \{\s*GET 0;\s*HEAD 0;\s*default 1;/.test(recipe)).toBe(true)
    for (const list of [directives('proxy_cache_bypass')[0]!, directives('proxy_no_cache')[0]!])
      for (const variable of ['$placard_write', '$placard_private_path', '$placard_session', '$http_rsc', '$http_next_action']) expect(list).toContain(variable)
  })

  it('stores only what Placard marked for shared caches, and nothing that sets a cookie', () => {
    expect(directives('proxy_no_cache')[0]).toContain('$placard_not_shared')
    expect(directives('proxy_no_cache')[0]).toContain('$upstream_http_set_cookie')
    expect(/map \$upstream_http_cache_control \$placard_not_shared \{\s*~s-maxage 0;\s*default 1;/.test(recipe)).toBe(true)
    // Pages: nginx's own refusal to store Set-Cookie answers stays in force.
    expect(directives('proxy_ignore_headers')[0]).toBe('Cache-Control Expires')
  })

  it('sends a page the instances wrote as a file for this second, with the headers Placard gives every page', () => {
    // The HTTPS server's (the port-80 one only redirects).
    const block = pageFileLocation(recipe)
    expect(block).toContain('try_files $uri.html @placard;')
    expect(block).toContain('gzip_static on;')
    const sent = Object.fromEntries(
      [...block.matchAll(/add_header (\S+) ("[^"]*"|\S+) always;/g)].map((m) => [m[1]!.toLowerCase(), m[2]!.replace(/^"|"$/g, '')]),
    )
    const every = securityHeadersFor('https://campaign.example.org')
    // Reporting-Endpoints names where `report-to` sends reports; a policy in a <meta> tag reports nowhere.
    for (const [name, value] of Object.entries(every).filter(([name]) => name !== 'Reporting-Endpoints')) expect(sent[name.toLowerCase()], name).toBe(value)
    // The rest of the page's policy travels inside the file (lib/http/page-files.ts).
    expect(sent['content-security-policy']).toBe(/frame-ancestors [^;]+/.exec(contentSecurityPolicy())![0])
    expect(sent['x-frame-options']).toBe('SAMEORIGIN')
    // The folder of the current second, where the instances write (the unit's PAGE_FILES_DIR).
    const folder = /^\s*GET00 (\S+)\/\$placard_second;/m.exec(recipe)![1]!
    expect(readFileSync('deploy/systemd/placard-web@.service', 'utf8')).toContain(`Environment=PAGE_FILES_DIR=${folder}`)
    expect(recipe).toContain('map $msec $placard_second {\n    ~^(?<seconds>\\d+)\\. $seconds;\n}')
  })

  it('sends a file only for a GET or HEAD outside the admin area and the API, without a query, a session cookie or the framework’s own headers', () => {
    const map = /map "([^"]+)" \$placard_page_files \{([^}]*)\}/.exec(recipe)!
    expect(map[1]!.startsWith('$request_method$placard_private_path$is_args$placard_session')).toBe(true)
    // Every request header for which the instances' micro-cache answers afresh, but its own.
    for (const header of BYPASS_REQUEST_HEADERS.filter((h) => h !== 'x-placard-fill')) expect(map[1]).toContain(`$http_${header.replaceAll('-', '_')}`)
    // Only the method, then nothing else (no private path, no "?", no session, no header) reaches the folder.
    expect(
      map[2]!
        .trim()
        .split('\n')
        .map((line) => line.trim().split(' ')[0]),
    ).toEqual(['GET00', 'HEAD00', 'default'])
    expect(map[2]).toContain('default /nonexistent;')
  })

  it('appends the client address for TRUST_PROXY=1 and drops the internal client-ip header', () => {
    expect(directives('proxy_set_header')).toEqual(
      expect.arrayContaining(['X-Forwarded-For $proxy_add_x_forwarded_for', 'X-Forwarded-Proto $scheme', 'Host $host', 'X-Placard-Client-Ip ""']),
    )
  })

  it('compresses static files and lets browsers keep built files for a year', () => {
    expect(directives('gzip')).toEqual(['on'])
    expect(directives('brotli')).toEqual(['on'])
    const staticBlock = /location \/_next\/static\/ \{([^}]*)\}/.exec(recipe)![1]!
    expect(staticBlock).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;')
  })

  it('serves HTTPS with a certificate and sends plain HTTP there, except ACME challenges', () => {
    expect(directives('listen')).toEqual(expect.arrayContaining(['80', '443 ssl http2']))
    expect(directives('ssl_certificate')[0]).toMatch(/^\/etc\/letsencrypt\/live\//)
    expect(recipe).toMatch(/location \/\.well-known\/acme-challenge\/ \{\s*root \/var\/www\/letsencrypt;/)
    expect(recipe).toContain('return 301 https://$host$request_uri;')
  })
})

describe('the local rendering (cluster:demo, the benchmarks)', () => {
  it('swaps ports, names, certificate and cache folder and keeps every other line', () => {
    const rendered = renderLocalSite(site, recipe)
    expect(rendered).not.toMatch(/campaign\.example\.org|\/etc\/letsencrypt|\/var\/cache\/nginx|:300[12] /)
    expect(rendered).toContain('server 127.0.0.1:3301 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:3302 max_fails=3')
    expect(rendered).toContain('listen 127.0.0.1:8082 ssl http2;\n    listen 127.0.0.1:8081;')
    expect(rendered).toContain('ssl_certificate /tmp/x/cert.pem;')
    expect(rendered).toContain('proxy_cache_path /tmp/x/cache levels=1:2')
    expect(rendered).toContain('GET00 /tmp/x/pages/$placard_second;')
    const kept = (text: string) => text.split('\n').filter((line) => /proxy_cache|proxy_no_cache|map |~|brotli|gzip/.test(line))
    expect(kept(rendered)).toEqual(kept(recipe).map((line) => line.replace('/var/cache/nginx/placard', '/tmp/x/cache')))
  })

  it('drops the brotli lines when the module is not installed, and loads it when it is', () => {
    expect(renderLocalSite({ ...site, brotli: false }, recipe)).not.toMatch(/^\s*brotli/m)
    expect(renderLocalServer({ dir: '/tmp/x', brotli: true })).toContain('load_module /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so;')
    expect(renderLocalServer({ dir: '/tmp/x', brotli: false })).not.toContain('load_module')
    expect(renderLocalServer({ dir: '/tmp/x', brotli: false })).toContain('include /tmp/x/placard.conf;')
  })

  it('refuses a recipe it no longer understands rather than running something else', () => {
    expect(() => renderLocalSite(site, recipe.replace('listen 443 ssl http2;', 'listen 443 ssl;'))).toThrow(/expected 1× .*listen 443 ssl http2/)
  })
})

describe('systemd units and the Dockerfile', () => {
  const unit = (name: string) => readFileSync(`deploy/systemd/${name}`, 'utf8')
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts

  it('run the web instances and the worker as an unprivileged user and restart them when they fail', () => {
    for (const [name, script] of [
      ['placard-web@.service', 'serve'],
      ['placard-worker.service', 'worker'],
    ] as const) {
      const text = unit(name)
      expect(text).toContain(`ExecStart=/usr/bin/npm run --silent ${script}`)
      expect(scripts[script]).toBeDefined()
      expect(text).toContain('Restart=on-failure')
      expect(text).toContain('User=placard')
      expect(text).toContain('Environment=PLACARD_ENV_FILE=/etc/placard/env')
    }
    expect(unit('placard-web@.service')).toContain('Environment=PORT=%i')
    expect(unit('placard.target')).toContain('Wants=placard-web@3001.service placard-web@3002.service placard-worker.service')
  })

  it('builds in stages and runs as a user without privileges', () => {
    const dockerfile = readFileSync('deploy/Dockerfile', 'utf8')
    expect(dockerfile.match(/^FROM /gm)!.length).toBeGreaterThanOrEqual(2)
    expect(dockerfile).toMatch(/^USER node$/m)
    expect(dockerfile).toContain('npm ci')
    expect(dockerfile).toContain('CMD ["npm", "run", "--silent", "serve"]')
  })
})
