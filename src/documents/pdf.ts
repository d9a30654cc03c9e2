import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * A plain document for a family to read: a title, an optional introduction,
 * sections of paragraphs or bulleted items, and an optional closing line.
 * Written for clear print (RNIB, GOV.UK): one sans-serif font designed for
 * low vision (Atkinson Hyperlegible), left-aligned, generous line spacing,
 * no justification, no italics, and a tagged structure so a screen reader
 * reads headings, paragraphs and lists in order.
 */
export interface PlainDocument {
  title: string;
  intro?: string;
  sections: { heading: string; paragraphs?: string[]; items?: string[] }[];
  footer?: string;
}

const require = createRequire(import.meta.url);
const fontFile = (subset: 'latin' | 'latin-ext', weight: 400 | 700): string =>
  require.resolve(
    `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`,
  );

/** The font family is shipped as two files per weight (basic Latin, and the
 * extended Latin of names such as Łukasz or Zoë); each run of text is set in
 * the file that has its glyphs. */
const fonts = {
  regular: { latin: fontFile('latin', 400), ext: fontFile('latin-ext', 400) },
  bold: { latin: fontFile('latin', 700), ext: fontFile('latin-ext', 700) },
} as const;
type Weight = keyof typeof fonts;

interface Sizes {
  body: number;
  title: number;
  heading: number;
  margin: number;
}
const normalPrint: Sizes = { body: 12, title: 20, heading: 15, margin: 64 };
// Large print: RNIB asks for 16 to 18 point; we use 18.
const largePrint: Sizes = { body: 18, title: 28, heading: 22, margin: 54 };

type Doc = InstanceType<typeof PDFDocument>;

export async function plainPdf(doc: PlainDocument, options: { largePrint: boolean }): Promise<Buffer> {
  const sizes = options.largePrint ? largePrint : normalPrint;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: sizes.margin,
    bufferPages: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.intro ?? doc.title, Creator: 'Stickability' },
  });
  const done = collect(pdf);
  for (const weight of Object.keys(fonts) as Weight[]) {
    pdf.registerFont(`${weight}-latin`, fonts[weight].latin);
    pdf.registerFont(`${weight}-ext`, fonts[weight].ext);
  }
  const writer = new PlainWriter(pdf, sizes);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  writer.heading(root, 'H1', doc.title, sizes.title, doc.intro ? { text: doc.intro } : undefined);
  if (doc.intro) writer.paragraph(root, doc.intro);
  for (const section of doc.sections) {
    const sect = pdf.struct('Sect');
    root.add(sect);
    const first = section.paragraphs?.[0];
    const item = section.items?.[0];
    writer.heading(
      sect,
      'H2',
      section.heading,
      sizes.heading,
      first !== undefined ? { text: first } : item !== undefined ? { text: item, item: true } : undefined,
    );
    for (const paragraph of section.paragraphs ?? []) writer.paragraph(sect, paragraph);
    if (section.items?.length) writer.list(sect, section.items);
    sect.end();
  }
  if (doc.footer) {
    pdf.moveDown(0.5);
    writer.paragraph(root, doc.footer);
  }
  root.end();
  writer.pageNumbers();
  pdf.end();
  return done;
}

