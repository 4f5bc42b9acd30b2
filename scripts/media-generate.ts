// Generates the demo pictures that articles reference under /media/.
// Each picture is an editorial-style illustration composed as SVG (sky, sun or moon,
// hills or a medina skyline, zellige star patterns) and encoded by sharp as a JPEG.
// Output is deterministic: the same path always gives the same picture.
//
//   npx tsx scripts/media-generate.ts [--force]
//
// Stories' pictures go to the store's media folder (CONTENT_DIR/media/, served by
// app/media only once a story that uses them is visible); the site's share image goes to
// public/media/. Existing files are kept unless --force is given, so real photos are
// never overwritten by accident.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

type Palette = {
  sky: [string, string, string]; // top, middle, horizon
  sun: string;
  land: [string, string, string]; // far, middle, near
  accent: string; // zellige and trim
  night: boolean; // draws a crescent moon instead of a sun
};

// One palette per section, so a section's pictures read as a family.
const PALETTES: Record<string, Palette> = {
  news: { sky: ["#e7b58c", "#f0c9a0", "#f8e6c8"], sun: "#fff4dc", land: ["#d99a6c", "#b8653f", "#7e3f2b"], accent: "#2f6f73", night: false },
  economy: { sky: ["#103a31", "#2d6a53", "#cfe2bd"], sun: "#f4efcf", land: ["#4f8a66", "#285c44", "#12352a"], accent: "#d8b45a", night: false },
  technology: { sky: ["#191c4a", "#45398a", "#93a9ea"], sun: "#eef0ff", land: ["#4a4b92", "#2c2a68", "#15143a"], accent: "#6fd3ff", night: true },
  sports: { sky: ["#1d4a2a", "#4f9a57", "#e2f0c4"], sun: "#fbfbe6", land: ["#7dbb5e", "#3f8e3f", "#1f5f2a"], accent: "#f3f1dc", night: false },
  arts: { sky: ["#27134d", "#772a76", "#e785ad"], sun: "#ffe3f0", land: ["#a4448c", "#5e2370", "#2a1345"], accent: "#f4b860", night: true },
  celebrities: { sky: ["#0c0a07", "#2b2113", "#86632a"], sun: "#f5d67e", land: ["#5a4420", "#33270f", "#120e08"], accent: "#d9b25a", night: true },
  health: { sky: ["#f2f8e8", "#fde6c2", "#ffc98f"], sun: "#ff9a3c", land: ["#a8d68a", "#5fb25a", "#2e8647"], accent: "#ff8a3a", night: false },
  site: { sky: ["#17324a", "#2f6f73", "#f0c89a"], sun: "#fbe7c6", land: ["#c77b52", "#8e4a33", "#4a2a22"], accent: "#f0c89a", night: false },
};

type Job = { src: string; width: number; height: number; section: string };

const force = process.argv.includes("--force");
const contentDir = process.env.CONTENT_DIR || "content";
const storeMediaDir = path.resolve(contentDir, "media");
const siteMediaDir = path.resolve("public", "media");

// Small seeded PRNG (mulberry32) so shapes depend only on the hash of the path.
function rngFor(key: string): () => number {
  let a = createHash("sha256").update(key).digest().readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f1 = (n: number) => n.toFixed(1);

// A smooth ridge line: a sum of sines with random phases, closed down to the bottom edge.
function ridge(w: number, h: number, base: number, amp: number, rnd: () => number): string {
  const waves = [1, 2.3, 5.1].map((k) => ({ k, p: rnd() * Math.PI * 2, a: amp / k }));
  const steps = 24;
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = (w * i) / steps;
    const y = base - waves.reduce((s, v) => s + v.a * Math.sin((v.k * Math.PI * 2 * x) / w + v.p), 0);
    pts.push([x, y]);
  }
  // Quadratic curves through midpoints give soft, hand-drawn looking hills.
  let d = `M0 ${h} L${f1(pts[0]![0])} ${f1(pts[0]![1])}`;
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]!;
    const [x1, y1] = pts[i]!;
    d += ` Q${f1(x0)} ${f1(y0)} ${f1((x0 + x1) / 2)} ${f1((y0 + y1) / 2)}`;
  }
  return `${d} L${w} ${f1(pts[steps]![1])} L${w} ${h} Z`;
}

