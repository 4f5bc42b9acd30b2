// The app icons of the web app manifest (app/[locale]/manifest.webmanifest), drawn from the
// site icon (app/icon.svg) by sharp. A maskable one keeps the mark inside the safe circle.
//   npx tsx scripts/icons-generate.ts
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('app/icon.svg', 'utf8');
// The same mark on a full square (no rounded corners), scaled to 70%: a launcher may cut any shape.
const maskable = svg
  .replace('<rect width="64" height="64" rx="12" fill="#a1161c"/>', '<rect width="64" height="64" fill="#a1161c"/><g transform="translate(9.6 9.6) scale(.7)">')
  .replace('</svg>', '</g></svg>');

async function main() {
  mkdirSync('public/icons', { recursive: true });
  for (const size of [192, 512]) {
    await sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`public/icons/icon-${size}.png`);
    await sharp(Buffer.from(maskable), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9 }).toFile(`public/icons/maskable-${size}.png`);
  }
  console.log('icons: public/icons/{icon,maskable}-{192,512}.png');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