function collect(pdf: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

type Struct = ReturnType<Doc['struct']>;

/** What follows a heading: a paragraph, or a list item (set narrower, after its bullet). */
interface Next {
  text: string;
  item?: boolean;
}

class PlainWriter {
  constructor(
    private readonly pdf: Doc,
    private readonly sizes: Sizes,
  ) {}

  private get left(): number {
    return this.pdf.page.margins.left;
  }

  private get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private get indent(): number {
    return this.sizes.body * 1.4;
  }

  /** A heading, moved to the next page unless the first two lines of what follows fit under it. */
  heading(parent: Struct, tag: 'H1' | 'H2', text: string, size: number, next?: Next): void {
    const own = this.measure(text, 'bold', size, this.width);
    const space = tag === 'H1' ? 0.6 : 0.4;
    let room = own.lines * own.step + space * own.lineHeight;
    if (next) {
      const then = this.measure(next.text, 'regular', this.sizes.body, this.textWidth(next));
      room += (Math.min(2, then.lines) - 1) * then.step + then.lineHeight;
    }
    this.keepRoom(room);
    parent.add(this.pdf.struct(tag, {}, () => this.runs(text, 'bold', size, this.left, this.width)));
    this.pdf.moveDown(space);
  }

  /** A paragraph as one tagged block, split across pages only with two lines or more on each; space after it. */
  paragraph(parent: Struct, text: string): void {
    const restore = this.startBlock(text, this.width);
    parent.add(
      this.pdf.struct('P', {}, () => this.runs(text, 'regular', this.sizes.body, this.left, this.width)),
    );
    restore();
    this.pdf.moveDown(0.4);
  }

  list(parent: Struct, items: string[]): void {
    const indent = this.indent;
    const list = this.pdf.struct('L');
    parent.add(list);
    for (const item of items) {
      const restore = this.startBlock(item, this.width - indent);
      const y = this.pdf.y;
      const li = this.pdf.struct('LI');
      list.add(li);
      li.add(
        this.pdf.struct('Lbl', {}, () => {
          this.setFont('regular', 'latin', this.sizes.body);
          this.pdf.text('•', this.left, y, { lineBreak: false });
        }),
      );
      li.add(
        this.pdf.struct('LBody', {}, () => {
          this.pdf.y = y;
          this.runs(item, 'regular', this.sizes.body, this.left + indent, this.width - indent);
        }),
      );
      restore();
      li.end();
      this.pdf.moveDown(0.3);
    }
    list.end();
    this.pdf.x = this.left;
    this.pdf.moveDown(0.3);
  }

  /** "Page 2 of 3" at the foot of every page, marked as an artifact so a
   * screen reader does not read it in the middle of the text. */
  pageNumbers(): void {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      const bottom = this.pdf.page.margins.bottom;
      this.pdf.page.margins.bottom = 0;
      this.pdf.markContent('Artifact', { type: 'Pagination' });
      this.setFont('regular', 'latin', Math.max(10, this.sizes.body - 2));
      this.pdf.text(`Page ${i + 1} of ${range.count}`, this.left, this.pdf.page.height - bottom / 2, {
        width: this.width,
        lineBreak: false,
      });
      this.pdf.endMarkedContent();
      this.pdf.page.margins.bottom = bottom;
    }
  }

  private keepRoom(height: number): void {
    const limit = this.pdf.page.height - this.pdf.page.margins.bottom;
    if (this.pdf.y + height > limit) this.pdf.addPage();
  }

  private textWidth(next: Next): number {
    return next.item ? this.width - this.indent : this.width;
  }

  /** How many lines `text` takes in `width`, each line's height and the step from one line to the next. */
  private measure(text: string, weight: Weight, size: number, width: number) {
    this.setFont(weight, 'latin', size);
    const lineGap = size * 0.5;
    const lineHeight = this.pdf.currentLineHeight(true);
    const step = lineHeight + lineGap;
    const height = this.pdf.heightOfString(text, { width, lineGap });
    return { lines: Math.max(1, Math.round(height / step)), lineHeight, step };
  }

  /**
   * Where a body text block starts so that no line of it is left alone: not its first line at the foot of
   * a page (an orphan), nor its last at the head of the next (a widow). A block that fits stays; one that
   * would leave a line alone moves whole to the next page, or breaks a line early, by raising this page's
   * bottom margin while it is set. Returns what puts the margin back.
   */
  private startBlock(text: string, width: number): () => void {
    const { lines, lineHeight, step } = this.measure(text, 'regular', this.sizes.body, width);
    const page = this.pdf.page;
    const limit = page.height - page.margins.bottom;
    const y = this.pdf.y;
    const fit = y + lineHeight > limit ? 0 : Math.floor((limit - y - lineHeight) / step) + 1;
    if (lines <= fit) return () => {};
    const here = Math.min(fit, lines - 2);
    if (here < 2) {
      this.pdf.addPage();
      return () => {};
    }
    const bottom = page.margins.bottom;
    page.margins.bottom = page.height - (y + (here - 1) * step + lineHeight + step / 2);
    return () => {
      page.margins.bottom = bottom;
    };
  }

  /** Text in runs of the font file that has each character's glyph. */
  private runs(text: string, weight: Weight, size: number, x: number, width: number): void {
    const parts = splitBySubset(text, (ch) => this.hasLatinGlyph(weight, ch));
    const lineGap = size * 0.5;
    parts.forEach((part, index) => {
      this.setFont(weight, part.subset, size);
      const options = { width, lineGap, align: 'left' as const, continued: index < parts.length - 1 };
      if (index === 0) this.pdf.text(part.text, x, this.pdf.y, options);
      else this.pdf.text(part.text, options);
    });
  }

  private setFont(weight: Weight, subset: 'latin' | 'ext', size: number): void {
    this.pdf.font(`${weight}-${subset}`).fontSize(size);
  }

  private readonly glyphs = new Map<string, boolean>();
  private hasLatinGlyph(weight: Weight, ch: string): boolean {
    const key = `${weight}:${ch}`;
    let has = this.glyphs.get(key);
    if (has === undefined) {
      this.setFont(weight, 'latin', this.sizes.body);
      has = fontHas(this.pdf, ch);
      if (!has) {
        this.setFont(weight, 'ext', this.sizes.body);
        // A character in neither file stays in the basic one (shown as a box).
        has = !fontHas(this.pdf, ch);
      }
      this.glyphs.set(key, has);
    }
    return has;
  }
}

function fontHas(pdf: Doc, ch: string): boolean {
  const font = (pdf as unknown as { _font: { font?: { hasGlyphForCodePoint(c: number): boolean } } })._font
    .font;
  const codePoint = ch.codePointAt(0);
  return codePoint !== undefined && font !== undefined && font.hasGlyphForCodePoint(codePoint);
}

/** Splits text into runs; spaces join the run they sit in. */
export function splitBySubset(
  text: string,
  inLatin: (ch: string) => boolean,
): { text: string; subset: 'latin' | 'ext' }[] {
  const runs: { text: string; subset: 'latin' | 'ext' }[] = [];
  for (const ch of text) {
    const subset = /\s/.test(ch) ? (runs.at(-1)?.subset ?? 'latin') : inLatin(ch) ? 'latin' : 'ext';
    const last = runs.at(-1);
    if (last && last.subset === subset) last.text += ch;
    else runs.push({ text: ch, subset });
  }
  return runs.length ? runs : [{ text: '', subset: 'latin' }];
}
