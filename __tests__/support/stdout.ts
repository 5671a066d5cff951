// What @actions/core writes (::warning:: lines among it), captured instead of reaching the test's
// stdout, where a ::warning:: would be a real annotation in CI.
export interface Captured {
  /** The text written so far. */
  text(): string
  /** The messages of the ::warning:: lines written so far. */
  warnings(): string[]
  restore(): void
}

export function captureStdout(): Captured {
  const realWrite = process.stdout.write
  const written: string[] = []
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }) as typeof process.stdout.write
  const text = () => written.join('')
  return {
    text,
    warnings: () => [...text().matchAll(/^::warning::(.*)$/gm)].map((m) => m[1]!),
    restore: () => {
      process.stdout.write = realWrite
    }
  }
}
