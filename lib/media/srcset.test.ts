import { describe, expect, it } from 'vitest';
import { fitSrcSet } from './srcset';

const u = (w: number) => `/_next/image?url=%2Fmedia%2Fa.jpg&w=${w}&q=60`;
const set = (ws: number[]) => ws.map((w) => `${u(w)} ${w}w`).join(', ');

describe('fitSrcSet', () => {
  it('drops the widths above the file’s own, keeping the first that covers it', () => {
    expect(fitSrcSet(set([360, 480, 828, 1080, 1200, 1920]), u(1920), 800)).toEqual({ srcSet: set([360, 480, 828]), src: u(828) });
  });
  it('keeps the exact width when the file has it', () => {
    expect(fitSrcSet(set([640, 1200, 1920]), u(1920), 1200)).toEqual({ srcSet: set([640, 1200]), src: u(1200) });
  });
  it('keeps everything when the file is wider than every entry', () => {
    expect(fitSrcSet(set([360, 1920]), u(1920), 4000)).toEqual({ srcSet: set([360, 1920]), src: u(1920) });
  });
  it('keeps one entry when the file is narrower than the smallest', () => {
    expect(fitSrcSet(set([360, 480]), u(480), 200)).toEqual({ srcSet: set([360]), src: u(360) });
  });
  it('leaves a density srcset or an empty one alone', () => {
    expect(fitSrcSet('/a.jpg 1x, /b.jpg 2x', '/b.jpg', 100)).toEqual({ srcSet: '/a.jpg 1x, /b.jpg 2x', src: '/b.jpg' });
    expect(fitSrcSet('', '/a.jpg', 100)).toEqual({ srcSet: '', src: '/a.jpg' });
  });
});
