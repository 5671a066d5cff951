// The log, as the pipeline writes it: the names it has always called (info, warning, group…), each
// going to the host chosen. Libraries that log through @actions/core reach it too (see build.mjs).
import { host, type Annotation } from './host.ts'

export type { Annotation }

export function debug(message: string): void {
  host().debug(message)
}

export function info(message: string): void {
  host().info(message)
}

export function notice(message: string | Error, annotation?: Annotation): void {
  host().notice(message, annotation)
}

export function warning(message: string | Error, annotation?: Annotation): void {
  host().warning(message, annotation)
}

export function error(message: string | Error, annotation?: Annotation): void {
  host().error(message, annotation)
}

export function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return host().group(title, fn)
}

export function setSecret(secret: string): void {
  host().setSecret(secret)
}

export function isDebug(): boolean {
  return host().isDebug()
}
