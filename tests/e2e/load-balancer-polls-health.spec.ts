import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// A load balancer in front of several instances polls the real server every second: each answer
// must be the instance's state now (never the page micro-cache's copy), and say which build it runs.

test('a load balancer sees the instance up and ready, with the build it runs, never a cached answer', async ({ request }) => {
  for (let i = 0; i < 3; i++) {
    const health = await request.get('/api/health')
    expect(health.status()).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    expect(health.headers()['cache-control']).toBe('no-store')
    expect(health.headers()['x-placard-cache']).toBeUndefined()

    const ready = await request.get('/api/ready')
    expect(ready.status(), await ready.text()).toBe(200)
    expect(ready.headers()['cache-control']).toBe('no-store')
    expect(ready.headers()['x-placard-cache']).toBeUndefined()
    const body = await ready.json()
    expect(body).toMatchObject({ status: 'ready', checks: { database: { ok: true }, migrations: { ok: true } } })
    expect(body.build).toBe(readFileSync('.next-e2e/BUILD_ID', 'utf8').trim())
  }
  // Some balancers ask with HEAD.
  expect((await request.head('/api/health')).status()).toBe(200)
  expect((await request.head('/api/ready')).status()).toBe(200)
})
