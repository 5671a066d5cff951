// The trim of an S3 backend: list the objects of a key prefix, delete all but the newest few.
import { DeleteObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { foldKey } from './key.ts'
import type { Trimmed } from './backend.ts'
import { beyondNewest, type Dated } from './retention.ts'

/**
 * Deletes the objects under base (an entry's prefix) whose key starts with keyPrefix, all but the
 * newest `keep`, one DeleteObject each: DeleteObjects needs a checksum header that some
 * S3-compatible servers refuse, and a trim after each save removes one or two. Never throws.
 */
export async function trimObjects(
  client: S3Client,
  bucket: string,
  base: string,
  keyPrefix: string,
  keep: number,
  why: (err: unknown) => string
): Promise<Trimmed> {
  const listed: (Dated & { objectKey: string })[] = []
  let token: string | undefined
  try {
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: base + foldKey(keyPrefix), ContinuationToken: token }))
      for (const o of page.Contents ?? []) {
        if (o.Key === undefined || o.Key.endsWith('/')) continue
        listed.push({ key: o.Key.slice(base.length), objectKey: o.Key, timeMs: o.LastModified?.getTime() ?? 0 })
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token !== undefined)
  } catch (err) {
    return { removed: [], problems: [`listing ${keyPrefix}*: ${why(err)}`] }
  }
  const trimmed: Trimmed = { removed: [], problems: [] }
  for (const old of beyondNewest(listed, keep)) {
    try {
      // Deleting a key another job deleted first succeeds: S3 answers 204 either way.
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: old.objectKey }))
      trimmed.removed.push(old.key)
    } catch (err) {
      trimmed.problems.push(`${old.key}: ${why(err)}`)
    }
  }
  return trimmed
}
