// Why a signature was held, in words a volunteer moderator understands at a glance.
export const HOLD_REASON_LABELS: Record<string, string> = {
  honeypot: 'Filled in a field people never see (typical of bots)',
  'too-fast': 'Form sent within seconds of the page loading',
  'no-proof-of-work': 'Signed without JavaScript, so no automatic security check ran',
  'ip-burst': 'One of many signatures from the same internet address',
  'domain-burst': 'One of many signatures from the same small email domain',
}

export function holdReasonLabel(reason: string) {
  return HOLD_REASON_LABELS[reason] ?? reason
}
