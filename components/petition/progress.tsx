import { progressPercent } from '@/lib/petitions/goal'

type Props = { count: number; goal: number; paper?: number; compact?: boolean; id?: string }

export function PetitionProgress({ count, goal, paper = 0, compact, id }: Props) {
  const percent = progressPercent(count, goal)
  return (
    <div id={id} data-petition-progress>
      <p className={compact ? 'text-sm' : 'text-lg'}>
        <strong className={compact ? 'text-xl font-extrabold' : 'text-3xl font-extrabold'} data-count>
          {count.toLocaleString('en')}
        </strong>{' '}
        {count === 1 ? 'signature' : 'signatures'} of <span data-goal>{goal.toLocaleString('en')}</span>
        {paper > 0 ? (
          <span className="block text-sm text-muted" data-paper>
            of which {paper.toLocaleString('en')} on paper
          </span>
        ) : null}
      </p>
      <div
        role="progressbar"
        aria-label="Signatures toward the goal"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={count}
        className={`mt-2 overflow-hidden rounded-full bg-red-100 ${compact ? 'h-2' : 'h-3'}`}
      >
        <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}
