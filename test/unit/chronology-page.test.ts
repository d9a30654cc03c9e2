// A page of the chronology, and the page numbers GOV.UK pagination shows.
import { describe, expect, it } from 'vitest';
import { chronologyPage, type Listed } from '../../src/web/presenters/chronology.js';
import { pageNumbers, paginationOf } from '../../src/web/presenters/pagination.js';

/** Entries e1…en listed, the entry `corrected` with a correction `c<id>` beside it. */
const items = (n: number, corrected?: string): Listed[] =>
  Array.from({ length: n }, (_, i) => {
    const id = `e${i + 1}`;
    return {
      item: { entry: { id } },
      corrections: id === corrected ? [{ entry: { id: `c${id}` }, recordedAt: undefined }] : [],
    } as unknown as Listed;
  });

describe('chronologyPage', () => {
  it('shows the page asked for, with where it stands among all of them', () => {
    const page = chronologyPage(items(7), { page: '2' }, 3);
    expect(page.listed.map(({ item }) => item.entry.id)).toEqual(['e4', 'e5', 'e6']);
    expect(page).toMatchObject({ page: 2, pages: 3, first: 4, last: 6, total: 7 });
    expect(chronologyPage(items(7), { page: '3' }, 3)).toMatchObject({ first: 7, last: 7 });
  });

  it('reads a page that is no number as the first, and one past the end as the last', () => {
    for (const page of [undefined, '', '0', '-2', 'x', '2.5'])
      expect(chronologyPage(items(7), { page }, 3).page).toBe(1);
    expect(chronologyPage(items(7), { page: '40' }, 3).page).toBe(3);
  });

  it('opens the page of a named entry, or of the entry a named correction is shown beside', () => {
    expect(chronologyPage(items(7), { entry: 'e5', page: '1' }, 3).page).toBe(2);
    expect(chronologyPage(items(7, 'e7'), { entry: 'ce7' }, 3).page).toBe(3);
    expect(chronologyPage(items(7), { entry: 'e99', page: '2' }, 3).page).toBe(2);
  });

  it('is one empty page when there is nothing to show', () => {
    expect(chronologyPage([], { page: '3' })).toEqual({
      listed: [],
      page: 1,
      pages: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });
});

describe('pagination', () => {
  it('shows the first, the last and the pages either side of the current one', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, null, 5]);
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
  });

  it('needs no pagination for one page, and links the previous and next pages otherwise', () => {
    const link = (page: number) => `/list?page=${page}`;
    expect(paginationOf(1, 1, link)).toBeUndefined();
    expect(paginationOf(2, 3, link, 'Pages')).toEqual({
      landmarkLabel: 'Pages',
      previous: { href: '/list?page=1' },
      next: { href: '/list?page=3' },
      items: [
        { number: 1, href: '/list?page=1', current: false },
        { number: 2, href: '/list?page=2', current: true },
        { number: 3, href: '/list?page=3', current: false },
      ],
    });
    expect(paginationOf(1, 2, link)).not.toHaveProperty('previous');
  });
});
