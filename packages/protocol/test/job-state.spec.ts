import { describe, expect, it } from 'vitest'
import { IllegalStateTransitionError, InvalidMessageError } from '../src/errors.js'
import { canTransition, isFinished, isTerminal, JOB_STATES, jobStateFromWire, jobStateToWire, transition, type JobState } from '../src/job-state.js'

const LEGAL: Array<[JobState, JobState]> = [
  ['pending', 'bidding'], ['pending', 'failed'], ['pending', 'cancelled'],
  ['bidding', 'leased'], ['bidding', 'failed'], ['bidding', 'cancelled'],
  ['leased', 'running'], ['leased', 'failed'], ['leased', 'cancelled'], ['leased', 'lost'],
  ['running', 'succeeded'], ['running', 'failed'], ['running', 'cancelled'], ['running', 'lost'], ['running', 'preempted'],
  ['lost', 'bidding'], ['lost', 'failed'],
  ['preempted', 'bidding'], ['preempted', 'failed']
]

describe('job state machine', () => {
  it.each(LEGAL)('%s -> %s is legal', (from, to) => {
    expect(canTransition(from, to)).toBe(true)
    expect(transition(from, to)).toBe(to)
  })

  it.each([
    ['pending', 'running'], ['pending', 'succeeded'], ['bidding', 'running'], ['leased', 'succeeded'],
    ['running', 'bidding'], ['running', 'running'], ['succeeded', 'running'], ['failed', 'bidding'],
    ['cancelled', 'pending'], ['lost', 'running'], ['preempted', 'succeeded'], ['succeeded', 'failed']
  ] as Array<[JobState, JobState]>)('%s -> %s throws IllegalStateTransitionError', (from, to) => {
    expect(canTransition(from, to)).toBe(false)
    expect(() => transition(from, to)).toThrow(IllegalStateTransitionError)
    try { transition(from, to) } catch (err) { expect((err as IllegalStateTransitionError).code).toBe('ERR_ILLEGAL_STATE_TRANSITION') }
  })

  it('allows exactly the listed edges and nothing else', () => {
    const legal = new Set(LEGAL.map(([a, b]) => `${a}->${b}`))
    for (const from of JOB_STATES) {
      for (const to of JOB_STATES) expect(canTransition(from, to)).toBe(legal.has(`${from}->${to}`))
    }
  })

  it('knows terminal and finished states', () => {
    expect(JOB_STATES.filter(isTerminal)).toEqual(['succeeded', 'failed', 'cancelled'])
    expect(JOB_STATES.filter(isFinished)).toEqual(['succeeded', 'failed', 'cancelled', 'lost', 'preempted'])
  })

  it('maps every state to the wire and back, and refuses unknown wire values', () => {
    for (const s of JOB_STATES) expect(jobStateFromWire(jobStateToWire(s))).toBe(s)
    expect(() => jobStateFromWire(0)).toThrow(InvalidMessageError)
    expect(() => jobStateFromWire(99)).toThrow(InvalidMessageError)
    expect(() => jobStateFromWire(-1)).toThrow(InvalidMessageError)
    expect(() => jobStateFromWire(undefined)).toThrow(InvalidMessageError)
  })
})
