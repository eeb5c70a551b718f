import { describe, expect, it } from 'vitest';
import { chooseSlug } from '../../src/ingest/slugs.ts';

const hash = '830c6193e1b50873657937b9d0dbcda7a185d0a7795ca2d7074888d51e12e300';

describe('chooseSlug', () => {
  it('makes the slug from the title, its marks folded', () => {
    expect(chooseSlug('Tô Lâm meets Hà Nội officials', hash, new Set())).toBe('to-lam-meets-ha-noi-officials');
  });

  it('names a title in a script the slug cannot spell by its seed\'s hash', () => {
    expect(chooseSlug('鉄山～弥山～八経ヶ岳 オオヤマレンゲ咲いてます （7/2）', hash, new Set())).toBe('article-830c6193');
    expect(chooseSlug('طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله', hash, new Set())).toBe('article-830c6193');
    expect(chooseSlug('IPL 2020 Final: फाइनल मुकाबले में दिल्ली', hash, new Set())).toBe('ipl-2020-final');
  });

  it('gives a taken slug a suffix from the seed\'s hash, and keeps a requested one', () => {
    expect(chooseSlug('Tô Lâm', hash, new Set(['to-lam']))).toBe('to-lam-830c61');
    expect(chooseSlug('Anything', hash, new Set(), 'my-slug')).toBe('my-slug');
  });
});
