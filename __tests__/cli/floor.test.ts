import { describe, expect, it } from '@jest/globals'
import { floorMessage, nodeSupported } from '../../src/cli/floor.ts'

describe('the Node the command needs', () => {
  it('takes Node 22 from 22.21, Node 24 from 24.5, and every later major', () => {
    expect(['22.21.0', '22.23.5', '24.5.0', '24.21.0', '25.0.0', '26.1.2'].filter(nodeSupported)).toHaveLength(6)
  })

  it('refuses what lacks zstd in node:zlib or http.Agent proxyEnv: before 22.21, Node 23, 24 before 24.5', () => {
    expect(['18.20.8', '20.19.2', '20.20.2', '22.15.0', '22.20.0', '23.11.1', '24.0.0', '24.4.1', '', 'x.y'].filter(nodeSupported)).toEqual([])
  })

  it('says in one line what is needed, what this is, and the way without Node', () => {
    const line = floorMessage('20.19.2')
    expect(line).not.toContain('\n')
    expect(line).toContain('needs Node 22.21 or later (24.5 or later on Node 24)')
    expect(line).toContain('this is Node 20.19.2')
    expect(line).toContain('single executable')
  })
})
