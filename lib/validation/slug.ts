// The one shape of a slug (the last part of an address): lower-case letters, digits and single
// hyphens. Route params, editor forms and [petition slug] shortcodes all use this pattern.
export const SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const SLUG_PATTERN = new RegExp(`^${SLUG_SOURCE}$`)
export const SLUG_MAX = 120

/** A slug made from a title: accents dropped, anything else becomes single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
}
