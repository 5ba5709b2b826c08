/** The node's service list: started in order, stopped in reverse, and a failed start undone. */
import { describe, expect, it } from 'vitest'
import { defaultLogger } from '@libp2p/logger'
import { Services, type Service } from '../src/startable.js'

function recorder (): { calls: string[], service: (name: string, fail?: 'start' | 'stop') => Service } {
  const calls: string[] = []
  return {
    calls,
    service: (name, fail) => ({
      name,
      service: {
        start: async () => { calls.push(`start ${name}`); if (fail === 'start') throw new Error(`${name} failed`) },
        stop: async () => { calls.push(`stop ${name}`); if (fail === 'stop') throw new Error(`${name} failed`) }
      }
    })
  }
}

const log = defaultLogger().forComponent('test:services')

describe('services', () => {
  it('starts in order and stops in reverse, each once', async () => {
    const r = recorder()
    const services = new Services([r.service('a'), r.service('b'), r.service('c')], log)
    await services.start()
    await services.stop()
    await services.stop()
    expect(r.calls).toEqual(['start a', 'start b', 'start c', 'stop c', 'stop b', 'stop a'])
  })

  it('stops the ones already started when one fails to start, and rethrows', async () => {
    const r = recorder()
    const services = new Services([r.service('a'), r.service('b'), r.service('c', 'start'), r.service('d')], log)
    await expect(services.start()).rejects.toThrow('c failed')
    expect(r.calls).toEqual(['start a', 'start b', 'start c', 'stop b', 'stop a'])
  })

  it('goes on stopping the rest when one fails to stop', async () => {
    const r = recorder()
    const services = new Services([r.service('a'), r.service('b', 'stop'), r.service('c')], log)
    await services.start()
    await services.stop()
    expect(r.calls.slice(3)).toEqual(['stop c', 'stop b', 'stop a'])
  })
})
