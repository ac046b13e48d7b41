/**
 * Illustrations for the demo newsroom: the demo articles are fictional, so their "photos"
 * are drawn, not taken. Each name gives the same picture every time: a sky, a sun, layered
 * hills and a faint eight-pointed star lattice, in a palette picked by the name's hash.
 */

const PALETTES: ReadonlyArray<readonly [string, string, string, string]> = [
  ['#f3d9b1', '#e0a96d', '#a0522d', '#5b3a29'],
  ['#cfe3ef', '#8fb8d6', '#3f6e8f', '#1d3b53'],
  ['#e8efd5', '#b5c98e', '#6b8f47', '#34502a'],
  ['#f2d0c4', '#d98c74', '#a5493a', '#5e2a24'],
  ['#e3dcef', '#b3a3d4', '#6f5aa6', '#3b2e63'],
  ['#f5ecc8', '#e3c867', '#b08a2e', '#5f4a17'],
  ['#d5ece8', '#8ccbc0', '#3f8f85', '#1f4d48'],
];

/** A small deterministic hash (FNV-1a) of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A pseudo-random sequence seeded by the hash (mulberry32). */
function sequence(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hill(rand: () => number, base: number, amplitude: number, color: string): string {
  const points: string[] = [`M0 ${base}`];
  for (let x = 0; x <= 1200; x += 150) {
    const y = base - amplitude * (0.4 + rand() * 0.6);
    points.push(`Q${x + 75} ${y} ${x + 150} ${base - amplitude * rand() * 0.5}`);
  }
  return `<path d="${points.join(' ')} L1200 675 L0 675 Z" fill="${color}"/>`;
}

/** The SVG picture for a demo image name (1200×675). */
export function demoArt(name: string): string {
  const seed = hash(name);
  const rand = sequence(seed);
  const [sky, sun, mid, deep] = PALETTES[seed % PALETTES.length]!;
  const sunX = 200 + Math.round(rand() * 800);
  const sunY = 140 + Math.round(rand() * 160);
  const star =
    '<g fill="none" stroke="#fff" stroke-opacity=".18" stroke-width="2">' +
    '<rect x="-30" y="-30" width="60" height="60"/><rect x="-30" y="-30" width="60" height="60" transform="rotate(45)"/></g>';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${sky}"/>` +
    `<stop offset="1" stop-color="${sun}"/></linearGradient>` +
    `<pattern id="p" width="120" height="120" patternUnits="userSpaceOnUse"><g transform="translate(60 60)">${star}</g></pattern></defs>` +
    `<rect width="1200" height="675" fill="url(#g)"/><rect width="1200" height="675" fill="url(#p)"/>` +
    `<circle cx="${sunX}" cy="${sunY}" r="${60 + Math.round(rand() * 50)}" fill="#fff" fill-opacity=".55"/>` +
    hill(rand, 470, 120, mid) +
    hill(rand, 560, 90, deep) +
    `</svg>`
  );
}
