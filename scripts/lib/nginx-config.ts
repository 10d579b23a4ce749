import { readFileSync } from 'node:fs'
import path from 'node:path'

// The recipe's nginx site (deploy/nginx/placard.conf) made runnable on one machine without
// touching /etc: its ports, server name, certificate and cache folder swapped for local ones,
// every other line as an operator installs it. Each swap must find its text exactly, so an edit
// of the recipe that a swap no longer matches fails here instead of running something else.

export const RECIPE_FILE = path.join('deploy', 'nginx', 'placard.conf')

export type LocalSite = {
  /** Ports of the Placard instances, in upstream order. */
  instances: number[]
  /** Plain HTTP, serving the site (SITE_URL points here). */
  httpPort: number
  /** HTTPS with the given certificate, serving the same site. */
  httpsPort: number
  /** The recipe's port-80 server: ACME challenges and the redirect to HTTPS. */
  redirectPort: number
  certificate: string
  certificateKey: string
  /** Working folder: the cache and the ACME webroot go in it. */
  dir: string
  /** Debian's brotli modules are installed (libnginx-mod-http-brotli-*). */
  brotli: boolean
}

/** Where the instances write pages as files for nginx to send (PAGE_FILES_DIR). */
export const pageFilesDir = (dir: string) => path.join(dir, 'pages')

function swap(text: string, from: string, to: string, times = 1) {
  const found = text.split(from).length - 1
  if (found !== times) throw new Error(`${RECIPE_FILE}: expected ${times}× ${JSON.stringify(from)}, found ${found}×; update scripts/lib/nginx-config.ts`)
  return text.split(from).join(to)
}

export function renderLocalSite(site: LocalSite, recipe = readFileSync(RECIPE_FILE, 'utf8')) {
  let text = recipe
  text = swap(
    text,
    '    server 127.0.0.1:3001 max_fails=3 fail_timeout=10s;\n    server 127.0.0.1:3002 max_fails=3 fail_timeout=10s;\n',
    site.instances.map((port) => `    server 127.0.0.1:${port} max_fails=3 fail_timeout=10s;\n`).join(''),
  )
  text = swap(text, '/var/cache/nginx/placard ', `${path.join(site.dir, 'cache')} `)
  text = swap(text, '/var/cache/placard/pages/', `${pageFilesDir(site.dir)}/`, 2)
  text = swap(text, '    listen 80;\n    listen [::]:80;\n', `    listen 127.0.0.1:${site.redirectPort};\n`)
  text = swap(
    text,
    '    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n',
    `    listen 127.0.0.1:${site.httpsPort} ssl http2;\n    listen 127.0.0.1:${site.httpPort};\n`,
  )
  text = swap(text, 'server_name campaign.example.org;', 'server_name 127.0.0.1 localhost;', 2)
  text = swap(text, '/etc/letsencrypt/live/campaign.example.org/fullchain.pem', site.certificate)
  text = swap(text, '/etc/letsencrypt/live/campaign.example.org/privkey.pem', site.certificateKey)
  text = swap(text, 'root /var/www/letsencrypt;', `root ${path.join(site.dir, 'acme')};`)
  if (!site.brotli) text = text.replace(/^ *brotli[^\n]*\n/gm, '')
  return text
}

/** The body of the recipe's page-file location (`location / { root $placard_page_files; … }`). */
export function pageFileLocation(recipe = readFileSync(RECIPE_FILE, 'utf8')): string {
  const block = /location \/ \{\n(\s*root \$placard_page_files;[\s\S]*?)\n {4}\}\n/.exec(recipe)?.[1]
  if (!block) throw new Error(`${RECIPE_FILE}: no page-file location (root $placard_page_files); update scripts/lib/nginx-config.ts`)
  return block
}

/** The lines of the recipe's page-file location that shape the answer's headers (add_header, the type). */
export function pageFileHeaders(recipe = readFileSync(RECIPE_FILE, 'utf8')): string[] {
  return pageFileLocation(recipe)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(add_header|default_type|types) /.test(line))
}

export type LocalServer = {
  dir: string
  brotli: boolean
  /** A second server on this port serving `dir` as plain files: the benchmarks' baseline. */
  staticBaseline?: { port: number; dir: string }
  /** Workers run as this user when nginx starts as root (they write the cache). */
  user?: string
}

/** The main nginx.conf around the site (dir/placard.conf): everything in `dir`, nothing in /etc but mime.types. */
export function renderLocalServer({ dir, brotli, staticBaseline, user }: LocalServer) {
  const modules = brotli ? BROTLI_MODULES.map((m) => `load_module ${m};\n`).join('') : ''
  // Under /with-headers/, the same files with the headers (and type) nginx sends a page file with.
  const withHeaders = staticBaseline
    ? pageFileHeaders()
        .map((line) => `            ${line}\n`)
        .join('')
    : ''
  const baseline = staticBaseline
    ? `    server {\n        listen 127.0.0.1:${staticBaseline.port};\n        root ${staticBaseline.dir};\n` +
      `        location /with-headers/ {\n            alias ${staticBaseline.dir}/;\n${withHeaders}        }\n    }\n`
    : ''
  const temp = (name: string) => path.join(dir, 'temp', name)
  return `${modules}${user ? `user ${user};\n` : ''}worker_processes 2;
worker_rlimit_nofile 8192;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    keepalive_requests 100000;
    access_log off;
    client_body_temp_path ${temp('body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${path.join(dir, 'placard.conf')};
${baseline}}
`
}

export const BROTLI_MODULES = ['/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so', '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so']
