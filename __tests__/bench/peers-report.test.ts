import { describe, expect, it } from '@jest/globals'
import { compiledPackages, type JobNumbers } from '../../bench/peer-jobs.ts'
import { BARE, OURS, projectDetails, projectHeadlines, SETUP_GO, warmFetches, type PeersSample } from '../../bench/peers-report.ts'

function job(over: Partial<JobNumbers>): JobNumbers {
  return { mainMs: 0, jobMs: 0, modules: 3, zipRequests: 0, otherRequests: 0, ...over }
}

function sample(rep: number, bare: number, download: number, main: number, warmOurs: number, warmSetupGo?: number): PeersSample {
  const warmJobs: Record<string, JobNumbers> = { [OURS]: job({ jobMs: warmOurs }) }
  if (warmSetupGo !== undefined) warmJobs[SETUP_GO] = job({ jobMs: warmSetupGo })
  return {
    rep,
    cold: { order: [BARE, OURS], jobs: { [BARE]: job({ mainMs: bare, jobMs: bare }), [OURS]: job({ mainMs: main, downloadMs: download, jobMs: main }) } },
    warm: { order: Object.keys(warmJobs), jobs: warmJobs }
  }
}

describe('peers report', () => {
  it('the headline ratios are the median of each repetition’s ratio, not a ratio of medians', () => {
    // Per repetition: download 0.5, 0.9, 0.6 → median 0.60; a ratio of medians would be 500/1000 = 0.50.
    const samples = [sample(1, 1000, 500, 1200, 300, 600), sample(2, 100, 90, 150, 900, 1000), sample(3, 5000, 3000, 4000, 100, 400)]
    const values = Object.fromEntries(projectHeadlines('p', samples).map((h) => [h.metric, h.value]))
    expect(values[`p, cold: download phase (download-ms) / ${BARE} (median of pairs)`]).toBe('0.60×')
    expect(values[`p, cold: main step / ${BARE} (median of pairs)`]).toBe('1.20×')
    expect(values[`p, warm: whole job / ${SETUP_GO}'s whole job (median of pairs)`]).toBe('0.50×')
    expect(projectDetails(samples)).toContain(`| warm: whole job / ${SETUP_GO}'s whole job | **0.50×** | 0.50× | 0.90× | 0.25× |`)
  })

  it('without setup-go the warm comparison is left out rather than shown as a number', () => {
    const samples = [sample(1, 1000, 500, 1200, 300)]
    const metrics = projectHeadlines('p', samples).map((h) => h.metric)
    expect(metrics.some((m) => m.includes(SETUP_GO))).toBe(false)
    expect(projectDetails(samples)).toContain(`| warm: whole job / ${SETUP_GO}'s whole job | **n/a** | n/a |`)
  })

  it('a warm job that fetched zips is named', () => {
    const samples = [sample(1, 1000, 500, 1200, 300, 600)]
    expect(warmFetches(samples)).toBe('No warm job fetched a module zip.')
    samples[0]!.warm.jobs[SETUP_GO]!.zipRequests = 4
    expect(warmFetches(samples)).toBe(`Warm jobs that fetched module zips: ${SETUP_GO} in rep 1 (4).`)
  })

  it('go build -v: packages compiled are counted, go’s download lines are not', () => {
    expect(compiledPackages('go: downloading example.com/a v1.0.0\nexample.com/a\nexample.com/app\n')).toBe(2)
    expect(compiledPackages('')).toBe(0)
  })
})
