/** An error the user can fix: its message is the whole diagnosis, so it is shown without a stack. */
export class ActionError extends Error {
  override name = 'ActionError'
}

/** A bad `with:` value. The message names the input and the form it expects. */
export class InputError extends ActionError {
  override name = 'InputError'
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}
