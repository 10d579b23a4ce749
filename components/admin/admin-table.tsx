import type { ReactNode } from 'react'

export type AdminColumn = { label: ReactNode; className?: string }

/**
 * The admin area's list table: framed, scrolling sideways on a narrow screen, with a caption for
 * screen readers and a row of column headings. The rows (`<tr>`) are the children.
 */
export function AdminTable({
  caption,
  columns,
  className = '',
  children,
}: {
  caption: string
  columns: AdminColumn[]
  className?: string
  children: ReactNode
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-white">
      <table className={`w-full text-left text-sm ${className}`}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line bg-gray-50">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={`p-3 ${column.className ?? ''}`}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
    </div>
  )
}