// A medina skyline: flat roofs, domes and the occasional square minaret.
function skyline(w: number, h: number, base: number, unit: number, rnd: () => number): string {
  let d = `M0 ${h}`;
  let x = 0;
  while (x < w) {
    const bw = unit * (0.8 + rnd() * 1.6);
    const top = base - unit * (0.4 + rnd() * 1.4);
    const kind = rnd();
    if (kind < 0.12) {
      // Minaret: tall square tower with a small lantern on top.
      const mw = unit * 0.55;
      const mt = base - unit * (3.2 + rnd() * 1.5);
      d += ` L${f1(x)} ${f1(top)} L${f1(x + (bw - mw) / 2)} ${f1(top)} L${f1(x + (bw - mw) / 2)} ${f1(mt)}`;
      d += ` L${f1(x + bw / 2 - mw / 4)} ${f1(mt)} L${f1(x + bw / 2 - mw / 4)} ${f1(mt - unit * 0.6)}`;
      d += ` L${f1(x + bw / 2 + mw / 4)} ${f1(mt - unit * 0.6)} L${f1(x + bw / 2 + mw / 4)} ${f1(mt)}`;
      d += ` L${f1(x + (bw + mw) / 2)} ${f1(mt)} L${f1(x + (bw + mw) / 2)} ${f1(top)} L${f1(x + bw)} ${f1(top)}`;
    } else if (kind < 0.3) {
      // Dome: a half-ellipse on a low drum.
      d += ` L${f1(x)} ${f1(top)} A${f1(bw / 2)} ${f1(bw * 0.42)} 0 0 1 ${f1(x + bw)} ${f1(top)}`;
    } else {
      d += ` L${f1(x)} ${f1(top)} L${f1(x + bw)} ${f1(top)}`;
    }
    x += bw;
  }
  return `${d} L${f1(x)} ${h} Z`;
}

