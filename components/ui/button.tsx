import type { ButtonHTMLAttributes } from 'react'

// Buttons in three weights: the one main action of a screen, secondary ones, and destructive.
const styles = {
  primary: 'bg-accent-dark text-white hover:bg-accent',
  secondary: 'border border-gray-400 bg-white text-ink hover:bg-gray-50',
  danger: 'border border-accent bg-white text-accent-dark hover:bg-red-50',
}

export function buttonClass(kind: keyof typeof styles = 'primary', extra = '') {
  return `inline-flex min-h-11 items-center justify-center rounded-md px-4 font-semibold no-underline disabled:opacity-60 ${styles[kind]} ${extra}`
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { kind?: keyof typeof styles }

export function Button({ kind = 'primary', className = '', type = 'button', ...rest }: Props) {
  return <button type={type} className={buttonClass(kind, className)} {...rest} />
}
