/**
 * The checkpoint format: a 16-byte header, then the flat parameter buffer (the order of
 * params.ts's layout) as little-endian Float32.
 *   bytes 0–3   "QFLM"
 *   bytes 4–7   format version (uint32 LE), 1
 *   bytes 8–11  element type (uint32 LE), 1 = float32
 *   bytes 12–15 number of parameters (uint32 LE)
 * The shapes come from the manifest's config, so a file is checked against it on read.
 */
const MAGIC = [0x51, 0x46, 0x4c, 0x4d];
const VERSION = 1;
const FLOAT32 = 1;
const HEADER_BYTES = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function writeWeights(values: Float32Array | Float64Array): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES + values.length * 4);
  const view = new DataView(bytes.buffer);
  MAGIC.forEach((b, i) => view.setUint8(i, b));
  view.setUint32(4, VERSION, true);
  view.setUint32(8, FLOAT32, true);
  view.setUint32(12, values.length, true);
  for (let i = 0; i < values.length; i++) view.setFloat32(HEADER_BYTES + 4 * i, values[i]!, true);
  return bytes;
}

/** Reads a checkpoint; throws when it isn't one, is cut short, or holds a different count. */
export function readWeights(bytes: Uint8Array, expectedCount: number): Float32Array {
  if (bytes.length < HEADER_BYTES) throw new Error("not a weight file: shorter than its header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!MAGIC.every((b, i) => view.getUint8(i) === b)) throw new Error("not a weight file: wrong magic bytes");
  const version = view.getUint32(4, true);
  if (version !== VERSION) throw new Error(`weight file version ${version} is not supported`);
  const type = view.getUint32(8, true);
  if (type !== FLOAT32) throw new Error(`weight element type ${type} is not supported`);
  const count = view.getUint32(12, true);
  if (count !== expectedCount) throw new Error(`weight file holds ${count} parameters, the config needs ${expectedCount}`);
  if (bytes.length !== HEADER_BYTES + 4 * count) throw new Error(`weight file is ${bytes.length} bytes, expected ${HEADER_BYTES + 4 * count}`);
  // On a little-endian machine (every browser and Node platform in practice) the payload already is
  // a Float32Array's bytes: one copy instead of a DataView read per value.
  if (LITTLE_ENDIAN) return new Float32Array(bytes.slice(HEADER_BYTES).buffer);
  const values = new Float32Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getFloat32(HEADER_BYTES + 4 * i, true);
  return values;
}
