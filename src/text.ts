/** The text with its first letter in upper case: a backend's name or a note at the start of a sentence. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
