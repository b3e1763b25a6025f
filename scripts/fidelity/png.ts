// Width and height of a PNG from its IHDR chunk (the first chunk after the 8-byte signature).
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(data: Uint8Array): { width: number; height: number } | undefined {
  if (data.length < 24 || SIGNATURE.some((b, i) => data[i] !== b)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const chunkType = String.fromCharCode(data[12], data[13], data[14], data[15]);
  if (chunkType !== "IHDR") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
