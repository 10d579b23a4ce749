// Tailwind CSS 4 through PostCSS (Next.js picks this file up).
const config = { plugins: { '@tailwindcss/postcss': {} } }

export default config
