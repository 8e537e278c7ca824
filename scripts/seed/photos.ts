// Generates the demo photos: scenes of the field (a conference hall, an award ceremony,
// a meeting, a signing, rice fields) drawn as SVG, rasterized by sharp, then given film
// grain, softness and a vignette so they read as photographs on the page.
import sharp from 'sharp';
import { seededRandom } from './random';

export type SceneKind = 'hall' | 'ceremony' | 'meeting' | 'signing' | 'field';

export const PHOTO_WIDTH = 2000;
export const PHOTO_HEIGHT = 1333;
const W = PHOTO_WIDTH;
const H = PHOTO_HEIGHT;

const prng = seededRandom;

type Rand = ReturnType<typeof prng>;
const pick = <T,>(rand: Rand, items: readonly T[]) => items[Math.floor(rand() * items.length)];
const between = (rand: Rand, min: number, max: number) => min + rand() * (max - min);

const SKIN = ['#e9c3a0', '#dcae89', '#c99572', '#f0cfae', '#d7a47f'];
const HAIR = ['#1b1512', '#2a201a', '#3a2c22', '#141414'];
const SUITS = ['#1f2a44', '#2b2b2b', '#3b3f4a', '#24364f', '#f2f2f2', '#5a1f24'];
const AO_DAI = ['#c8102e', '#f3c316', '#f7f3e9', '#2e6fb7', '#9c1b47'];

/** A person from the waist up (or standing), facing the camera. */
function person(rand: Rand, x: number, y: number, scale: number, standing = false, holding: 'none' | 'certificate' | 'flowers' = 'none') {
  const skin = pick(rand, SKIN);
  const hair = pick(rand, HAIR);
  const cloth = rand() < 0.25 ? pick(rand, AO_DAI) : pick(rand, SUITS);
  const headR = 26 * scale;
  const bodyW = 92 * scale;
  const bodyH = (standing ? 250 : 120) * scale;
  const parts = [
    `<rect x="${x - bodyW / 2}" y="${y + headR * 0.9}" width="${bodyW}" height="${bodyH}" rx="${30 * scale}" fill="${cloth}"/>`,
    `<rect x="${x - 9 * scale}" y="${y + headR * 0.7}" width="${18 * scale}" height="${22 * scale}" fill="${skin}"/>`,
    `<ellipse cx="${x}" cy="${y}" rx="${headR * 0.86}" ry="${headR}" fill="${skin}"/>`,
    `<path d="M${x - headR * 0.9} ${y - 2 * scale} Q${x} ${y - headR * 1.5} ${x + headR * 0.9} ${y - 2 * scale} Q${x + headR * 0.5} ${y - headR * 0.55} ${x} ${y - headR * 0.6} Q${x - headR * 0.5} ${y - headR * 0.55} ${x - headR * 0.9} ${y - 2 * scale}Z" fill="${hair}"/>`,
  ];
  if (cloth === '#1f2a44' || cloth === '#2b2b2b' || cloth === '#3b3f4a') {
    parts.push(`<path d="M${x - 12 * scale} ${y + headR * 0.95} L${x} ${y + headR * 2.2} L${x + 12 * scale} ${y + headR * 0.95}Z" fill="#f4f4f4"/>`);
    parts.push(`<path d="M${x - 4 * scale} ${y + headR * 1.05} L${x} ${y + headR * 2.3} L${x + 4 * scale} ${y + headR * 1.05}Z" fill="#8b1a1a"/>`);
  }
  if (holding === 'certificate') {
    parts.push(`<rect x="${x - 40 * scale}" y="${y + headR * 2.4}" width="${80 * scale}" height="${58 * scale}" fill="#f8f1dc" stroke="#c9a227" stroke-width="${5 * scale}"/>`);
    parts.push(`<rect x="${x - 28 * scale}" y="${y + headR * 2.4 + 14 * scale}" width="${56 * scale}" height="${5 * scale}" fill="#b3261e"/>`);
  } else if (holding === 'flowers') {
    for (let i = 0; i < 7; i += 1) {
      parts.push(
        `<circle cx="${x - 20 * scale + rand() * 40 * scale}" cy="${y + headR * 2.5 + rand() * 30 * scale}" r="${9 * scale}" fill="${pick(rand, ['#e63946', '#ffb703', '#f4a3b4', '#fefae0'])}"/>`,
      );
    }
  }
  return parts.join('');
}

