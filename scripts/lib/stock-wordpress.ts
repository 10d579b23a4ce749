import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// The other yardstick of `npm run bench:phone`: a stock WordPress 6.1 post (Debian's
// `wordpress` package with its block theme Twenty Twenty-Three, no plugins) on php-fpm, nginx
// (gzip on, as Debian ships it, plus CSS and JavaScript) and MariaDB, all on loopback in a
// scratch folder under .data/. Debian only: without these packages it says what to install.

const PACKAGES = 'wordpress wordpress-theme-twentytwentythree php-fpm php-mysql mariadb-server nginx-light'
const CONFIG_NAME = 'placard-bench'
const CONFIG_FILE = `/etc/wordpress/config-${CONFIG_NAME}.php`

// Debian's fastcgi_params sends the host without its port, on which WordPress redirects to itself.
const FASTCGI_PARAMS = Object.entries({
  SCRIPT_FILENAME: '$document_root$fastcgi_script_name',
  SCRIPT_NAME: '$fastcgi_script_name',
  QUERY_STRING: '$query_string',
  REQUEST_METHOD: '$request_method',
  CONTENT_TYPE: '$content_type',
  CONTENT_LENGTH: '$content_length',
  REQUEST_URI: '$request_uri',
  DOCUMENT_ROOT: '$document_root',
  SERVER_PROTOCOL: '$server_protocol',
  GATEWAY_INTERFACE: 'CGI/1.1',
  REMOTE_ADDR: '$remote_addr',
  SERVER_ADDR: '$server_addr',
  SERVER_PORT: '$server_port',
  SERVER_NAME: '$server_name',
  HTTP_HOST: '$http_host',
})
  .map(([name, value]) => `fastcgi_param ${name} ${value};`)
  .join(' ')

export type WordPressSite = { postUrl: string; stop: () => Promise<void> }

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (c) => resolve(c ?? 1))))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function findPhpFpm() {
  for (const v of ['8.4', '8.3', '8.2']) if (existsSync(`/usr/sbin/php-fpm${v}`)) return `/usr/sbin/php-fpm${v}`
  return null
}

export async function serveStockWordPress(port = Number(process.env.BENCH_WORDPRESS_PORT ?? 3283)): Promise<WordPressSite> {
  const phpFpm = findPhpFpm()
  const installed =
    phpFpm &&
    ['/usr/share/wordpress/wp-settings.php', '/usr/share/wordpress/wp-content/themes/twentytwentythree', '/usr/sbin/mariadbd', '/usr/sbin/nginx'].every(
      existsSync,
    )
  if (!installed) throw new Error(`Debian's WordPress is not installed here (apt-get install ${PACKAGES})`)
  if (process.getuid?.() !== 0) throw new Error('setting up WordPress needs root (it writes its configuration under /etc/wordpress)')

  const dir = path.resolve('.data', 'phone-wordpress')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'tmp'), { recursive: true })
  const socket = path.join(dir, 'mysql.sock')
  const children: ChildProcess[] = []
  const start = (cmd: string, args: string[]) => {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true })
    process.once('exit', () => child.kill('SIGTERM'))
    children.push(child)
    return child
  }
  const stop = async () => {
    for (const child of children) child.kill('SIGTERM')
    await Promise.all(children.map(exited))
    rmSync(CONFIG_FILE, { force: true })
    rmSync(dir, { recursive: true, force: true })
  }

  try {
    const init = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${dir}/mysql`, '--user=root', '--auth-root-authentication-method=socket', '--skip-test-db'],
      { encoding: 'utf8' },
    )
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr}`)
    const db = start('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${dir}/mysql`,
      `--socket=${socket}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${dir}/mysql.pid`,
    ])
    for (let i = 0; !existsSync(socket); i++) {
      if (db.exitCode !== null || i > 300) throw new Error('MariaDB did not start')
      await sleep(100)
    }
    const sql = "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';"
    const created = spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', sql], { encoding: 'utf8' })
    if (created.status !== 0) throw new Error(`creating the WordPress database failed: ${created.stderr}`)

    mkdirSync('/etc/wordpress', { recursive: true })
    writeFileSync(
      CONFIG_FILE,
      `<?php\ndefine('DB_NAME', 'wordpress');\ndefine('DB_USER', 'wp');\ndefine('DB_PASSWORD', 'wp');\ndefine('DB_HOST', 'localhost:${socket}');\ndefine('WP_HOME', 'http://127.0.0.1:${port}');\ndefine('WP_SITEURL', 'http://127.0.0.1:${port}');\ndefine('DISABLE_WP_CRON', true);\n`,
    )
    const fpmSocket = path.join(dir, 'php-fpm.sock')
    writeFileSync(
      path.join(dir, 'php-fpm.conf'),
      `[global]\npid = ${dir}/php-fpm.pid\nerror_log = ${dir}/php-fpm.log\n[www]\nuser = root\nlisten = ${fpmSocket}\npm = static\npm.max_children = 2\n`,
    )
    start(phpFpm, ['--nodaemonize', '--allow-to-run-as-root', '--fpm-config', path.join(dir, 'php-fpm.conf')])
    const temp = (name: string) => `${name}_temp_path ${dir}/tmp/${name};`
    writeFileSync(
      path.join(dir, 'nginx.conf'),
      `user root; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/nginx.log; worker_processes 1;
events {}
http {
  include /etc/nginx/mime.types; access_log off; ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}
  gzip on; gzip_types text/css application/javascript text/javascript application/json image/svg+xml;
  server {
    listen 127.0.0.1:${port}; root /usr/share/wordpress; index index.php;
    location /wp-content/ { alias /var/lib/wordpress/wp-content/; }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      ${FASTCGI_PARAMS}
      fastcgi_param WORDPRESS_CONFIG ${CONFIG_NAME};
      fastcgi_pass unix:${fpmSocket};
    }
  }
}
`,
    )
    start('/usr/sbin/nginx', ['-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'nginx.log')])
    const url = `http://127.0.0.1:${port}`
    for (let i = 0; ; i++) {
      if (i > 300) throw new Error('nginx and php-fpm did not answer')
      const status = await fetch(`${url}/wp-admin/install.php`).then(
        (r) => r.status,
        () => 0,
      )
      if (status === 200) break
      await sleep(100)
    }
    // WordPress's own install form: it creates the site with its "Hello world!" post.
    const form = new URLSearchParams({
      weblog_title: 'A stock WordPress',
      user_name: 'admin',
      admin_password: 'bench-only-password-1',
      admin_password2: 'bench-only-password-1',
      pw_weak: '1',
      admin_email: 'admin@example.org',
      blog_public: '0',
    })
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form })
    if (!(await install.text()).includes('Success')) throw new Error('the WordPress install form did not succeed')
    // The installer turns on dated permalinks; the post's own address is where `?p=1` leads.
    const post = await fetch(`${url}/?p=1`, { redirect: 'manual' })
    const postUrl = new URL(post.headers.get('location') ?? '/?p=1', url).href
    return { postUrl, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
