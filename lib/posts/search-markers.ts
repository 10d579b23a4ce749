/** Marks around highlighted words in search snippets; control characters never occur in posts. */
export const HIGHLIGHT_START = '\u0002'
export const HIGHLIGHT_END = '\u0003'