function backdrop(rand: Rand, height: number) {
  const red = pick(rand, ['#a3161b', '#b01e23', '#8f1318']);
  return `<rect width="${W}" height="${height}" fill="${red}"/>
    <rect width="${W}" height="${height}" fill="url(#wallLight)"/>
    <rect y="${height * 0.16}" width="${W}" height="${height * 0.05}" fill="#e7b93e" opacity="0.85"/>
    <rect x="${W * 0.12}" y="${height * 0.3}" width="${W * 0.76}" height="${height * 0.05}" fill="#f6d77a" opacity="0.9"/>
    <rect x="${W * 0.2}" y="${height * 0.42}" width="${W * 0.6}" height="${height * 0.035}" fill="#f6d77a" opacity="0.75"/>
    <circle cx="${W * 0.5}" cy="${height * 0.68}" r="${height * 0.12}" fill="#f0c44c" opacity="0.9"/>
    <path d="M${W * 0.5} ${height * 0.59} l${height * 0.026} ${height * 0.055} ${height * 0.06} ${height * 0.006} -${height * 0.045} ${height * 0.04} ${height * 0.013} ${height * 0.058} -${height * 0.054} -${height * 0.03} -${height * 0.054} ${height * 0.03} ${height * 0.013} -${height * 0.058} -${height * 0.045} -${height * 0.04} ${height * 0.06} -${height * 0.006}z" fill="#b3261e"/>`;
}

function audience(rand: Rand, fromY: number, rows: number) {
  const out: string[] = [];
  for (let row = 0; row < rows; row += 1) {
    const scale = 0.9 + row * 0.55;
    const y = fromY + row * 95 * scale * 0.62;
    const step = 120 * scale;
    for (let x = -step / 2 + rand() * step; x < W + step; x += step * between(rand, 0.9, 1.15)) {
      out.push(person(rand, x, y, scale));
    }
    out.push(`<rect x="0" y="${y + 75 * scale}" width="${W}" height="${60 * scale}" fill="#5b2b1c" opacity="0.92"/>`);
  }
  return out.join('');
}

