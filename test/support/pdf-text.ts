import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface ParsedPdf {
  /** The text of every page in reading order, one line of the page per line. */
  text: string;
  /** Each page's lines, in reading order. */
  pageLines: string[][];
  pages: number;
  title: string | undefined;
  language: string | undefined;
  /** The font sizes (points) the text is set in, smallest first. */
  fontSizes: number[];
}

/** Reads a produced PDF back the way a reader's software would (Mozilla's pdf.js). */
export async function readPdf(pdf: Buffer | Uint8Array): Promise<ParsedPdf> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const pageLines: string[][] = [];
    const sizes = new Set<number>();
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const lines: string[] = [];
      pageLines.push(lines);
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.str.trim()) sizes.add(Math.round(Math.abs(item.transform[3] as number)));
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
    const { info } = await document.getMetadata();
    const meta = info as { Title?: string; Language?: string };
    return {
      text: pageLines.flat().join('\n'),
      pageLines,
      pages: document.numPages,
      title: meta.Title,
      language: meta.Language,
      fontSizes: [...sizes].sort((a, b) => a - b),
    };
  } finally {
    await document.destroy();
  }
}
