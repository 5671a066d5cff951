/**
 * Splits the output of `go ... -json`, a sequence of JSON objects printed one after another,
 * into parsed values. Text outside objects (a stray newline) is skipped.
 */
export function parseJsonStream(text: string): unknown[] {
  const values: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if ((c === '}' || c === ']') && depth > 0) {
      depth--
      if (depth === 0) values.push(JSON.parse(text.slice(start, i + 1)))
    }
  }
  if (depth !== 0) throw new Error(`unterminated JSON value at offset ${start}`)
  return values
}