function scene(kind: SceneKind, rand: Rand): string {
  switch (kind) {
    case 'hall': {
      const flowers = Array.from({ length: 40 }, (_, i) => `<circle cx="${(i + 0.5) * (W / 40)}" cy="${H * 0.56 + rand() * 18}" r="${18 + rand() * 10}" fill="${pick(rand, ['#e63946', '#ffb703', '#f28482', '#2a9d8f', '#fefae0'])}"/>`).join('');
      return `${backdrop(rand, H * 0.55)}
        <rect y="${H * 0.52}" width="${W}" height="${H * 0.1}" fill="#6d3b22"/>
        <rect x="${W * 0.7}" y="${H * 0.36}" width="${W * 0.08}" height="${H * 0.2}" fill="#7a4a2a"/>
        ${person(rand, W * 0.74, H * 0.3, 1.1)}
        ${flowers}
        <rect y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="#3b2a22"/>
        ${audience(rand, H * 0.63, 4)}`;
    }
    case 'ceremony': {
      const count = 6 + Math.floor(rand() * 4);
      const people = Array.from({ length: count }, (_, i) =>
        person(rand, W * (0.1 + (0.8 * (i + 0.5)) / count), H * 0.36 + rand() * 12, 1.55, true, i % 2 === 0 ? 'certificate' : 'flowers'),
      ).join('');
      return `${backdrop(rand, H * 0.78)}
        <rect y="${H * 0.76}" width="${W}" height="${H * 0.24}" fill="#7b4327"/>
        <rect y="${H * 0.76}" width="${W}" height="${H * 0.03}" fill="#5a2f1b"/>
        ${people}`;
    }
    case 'meeting': {
      const seats = 7;
      const row = (y: number, scale: number) =>
        Array.from({ length: seats }, (_, i) => person(rand, W * (0.08 + (0.84 * (i + 0.5)) / seats), y, scale)).join('');
      return `<rect width="${W}" height="${H}" fill="#d9d2c3"/>
        ${backdrop(rand, H * 0.4)}
        ${row(H * 0.42, 1.05)}
        <path d="M0 ${H * 0.55} L${W} ${H * 0.55} L${W} ${H * 0.68} L0 ${H * 0.68}Z" fill="#f7f7f2"/>
        <path d="M0 ${H * 0.68} L${W} ${H * 0.68} L${W} ${H * 0.72} L0 ${H * 0.72}Z" fill="#2f6b3a"/>
        ${Array.from({ length: seats }, (_, i) => `<rect x="${W * (0.08 + (0.84 * (i + 0.5)) / seats) - 40}" y="${H * 0.575}" width="80" height="28" fill="#fff" stroke="#999"/>`).join('')}
        <rect y="${H * 0.72}" width="${W}" height="${H * 0.28}" fill="#8a6a4f"/>
        ${row(H * 0.8, 1.9)}`;
    }
    case 'signing': {
      return `${backdrop(rand, H * 0.62)}
        ${Array.from({ length: 6 }, (_, i) => person(rand, W * (0.15 + i * 0.14), H * 0.33, 1.35, true)).join('')}
        <rect y="${H * 0.6}" width="${W}" height="${H * 0.4}" fill="#6d3b22"/>
        <path d="M${W * 0.08} ${H * 0.62} L${W * 0.92} ${H * 0.62} L${W * 0.96} ${H * 0.86} L${W * 0.04} ${H * 0.86}Z" fill="#fbfaf5"/>
        <path d="M${W * 0.04} ${H * 0.86} L${W * 0.96} ${H * 0.86} L${W * 0.96} ${H * 0.9} L${W * 0.04} ${H * 0.9}Z" fill="#b3261e"/>
        ${person(rand, W * 0.35, H * 0.5, 1.6)}${person(rand, W * 0.65, H * 0.5, 1.6)}
        <rect x="${W * 0.28}" y="${H * 0.7}" width="${W * 0.14}" height="${H * 0.1}" fill="#1f3a6d"/>
        <rect x="${W * 0.58}" y="${H * 0.7}" width="${W * 0.14}" height="${H * 0.1}" fill="#1f3a6d"/>`;
    }
    case 'field': {
      const horizon = H * between(rand, 0.36, 0.46);
      const trees = Array.from({ length: 60 }, (_, i) => `<ellipse cx="${i * (W / 55) + rand() * 20}" cy="${horizon - 10}" rx="${30 + rand() * 30}" ry="${25 + rand() * 40}" fill="${pick(rand, ['#2f5d34', '#3c6e3f', '#29502d'])}"/>`).join('');
      const rowsOfRice = Array.from({ length: 26 }, (_, i) => {
        const y = horizon + Math.pow(i / 26, 1.6) * (H - horizon);
        return `<rect x="0" y="${y}" width="${W}" height="${4 + i * 1.4}" fill="${i % 2 ? '#6a9a2e' : '#83b13a'}" opacity="0.8"/>`;
      }).join('');
      const farmers = Array.from({ length: 4 }, () => {
        const x = between(rand, 0.1, 0.9) * W;
        const y = horizon + between(rand, 0.15, 0.55) * (H - horizon);
        const s = 0.6 + ((y - horizon) / (H - horizon)) * 1.6;
        return `${person(rand, x, y, s)}<path d="M${x - 55 * s} ${y - 8 * s} L${x} ${y - 60 * s} L${x + 55 * s} ${y - 8 * s}Z" fill="#e9d9a6" stroke="#b59b5b" stroke-width="${3 * s}"/>`;
      }).join('');
      return `<rect width="${W}" height="${horizon}" fill="url(#sky)"/>
        ${trees}
        <rect y="${horizon}" width="${W}" height="${H - horizon}" fill="#5c8a26"/>
        ${rowsOfRice}${farmers}`;
    }
  }
}

function svg(kind: SceneKind, seed: number): string {
  const rand = prng(seed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb2e5"/><stop offset="1" stop-color="#dcecf7"/></linearGradient>
      <radialGradient id="wallLight" cx="0.5" cy="0.3" r="0.8"><stop offset="0" stop-color="#fff" stop-opacity="0.18"/><stop offset="1" stop-color="#000" stop-opacity="0.25"/></radialGradient>
      <radialGradient id="vignette" cx="0.5" cy="0.5" r="0.75"><stop offset="0.55" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/></radialGradient>
    </defs>
    ${scene(kind, rand)}
    <rect width="${W}" height="${H}" fill="url(#vignette)"/>
  </svg>`;
}

/** A JPEG "photo" of the scene; the same kind and seed always give the same picture. */
export async function generatePhoto(kind: SceneKind, seed: number): Promise<Buffer> {
  const rand = prng(seed * 7919);
  const gw = Math.floor(W / 2);
  const gh = Math.floor(H / 2);
  const grain = Buffer.alloc(gw * gh);
  for (let i = 0; i < grain.length; i += 1) grain[i] = 128 + Math.round((rand() - 0.5) * 90);
  const noise = await sharp(grain, { raw: { width: gw, height: gh, channels: 1 } })
    .resize(W, H, { fit: 'fill' })
    .png()
    .toBuffer();
  return sharp(Buffer.from(svg(kind, seed)))
    .blur(1.1)
    .composite([{ input: noise, blend: 'soft-light' }])
    .modulate({ brightness: between(rand, 0.96, 1.06), saturation: between(rand, 0.9, 1.05) })
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer();
}
