// Text put into an email's HTML part: every character that could open markup is escaped.
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
