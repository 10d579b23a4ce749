// Who receives an update: the signers of its petition who confirmed their signature, are not held
// for moderation (nor rejected, withdrawn or invalidated), ticked "keep me informed" and never
// unsubscribed. One signature per canonical email per petition (a unique index), so one message
// per person. The one definition, used when sending starts and again before each message.

/** SQL condition on a signatures row aliased `alias`. */
export const isRecipient = (alias: string) =>
  `${alias}.status = 'confirmed' AND NOT ${alias}.held AND ${alias}.keep_informed AND ${alias}.unsubscribed_at IS NULL`
