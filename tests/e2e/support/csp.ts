import { existsSync, readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { e2eServerLog } from './site'

// What the Content-Security-Policy did, as a person could find out: the browser's console
// (Chromium logs every blocked script there) and the violation reports the server logged.

export type LoggedViolation = { document: string; directive: string; blocked: string; sample?: string }

/** A log line's message: the `msg` of the server's JSON lines (lib/log/logger.ts), or the line itself. */
function messageOf(line: string): string {
  if (!line.startsWith('{')) return line
  try {
    return String((JSON.parse(line) as { msg?: unknown }).msg ?? '')
  } catch {
    return line
  }
}

export function loggedViolations(): LoggedViolation[] {
  if (!existsSync(e2eServerLog)) return []
  return readFileSync(e2eServerLog, 'utf8')
    .split('\n')
    .map(messageOf)
    .filter((line) => line.startsWith('[placard] csp violation '))
    .map((line) => JSON.parse(line.slice('[placard] csp violation '.length)) as LoggedViolation)
}

/** Collects the console's CSP complaints for as long as the page lives. */
export function watchCspConsole(page: Page): string[] {
  const complaints: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) complaints.push(`${page.url()}: ${message.text()}`)
  })
  return complaints
}

/** The script-src of a policy, split into its sources. */
export function scriptSources(policy: string): string[] {
  return (
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src ')) ?? ''
  )
    .split(/\s+/)
    .slice(1)
}

export function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `))
}
