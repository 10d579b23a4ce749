// Campaigns raise the bar when they reach it: 1,000 → 2,500 → 5,000 → 10,000 → 25,000 …

function nextStep(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value))
  for (const factor of [1, 2.5, 5, 10]) {
    const step = factor * magnitude
    if (step > value) return step
  }
  return 10 * magnitude
}

/**
 * The goal shown beside a count: the petition's goal, stepped up until it is ahead of the count,
 * unless the editor pinned it (a goal set by the addressee, say 100,000 for a debate).
 */
export function currentGoal(count: number, goal: number, pinned = false): number {
  if (pinned) return goal
  let shown = goal
  while (count >= shown) shown = nextStep(shown)
  return shown
}

export function progressPercent(count: number, goal: number): number {
  return Math.min(100, Math.floor((count / goal) * 100))
}
