// Charts that render in any job summary: GitHub's summaries run no scripts and no diagrams, but
// show Unicode. Pure.

const BARS = '▁▂▃▄▅▆▇█'

/**
 * A Unicode sparkline per series, all on one scale (the largest value of any series gets the
 * tallest bar), so two series side by side compare. A missing value (undefined) is a light shade, '░', as wide as a bar.
 */
export function sparklines(series: readonly (readonly (number | undefined)[])[]): string[] {
  const max = Math.max(0, ...series.flatMap((s) => s.filter((v): v is number => v !== undefined)))
  return series.map((s) =>
    s.map((v) => (v === undefined ? '░' : BARS[max === 0 ? 0 : Math.min(BARS.length - 1, Math.floor((v / max) * (BARS.length - 1) + 0.5))]!)).join('')
  )
}
