import { expect, it } from 'vitest'
import { currentGoal, progressPercent } from '@/lib/petitions/goal'

it('raises the goal in campaign steps once it is reached', () => {
  expect(currentGoal(0, 1000)).toBe(1000)
  expect(currentGoal(999, 1000)).toBe(1000)
  expect(currentGoal(1000, 1000)).toBe(2500)
  expect(currentGoal(2600, 1000)).toBe(5000)
  expect(currentGoal(12_000, 1000)).toBe(25_000)
  expect(currentGoal(300, 250)).toBe(500)
})

it('keeps a pinned goal as the editor set it, reached or not', () => {
  expect(currentGoal(999, 1000, true)).toBe(1000)
  expect(currentGoal(1000, 1000, true)).toBe(1000)
  expect(currentGoal(12_000, 1000, true)).toBe(1000)
  expect(currentGoal(12_000, 1000, false)).toBe(25_000)
  expect(progressPercent(12_000, currentGoal(12_000, 1000, true))).toBe(100)
})

it('fills the bar in whole percent, never past 100', () => {
  expect(progressPercent(740, 1000)).toBe(74)
  expect(progressPercent(5, 1000)).toBe(0)
  expect(progressPercent(2000, 1000)).toBe(100)
})