// A date palm: a gently curved trunk and a crown of drooping fronds.
function palm(x: number, base: number, height: number, color: string, rnd: () => number): string {
  const lean = height * (rnd() - 0.5) * 0.3;
  const tx = x + lean;
  const ty = base - height;
  let d = `M${f1(x)} ${f1(base)} Q${f1(x + lean * 0.2)} ${f1(base - height / 2)} ${f1(tx)} ${f1(ty)}`;
  // Fronds rise from the crown and arch over; the outer ones droop furthest.
  for (let i = 0; i < 9; i++) {
    const a = Math.PI * (-0.08 + (i / 8) * 1.16);
    const len = height * (0.3 + rnd() * 0.1);
    const ex = tx - Math.cos(a) * len;
    const ey = ty + len * (0.5 - 0.45 * Math.sin(a));
    d += ` M${f1(tx)} ${f1(ty)} Q${f1(tx - Math.cos(a) * len * 0.55)} ${f1(ty - len * (0.15 + 0.35 * Math.sin(a)))} ${f1(ex)} ${f1(ey)}`;
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${f1(height * 0.04)}" stroke-linecap="round"/>`;
}

// An eight-pointed star (two overlapping squares), the basic zellige motif.
function star(cx: number, cy: number, r: number): string {
  const inner = (r * Math.cos(Math.PI / 4)) / Math.cos(Math.PI / 8);
  const pts: string[] = [];
  for (let i = 0; i < 16; i++) {
    const rr = i % 2 ? inner : r;
    const a = (i * Math.PI) / 8 - Math.PI / 2;
    pts.push(`${f1(cx + rr * Math.cos(a))},${f1(cy + rr * Math.sin(a))}`);
  }
  return pts.join(" ");
}

// Zellige tile: two large stars on one diagonal, two small ones on the other. Every motif
// stays inside its tile, so no anti-aliased seams appear where tiles meet. Low opacity keeps
// it a texture rather than a busy foreground (and keeps the JPEG small).
function zelligePattern(id: string, s: number, p: Palette): string {
  const q = s / 4;
  const big = (x: number, y: number) =>
    `<polygon points="${star(x, y, q * 0.98)}" fill="${p.accent}" opacity="0.55"/><polygon points="${star(x, y, q * 0.42)}" fill="${p.sky[2]}" opacity="0.6"/>`;
  const small = (x: number, y: number) =>
    `<polygon points="${star(x, y, q * 0.8)}" fill="${p.sun}" opacity="0.3"/><polygon points="${star(x, y, q * 0.3)}" fill="${p.accent}" opacity="0.5"/>`;
  return `<pattern id="${id}" width="${s}" height="${s}" patternUnits="userSpaceOnUse">${big(q, q)}${big(3 * q, 3 * q)}${small(3 * q, q)}${small(q, 3 * q)}</pattern>
  <pattern id="mow" width="${f1(s * 2)}" height="${s}" patternUnits="userSpaceOnUse"><rect width="${s}" height="${s}" fill="${p.accent}"/></pattern>`;
}

function composeSvg(key: string, w: number, h: number, p: Palette, archFrame?: boolean): string {
  const rnd = rngFor(key);
  const scene = rnd() < 0.5 ? "hills" : rnd() < 0.6 ? "city" : "coast";
  const arch = archFrame ?? rnd() < 0.3;
  const archW = h * (0.56 + rnd() * 0.1);
  const horizon = h * (0.55 + rnd() * 0.1);
  // Inside an arch the sun must sit in the opening, or the wall would hide it.
  const sunX = arch ? w / 2 + archW * (rnd() - 0.5) * 0.4 : w * (0.2 + rnd() * 0.6);
  const sunY = h * (arch ? 0.3 + rnd() * 0.08 : 0.18 + rnd() * 0.2);
  const sunR = Math.min(w, h) * (arch ? 0.06 : 0.07 + rnd() * 0.05);
  const tile = 4 * Math.max(10, Math.round(w / (36 + rnd() * 20))); // multiple of 4: motif centres on whole pixels
  const parts: string[] = [];

  parts.push(`<defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.sky[0]}"/><stop offset="0.55" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[2]}"/>
    </linearGradient>
    <radialGradient id="glow"><stop offset="0" stop-color="${p.sun}" stop-opacity="0.55"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/></radialGradient>
    <linearGradient id="sea" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.sky[2]}"/><stop offset="1" stop-color="${p.land[1]}"/>
    </linearGradient>
    <mask id="crescent"><rect width="${w}" height="${h}" fill="#fff"/><circle cx="${f1(sunX + sunR * 0.45)}" cy="${f1(sunY - sunR * 0.25)}" r="${f1(sunR * 0.9)}" fill="#000"/></mask>
    ${zelligePattern("zellige", tile, p)}
  </defs>`);
  parts.push(`<rect width="${w}" height="${h}" fill="url(#sky)"/>`);

  // Soft haze bands give depth to the sky without any grain.
  for (let i = 0; i < 3; i++) {
    const y = h * (0.12 + rnd() * 0.4);
    parts.push(`<ellipse cx="${f1(w * (0.2 + rnd() * 0.6))}" cy="${f1(y)}" rx="${f1(w * (0.4 + rnd() * 0.4))}" ry="${f1(h * (0.015 + rnd() * 0.03))}" fill="${p.sun}" opacity="${(0.12 + rnd() * 0.12).toFixed(2)}"/>`);
  }

  parts.push(`<circle cx="${f1(sunX)}" cy="${f1(sunY)}" r="${f1(sunR * 3.2)}" fill="url(#glow)"/>`);
  parts.push(`<circle cx="${f1(sunX)}" cy="${f1(sunY)}" r="${f1(sunR)}" fill="${p.sun}"${p.night ? ' mask="url(#crescent)"' : ""}/>`);

  // Far range first, nearer layers darker: classic atmospheric perspective.
  parts.push(`<path d="${ridge(w, h, horizon - h * 0.08, h * 0.07, rnd)}" fill="${p.land[0]}" opacity="0.75"/>`);
  if (scene === "coast") {
    parts.push(`<rect y="${f1(horizon)}" width="${w}" height="${f1(h - horizon)}" fill="url(#sea)"/>`);
    for (let i = 0; i < 6; i++) {
      const y = horizon + (h - horizon) * (0.06 + i * 0.13);
      parts.push(`<rect x="${f1(sunX - w * (0.05 + i * 0.02))}" y="${f1(y)}" width="${f1(w * (0.1 + i * 0.04))}" height="${f1(h * 0.008)}" rx="${f1(h * 0.004)}" fill="${p.sun}" opacity="${(0.45 - i * 0.06).toFixed(2)}"/>`);
    }
    // A headland on one side keeps the composition from being a flat horizon.
    // Drawn for the left edge, mirrored half the time.
    const flip = rnd() < 0.5 ? ` transform="matrix(-1 0 0 1 ${w} 0)"` : "";
    const top = horizon - h * (0.12 + rnd() * 0.08);
    parts.push(`<path${flip} d="M0 ${h} L0 ${f1(top)} C${f1(w * 0.1)} ${f1(top - h * 0.02)} ${f1(w * 0.2)} ${f1(top + h * 0.06)} ${f1(w * 0.27)} ${f1(horizon - h * 0.02)} Q${f1(w * 0.33)} ${f1(horizon + h * 0.08)} ${f1(w * 0.37)} ${h} Z" fill="${p.land[2]}"/>`);
  } else if (scene === "city") {
    parts.push(`<path d="${ridge(w, h, horizon, h * 0.04, rnd)}" fill="${p.land[1]}" opacity="0.8"/>`);
    parts.push(`<path d="${skyline(w, h, horizon + h * 0.12, w * 0.03, rnd)}" fill="${p.land[2]}"/>`);
    parts.push(`<rect y="${f1(horizon + h * 0.12)}" width="${w}" height="${f1(h)}" fill="${p.land[2]}"/>`);
    parts.push(`<rect y="${f1(h * 0.9)}" width="${w}" height="${f1(h * 0.1)}" fill="url(#zellige)"/>`);
  } else {
    parts.push(`<path d="${ridge(w, h, horizon + h * 0.06, h * 0.06, rnd)}" fill="${p.land[1]}"/>`);
    const near = ridge(w, h, horizon + h * 0.22, h * 0.05, rnd);
    parts.push(`<path d="${near}" fill="${p.land[2]}"/>`);
    // Sports get mowing stripes, like a pitch; everything else a zellige texture.
    const sports = p === PALETTES.sports;
    parts.push(`<path d="${near}" fill="url(#${sports ? "mow" : "zellige"})" opacity="${sports ? 0.1 : 0.35}"/>`);
    // A few date palms on the near ridge, for scale.
    const palmCount = Math.floor(rnd() * 4);
    const px = w * (0.1 + rnd() * 0.7);
    for (let i = 0; i < palmCount; i++) {
      parts.push(palm(px + i * w * (0.035 + rnd() * 0.03), horizon + h * 0.2, h * (0.13 + rnd() * 0.08), p.land[2], rnd));
    }
  }

  // Optional horseshoe-arch frame: the scene seen through a tiled doorway.
  if (arch) {
    const aw = archW;
    const x0 = (w - aw) / 2;
    const r = aw * 0.56;
    // Place the springing line so the top of the horseshoe sits just inside the frame.
    const spring = h * 0.1 + r + Math.sqrt(r * r - (aw / 2) ** 2);
    const hole = `M${f1(x0)} ${h} L${f1(x0)} ${f1(spring)} A${f1(r)} ${f1(r)} 0 1 1 ${f1(x0 + aw)} ${f1(spring)} L${f1(x0 + aw)} ${h} Z`;
    const wall = `M0 0 H${w} V${h} H0 Z ${hole}`;
    parts.push(`<path d="${wall}" fill-rule="evenodd" fill="${p.land[2]}"/>`);
    parts.push(`<path d="${wall}" fill-rule="evenodd" fill="url(#zellige)" opacity="0.6"/>`);
    parts.push(`<path d="${hole}" fill="none" stroke="${p.accent}" stroke-width="${f1(w * 0.008)}" opacity="0.7"/>`);
  }

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${parts.join("")}</svg>`;
}

function articleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? articleFiles(p) : e.name.endsWith(".json") ? [p] : [];
  });
}

function collectJobs(): Map<string, Job> {
  const jobs = new Map<string, Job>();
  const add = (img: unknown, section: string, file: string) => {
    if (!img || typeof img !== "object") return;
    const { src, width, height } = img as Record<string, unknown>;
    if (typeof src !== "string" || !src.startsWith("/media/")) return;
    const ok = Number.isInteger(width) && Number.isInteger(height) && (width as number) >= 16 && (height as number) >= 16 && (width as number) <= 4000 && (height as number) <= 4000;
    if (!ok || !/\.jpe?g$/i.test(src) || src.includes("..")) {
      console.warn(`warn: ${file}: cannot generate ${src} (needs a .jpg path and sane width/height)`);
      return;
    }
    if (!jobs.has(src)) jobs.set(src, { src, width: width as number, height: height as number, section });
  };
  for (const file of articleFiles(path.join(contentDir, "articles"))) {
    let a: Record<string, unknown>;
    try {
      a = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    } catch (e) {
      console.warn(`warn: skipping ${file}: ${(e as Error).message}`);
      continue;
    }
    const section = typeof a.section === "string" ? a.section : "news";
    add(a.image, section, file);
    if (Array.isArray(a.body)) for (const b of a.body) if (b && (b as { type?: unknown }).type === "image") add(b, section, file);
  }
  return jobs;
}

async function main(): Promise<void> {
  const jobs = [...collectJobs().values()];
  // Generic share image for pages without a picture of their own.
  jobs.push({ src: "/media/og-default.jpg", width: 1200, height: 630, section: "site" });
  let wrote = 0;
  let skipped = 0;
  for (const job of jobs) {
    const dir = job.section === "site" ? siteMediaDir : storeMediaDir;
    const out = path.join(dir, job.src.slice("/media/".length));
    if (!out.startsWith(dir + path.sep)) continue; // never write outside the media folders
    if (!force && existsSync(out)) {
      skipped++;
      continue;
    }
    const palette = PALETTES[job.section] ?? PALETTES.news!;
    const svg = composeSvg(job.src, job.width, job.height, palette, job.section === "site" ? true : undefined);
    const jpeg = await sharp(Buffer.from(svg))
      .resize(job.width, job.height, { fit: "fill" })
      .jpeg({ quality: 62, progressive: true, mozjpeg: true })
      .toBuffer();
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, jpeg);
    wrote++;
  }
  // The publisher's logo for structured data: the site icon as a 512 px PNG (search engines want a bitmap).
  const logo = path.join(siteMediaDir, "sahifa-logo.png");
  if (force || !existsSync(logo)) {
    writeFileSync(logo, await sharp(readFileSync(path.resolve("app/icon.svg")), { density: 576 }).resize(512, 512).png({ compressionLevel: 9 }).toBuffer());
    wrote++;
  } else skipped++;
  console.log(`media: wrote ${wrote}, skipped ${skipped} (already present)${force ? " [--force]" : ""}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
