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
  writer.block(root, 'H1', doc.title, 'bold', sizes.title);
  if (doc.intro) writer.block(root, 'P', doc.intro, 'regular', sizes.body);
  for (const section of doc.sections) {
    const sect = pdf.struct('Sect');
    root.add(sect);
    writer.block(sect, 'H2', section.heading, 'bold', sizes.heading);
    for (const paragraph of section.paragraphs ?? []) {
      writer.block(sect, 'P', paragraph, 'regular', sizes.body);
    }
    if (section.items?.length) writer.list(sect, section.items);
    sect.end();
  }
  if (doc.footer) {
    pdf.moveDown(0.5);
    writer.block(root, 'P', doc.footer, 'regular', sizes.body);
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

  /** A heading or paragraph as one tagged block; space after it. */
  block(parent: Struct, tag: string, text: string, weight: Weight, size: number): void {
    // Keep a heading with at least two lines of what follows it.
    if (tag.startsWith('H')) this.keepRoom(size * 1.5 + this.sizes.body * 3.2);
    parent.add(this.pdf.struct(tag, {}, () => this.runs(text, weight, size, this.left, this.width)));
    this.pdf.moveDown(tag === 'H1' ? 0.6 : 0.4);
  }

  list(parent: Struct, items: string[]): void {
    const indent = this.sizes.body * 1.4;
    const list = this.pdf.struct('L');
    parent.add(list);
    for (const item of items) {
      this.keepRoom(this.sizes.body * 1.6);
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
