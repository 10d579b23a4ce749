// Password length limits, importable by forms in the browser (no server code here).
export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 256
