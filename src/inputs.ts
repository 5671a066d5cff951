import * as core from '@actions/core'
import { InputError } from './errors.ts'

export const SAVE_POLICIES = ['auto', 'always', 'never'] as const
export type SavePolicy = (typeof SAVE_POLICIES)[number]

/** Every `with:` value, typed and validated. The only module that knows input names. */
export interface Inputs {
  workingDirectory: string
  /** Globs, relative to the working directory; empty means the default set. */
  cacheDependencyPath: string[]
  keyPrefix: string
  save: SavePolicy
}

/** How inputs are read: `core.getInput` in the action, a plain record in tests. */
export type InputSource = (name: string) => string

export function readInputs(get: InputSource = (name) => core.getInput(name)): Inputs {
  return {
    workingDirectory: get('working-directory').trim() || '.',
    cacheDependencyPath: parseLines(get('cache-dependency-path')),
    keyPrefix: parseKeyPrefix(get('key-prefix')),
    save: parseChoice('save', get('save'), SAVE_POLICIES, 'auto')
  }
}

/** Non-empty, trimmed lines; `#` starts a comment line. */
export function parseLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

export function parseChoice<T extends string>(
  name: string,
  value: string,
  choices: readonly T[],
  fallback: T
): T {
  const v = value.trim().toLowerCase()
  if (v === '') return fallback
  if ((choices as readonly string[]).includes(v)) return v as T
  throw new InputError(
    `Input '${name}' has the value '${value.trim()}'; expected one of: ${choices.join(', ')}.`
  )
}

function parseKeyPrefix(value: string): string {
  const prefix = value.trim() || 'go-mod'
  // The cache service refuses commas in keys; whitespace makes keys hard to read in logs.
  if (/[,\s]/.test(prefix)) {
    throw new InputError(
      `Input 'key-prefix' has the value '${prefix}'; expected a single word without commas or spaces, such as 'go-mod'.`
    )
  }
  return prefix
}
