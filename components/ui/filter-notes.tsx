// What a list did with filters it could not use (a bad value in the address), above the list.
export function FilterNotes({ notes }: { notes: string[] }) {
  if (!notes.length) return null
  return (
    <ul role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  )
}
