import type { IncomingMessage } from 'node:http'
import { afterEach, expect, it } from 'vitest'
import { parseEnv } from '@/lib/env'
import { CLIENT_IP_HEADER, clientIpOf, startVouchingForClientIps, trustedClientIp, vouchedClientIp } from '@/lib/http/client-ip'

// Rate limits and held signatures key on the client's address: a client must not be able to
// choose it, neither through X-Forwarded-For nor through Placard's own header.

const request = (socket: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress: socket }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage

afterEach(() => {
  delete process.env.TRUST_PROXY
})

it('without a trusted proxy the connecting address counts and X-Forwarded-For is ignored', () => {
  expect(clientIpOf(request('198.51.100.20', '203.0.113.1'))).toBe('198.51.100.20')
})

it('behind one proxy the address it appended counts, not what the client wrote before it', () => {
  process.env.TRUST_PROXY = 'true'
  expect(clientIpOf(request('10.0.0.2', '203.0.113.1'))).toBe('203.0.113.1')
  // The client sent "X-Forwarded-For: 1.2.3.4, 5.6.7.8"; nginx appended the real address.
  expect(clientIpOf(request('10.0.0.2', '1.2.3.4, 5.6.7.8, 198.51.100.9'))).toBe('198.51.100.9')
  expect(clientIpOf(request('10.0.0.2', '1.2.3.4, not-an-address'))).toBe('10.0.0.2')
  expect(clientIpOf(request('10.0.0.2'))).toBe('10.0.0.2')
})

it('behind two proxies (a CDN, then nginx) the entry the outer one appended counts', () => {
  process.env.TRUST_PROXY = '2'
  expect(clientIpOf(request('10.0.0.3', 'spoofed, 2001:db8::7, 10.0.0.2'))).toBe('2001:db8::7')
  expect(clientIpOf(request('10.0.0.3', '10.0.0.2'))).toBe('10.0.0.3')
})

it('route handlers believe only the address header their own server wrote', () => {
  startVouchingForClientIps()
  const header = vouchedClientIp('198.51.100.20')
  expect(trustedClientIp(header)).toBe('198.51.100.20')
  expect(trustedClientIp('198.51.100.20')).toBeNull()
  expect(trustedClientIp(`${'x'.repeat(24)} 198.51.100.20`)).toBeNull()
  expect(trustedClientIp(`${header.split(' ')[0]} not-an-address`)).toBeNull()
  expect(trustedClientIp(null)).toBeNull()
  expect(trustedClientIp([header])).toBeNull()
  // A server restarted (or another instance) makes a new token: old headers are worthless.
  startVouchingForClientIps()
  expect(trustedClientIp(header)).toBeNull()
  expect(CLIENT_IP_HEADER).toBe('x-placard-client-ip')
})

it('behind proxies named by address, every trusted hop from the right is skipped and the first other address counts', () => {
  process.env.TRUST_PROXY = '10.0.0.0/8, 2001:db8:ffff::/48'
  // A CDN edge (10.1.1.1) and nginx (10.0.0.2, the socket) in front; the client wrote "1.2.3.4".
  expect(clientIpOf(request('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.1.1.1'))).toBe('198.51.100.9')
  // However many trusted hops there are.
  expect(clientIpOf(request('10.0.0.2', '198.51.100.9'))).toBe('198.51.100.9')
  expect(clientIpOf(request('::ffff:10.0.0.2', '2001:db8::7, 2001:db8:ffff::1'))).toBe('2001:db8::7')
  // A connection from outside the list is the client itself, whatever it claims.
  expect(clientIpOf(request('203.0.113.5', '198.51.100.9'))).toBe('203.0.113.5')
  // Garbage where the client's address belongs: the trusted proxy's own answer is all there is.
  expect(clientIpOf(request('10.0.0.2', 'not-an-address'))).toBe('10.0.0.2')
  process.env.TRUST_PROXY = 'loopback'
  expect(clientIpOf(request('127.0.0.1', '198.51.100.9'))).toBe('198.51.100.9')
})

it('a TRUST_PROXY that is neither a count nor addresses stops the start with what is wrong', () => {
  for (const bad of ['yes', '10.0.0.0/99', '11', '10.0.0.1,,10.0.0.2']) {
    expect(() => parseEnv({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY: must be true, false, the number of proxies/)
  }
  expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
  expect(parseEnv({ TRUST_PROXY: '10.0.0.1, fd00::/8' }).TRUST_PROXY).toEqual(['10.0.0.1', 'fd00::/8'])
})
