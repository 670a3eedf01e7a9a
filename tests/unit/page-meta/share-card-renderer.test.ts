import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareCardSvg } from '../../../src/page-meta/share-card';
import { shareCardCacheFolder } from '../../../src/page-meta/share-card-cache';
import { shareCardBuild, startShareCards } from '../../../src/page-meta/share-card-renderer';
import { renderShareCard } from '../../../src/page-meta/share-card-worker';

const card = (name: string, title: string) => ({ name, svg: shareCardSvg({ site: 'Site', title, subtitle: `About ${title}` }) });
const fontFiles = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  path.join(import.meta.dirname, '../../../node_modules/@expo-google-fonts/inter', f),
);

let cacheDir: string;
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'share-card-renderer-'));
  const build = shareCardBuild();
  build.cacheDir = cacheDir;
  build.workerUrl = new URL('../../../src/page-meta/share-card-worker.ts', import.meta.url).href;
});
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('share card renderer', () => {
  it('renders in worker threads the same PNG as in this thread, and a rebuild with one changed card renders that one only', async () => {
    const build = shareCardBuild();
    const cards = [card('a', 'First page'), card('b', 'Second page'), card('c', 'Third page')];
    const first = startShareCards(cards);
    const pngs = await Promise.all(cards.map((c) => first(c.name)));
    expect(pngs.map((png) => Buffer.from(png).equals(Buffer.from(renderShareCard(cards[0]?.svg ?? '', fontFiles))))).toEqual([
      true,
      false,
      false,
    ]);
    expect(
      Buffer.from(pngs[1] ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect({ rendered: build.rendered, fromCache: build.fromCache }).toEqual({ rendered: 3, fromCache: 0 });
    expect(readdirSync(path.join(cacheDir, shareCardCacheFolder))).toHaveLength(3);

    const changed = [cards[0], card('b', 'Second page, renamed'), cards[2]] as typeof cards;
    const second = startShareCards(changed);
    const again = await Promise.all(changed.map((c) => second(c.name)));
    expect({ rendered: build.rendered, fromCache: build.fromCache }).toEqual({ rendered: 4, fromCache: 2 });
    expect(Buffer.from(again[0] ?? []).equals(Buffer.from(pngs[0] ?? []))).toBe(true);
    expect(Buffer.from(again[1] ?? []).equals(Buffer.from(pngs[1] ?? []))).toBe(false);
    expect(() => second('missing')).toThrow(/no card named "missing"/);
  });
});
