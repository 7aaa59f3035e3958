import { createHash } from 'node:crypto';

/**
 * Every OSCAL `uuid` hardmap writes is a name-based UUIDv5 (RFC 4122 §4.3, RFC 9562 §5.5), so
 * identical content gives identical documents and an object keeps its uuid across releases, which
 * is what OSCAL asks of per-subject identifiers. Random v4 uuids would change on every build.
 *
 * The namespace is itself derived, not invented: uuid5(NAMESPACE_URL, 'urn:hardmap:oscal')
 * (Python: `uuid.uuid5(uuid.NAMESPACE_URL, 'urn:hardmap:oscal')`). Changing it changes every uuid.
 */
export const HARDMAP_UUID_NAMESPACE = '9ed7d55c-4ef9-5681-b958-d75c5f00de3d';

/** RFC 4122 Appendix C: the namespace for names that are URLs (and, by common use, other URIs). */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

function toBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`Not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** RFC 4122 v5: SHA-1 of namespace bytes + UTF-8 name, truncated to 128 bits, version and variant set. */
export function uuidV5(name: string, namespace: string = HARDMAP_UUID_NAMESPACE): string {
  const hash = createHash('sha1').update(toBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
