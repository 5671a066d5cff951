import * as core from './host/log.ts'

/** Runs one phase of the pipeline in a collapsible log group. */
export function phase<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(title, fn)
}
