// GOV.UK pagination for a list shown a page at a time (the audit log, a long case's chronology).

export interface Pagination {
  /** What a screen reader calls the navigation ("Results" where not given). */
  landmarkLabel?: string;
  previous?: { href: string };
  next?: { href: string };
  items: ({ ellipsis: true } | { number: number; href: string; current: boolean })[];
}

/** The `govukPagination` parameters for page `page` of `pages`, or undefined when there is one page. */
export function paginationOf(
  page: number,
  pages: number,
  pageLink: (page: number) => string,
  landmarkLabel?: string,
): Pagination | undefined {
  if (pages <= 1) return undefined;
  return {
    ...(landmarkLabel ? { landmarkLabel } : {}),
    ...(page > 1 ? { previous: { href: pageLink(page - 1) } } : {}),
    ...(page < pages ? { next: { href: pageLink(page + 1) } } : {}),
    items: pageNumbers(page, pages).map((number) =>
      number === null ? { ellipsis: true } : { number, href: pageLink(number), current: number === page },
    ),
  };
}

/** 1 … 4 5 6 … 20: the first, the last, and the pages either side of the current one. */
export function pageNumbers(current: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])]
    .filter((page) => page >= 1 && page <= pages)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) =>
    index > 0 && page - (shown[index - 1] as number) > 1 ? [null, page] : [page],
  );
}

/** The page a `?page=` asks for: a whole number from 1, else the first. */
export function pageNumberOf(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return page >= 1 ? page : 1;
}
