#!/usr/bin/env node
// Draws the add-in icons (assets/icon-16/32/64/80/128.png) with a tiny PNG writer: Node's zlib only, no image library.
// The picture: descending bars (a Pareto chart) in white on Office-green, with a thin cumulative line.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [33, 115, 70, 255]; // Excel green
const BAR = [255, 255, 255, 255];
const LINE = [255, 200, 61, 255];
const BAR_HEIGHTS = [0.95, 0.62, 0.4, 0.24];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes RGBA pixels (width x height x 4 bytes) as a PNG file. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}

function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const set = (x, y, colour) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    for (let c = 0; c < 4; c++) pixels[(y * size + x) * 4 + c] = colour[c];
  };
  const radius = Math.max(2, Math.round(size * 0.16));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const dx = Math.max(radius - x - 0.5, x + 0.5 - (size - radius), 0);
      const dy = Math.max(radius - y - 0.5, y + 0.5 - (size - radius), 0);
      if (dx * dx + dy * dy <= radius * radius) set(x, y, BACKGROUND);
    }
  }
  const margin = Math.max(2, Math.round(size * 0.16));
  const inner = size - 2 * margin;
  const gap = Math.max(1, Math.round(inner * 0.06));
  const barWidth = Math.floor((inner - gap * (BAR_HEIGHTS.length - 1)) / BAR_HEIGHTS.length);
  const baseline = size - margin;
  const tops = [];
  BAR_HEIGHTS.forEach((share, i) => {
    const left = margin + i * (barWidth + gap);
    const top = baseline - Math.max(1, Math.round(inner * share * 0.8));
    tops.push([left + barWidth / 2, top]);
    for (let y = top; y < baseline; y++) for (let x = left; x < left + barWidth; x++) set(x, y, BAR);
  });
  // Cumulative line: rises steeply, then flattens (the 80/20 curve) across the top.
  const thickness = Math.max(1, Math.round(size / 32));
  for (let x = margin; x < size - margin; x++) {
    const t = (x - margin) / inner;
    const y = Math.round(margin + inner * 0.55 * (1 - Math.sqrt(t)));
    for (let k = 0; k < thickness; k++) set(x, y + k, LINE);
  }
  return encodePng(size, size, pixels);
}

function main() {
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, drawIcon, SIZES };
