import 'server-only'
import { z } from 'zod'
import type { ActionState } from '@/lib/action-state'
import { firstErrorPerField } from '@/lib/validation/field-errors'
import { Prisma } from '@/lib/generated/prisma/client'

// Expected failures travel as values ({ ok: false, message, fieldErrors }); see
// lib/action-state.ts. Unknown errors are logged with context and shown as a generic message,
// never raw.

/** An expected failure a domain function can throw; its message is safe to show. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function fieldErrors(error: z.ZodError, message = 'Please correct the marked fields.'): ActionState {
  return { ok: false, message, fieldErrors: firstErrorPerField(error) as Record<string, string> }
}

export function toActionState(error: unknown, context: string): ActionState {
  if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2025') return { ok: false, message: 'That item no longer exists. Someone may have deleted it; reload the page.' }
    if (error.code === 'P2002') return { ok: false, message: 'Something with the same name or address already exists.' }
    if (error.code === 'P2003')
      return { ok: false, message: 'Something this refers to (an author, a category) no longer exists. Reload the page and try again.' }
  }
  console.error(`[placard] ${context} failed:`, error)
  return { ok: false, message: 'Something went wrong on our side and nothing was saved. Please try again in a minute.' }
}
