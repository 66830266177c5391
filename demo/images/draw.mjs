#!/usr/bin/env node
// Draws the demo's before/after illustrations as small SVG files (run: node demo/images/draw.mjs).
// Drawn for the project, not photographs: a close-up patch of skin whose texture comes from feTurbulence. Each
// pair shares its layout (same seed), so the after image shows the same patch with the condition toned down.
// No inline style (the demo's Content-Security-Policy also applies to SVG files): presentation attributes only.
import { writeFileSync } from 'node:fs';

/** A small seeded random generator (mulberry32), so the files are the same on every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value) => Math.round(value * 10) / 10;

/**
 * One illustration. `severity` runs from 1 (before) to a small share (after): it scales redness, scar depth,
 * pigment and pore contrast. `kind` picks what the pair is about.
 */
function draw({ kind, width, height, seed, severity, tone }) {
  const next = random(seed);
  const at = (margin = 0) => [
    round(margin + next() * (width - 2 * margin)),
    round(margin + next() * (height - 2 * margin)),
  ];
  const parts = [];
  const defs = [
    `<radialGradient id="skin" cx=".42" cy=".38" r=".85"><stop offset="0" stop-color="${tone[0]}"/><stop offset="1" stop-color="${tone[1]}"/></radialGradient>`,
    `<filter id="pores" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${kind === 'lines' ? 0.9 : 0.6}" numOctaves="2" seed="${seed}"/><feColorMatrix values="0 0 0 0 .45 0 0 0 0 .25 0 0 0 0 .18 ${round(3 + 3 * severity)} 0 0 0 ${round(-1.9 - 1.3 * severity)}"/></filter>`,
    `<filter id="soft" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${Math.round(width / 30)}"/></filter>`,
    `<filter id="blur"><feGaussianBlur stdDeviation="1.6"/></filter>`,
    // A pit lit from the top left: its upper-left wall is in shadow, the lower right catches the light.
    `<radialGradient id="scar" fx=".3" fy=".3"><stop offset="0" stop-color="#6e3b2c" stop-opacity=".55"/><stop offset=".55" stop-color="#8c5440" stop-opacity=".3"/><stop offset=".85" stop-color="#fbe0cf" stop-opacity=".35"/><stop offset="1" stop-color="#fbe0cf" stop-opacity="0"/></radialGradient>`,
    `<filter id="spot" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="5"/></filter>`,
  ];
  parts.push(`<rect width="${width}" height="${height}" fill="url(#skin)"/>`);

  // Redness and uneven tone: large blurred patches.
  const blotches = [];
  for (let i = 0; i < 7; i++) {
    const [x, y] = at(width / 8);
    blotches.push(
      `<ellipse cx="${x}" cy="${y}" rx="${round(width / 12 + (next() * width) / 9)}" ry="${round(height / 14 + (next() * height) / 9)}"/>`,
    );
  }
  const redness = kind === 'scars' ? 0.55 : 0.25;
  parts.push(
    `<g fill="#c4514b" opacity="${round(redness * severity * 100) / 100}" filter="url(#soft)">${blotches.join('')}</g>`,
  );

  if (kind === 'pigment') {
    const spots = [];
    for (let i = 0; i < 14; i++) {
      const [x, y] = at(width / 12);
      const rx = round(6 + next() * 16);
      spots.push(
        `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${round(rx * (0.6 + next() * 0.4))}" opacity="${round((0.35 + next() * 0.5) * 100) / 100}" transform="rotate(${Math.round(next() * 180)} ${x} ${y})"/>`,
      );
    }
    parts.push(
      `<g fill="#8d5a3a" opacity="${round((0.1 + 0.7 * severity) * 100) / 100}" filter="url(#spot)">${spots.join('')}</g>`,
    );
  }

  parts.push(
    `<rect width="${width}" height="${height}" filter="url(#pores)" opacity="${round((0.2 + 0.3 * severity) * 100) / 100}"/>`,
  );

  if (kind === 'scars') {
    const scars = [];
    for (let i = 0; i < 26; i++) {
      const [x, y] = at(12);
      const r = round((4 + next() * 8) * (0.6 + 0.4 * severity));
      scars.push(`<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${round(r * (0.7 + next() * 0.3))}"/>`);
    }
    parts.push(`<g fill="url(#scar)" opacity="${round((0.2 + 0.8 * severity) * 100) / 100}">${scars.join('')}</g>`);
    const papules = [];
    for (let i = 0; i < 6; i++) {
      const [x, y] = at(20);
      papules.push(`<circle cx="${x}" cy="${y}" r="${round(3 + next() * 3)}"/>`);
    }
    if (severity > 0.5) parts.push(`<g fill="#b8362f" opacity=".7" filter="url(#blur)">${papules.join('')}</g>`);
  }

  if (kind === 'lines') {
    // Fine lines fanning gently out from the outer corner of an eye (left edge): a shadowed crease over a lit rim.
    const lines = [];
    for (let i = 0; i < 9; i++) {
      const angle = (i - 4) * 0.07 + (next() - 0.5) * 0.05;
      const [x0, y0] = [width * (0.05 + next() * 0.2), height * (0.14 + i * 0.09)];
      const length = width * (0.3 + next() * 0.35);
      const [x1, y1] = [x0 + length, y0 + Math.tan(angle) * length];
      const sag = (next() - 0.5) * height * 0.05;
      lines.push(
        `M${round(x0)} ${round(y0)}Q${round((x0 + x1) / 2)} ${round((y0 + y1) / 2 + sag)} ${round(x1)} ${round(y1)}`,
      );
    }
    const d = lines.join('');
    const stroke = round(0.8 + 1.6 * severity);
    parts.push(
      `<g fill="none" stroke-linecap="round" filter="url(#blur)" opacity="${round((0.15 + 0.65 * severity) * 100) / 100}">` +
        `<path d="${d}" stroke="#fbe3d4" stroke-width="${stroke}" transform="translate(0 ${stroke})"/>` +
        `<path d="${d}" stroke="#74402f" stroke-width="${stroke}"/></g>`,
    );
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${defs.join('')}</defs>${parts.join('')}</svg>\n`;
}

const pairs = [
  { name: 'acne-scars', kind: 'scars', width: 480, height: 360, seed: 11, tone: ['#f0c7ab', '#d29d80'] },
  { name: 'pigmentation', kind: 'pigment', width: 480, height: 360, seed: 23, tone: ['#e3b48e', '#c08a66'] },
  { name: 'fine-lines', kind: 'lines', width: 400, height: 400, seed: 5, tone: ['#f3d2bd', '#d8aa8e'] },
];

const folder = new URL('.', import.meta.url);
for (const pair of pairs) {
  for (const [when, severity] of [
    ['before', 1],
    ['after', 0.25],
  ]) {
    writeFileSync(new URL(`${pair.name}-${when}.svg`, folder), draw({ ...pair, severity }));
  }
}
