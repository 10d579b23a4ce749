import path from 'node:path'

// Files the e2e server (scripts/e2e-server.ts) leaves for the tests: its log, and the mark that
// lets a test's rich text skip the sanitiser.
export const e2eServerLog = path.resolve('.data', 'e2e', 'server.log')
export const e2eUnsanitisedMarkFile = path.resolve('.data', 'e2e', 'unsanitised-mark')
