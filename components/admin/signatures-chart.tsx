'use client'

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'
import { useEffect, useRef } from 'react'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

// Signatures per day, one stacked colour per petition, drawn by Chart.js from the page's own
// bundle (no request leaves the site). The same figures are in the table below it, for screen
// readers and for anyone who wants the numbers.

const COLOURS = ['#b91c1c', '#0f766e', '#1d4ed8', '#a16207', '#7e22ce', '#be185d', '#4d7c0f', '#475569']

type Props = { days: string[]; series: { id: string; label: string; values: number[] }[] }

const shortDay = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })

export function SignaturesChart({ days, series }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null)

  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: days.map(shortDay),
        datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: COLOURS[i % COLOURS.length] })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      },
    })
    return () => chart.destroy()
  }, [days, series])

  const totals = days.map((_, i) => series.reduce((sum, s) => sum + s.values[i]!, 0))
  return (
    <div>
      <div className="relative h-64">
        <canvas ref={canvas} role="img" aria-label={`Counted signatures per day over the last ${days.length} days; the figures are in the table below.`} />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-muted">Show the figures as a table</summary>
        <div className="mt-2 max-h-72 overflow-auto">
          <table className="w-full text-left">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-3">
                  Day
                </th>
                {series.map((s) => (
                  <th key={s.id} scope="col" className="py-1 pr-3">
                    {s.label}
                  </th>
                ))}
                <th scope="col" className="py-1">
                  All
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((day, i) => (
                <tr key={day} className="border-b border-line/60">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {shortDay(day)}
                  </th>
                  {series.map((s) => (
                    <td key={s.id} className="py-1 pr-3 tabular-nums">
                      {s.values[i]!.toLocaleString('en')}
                    </td>
                  ))}
                  <td className="py-1 tabular-nums">{totals[i]!.toLocaleString('en')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  )
}
