// How many text messages a text takes (3GPP TS 23.038 and 23.040). A text of GSM 7-bit characters fits 160
// to one message; one character outside that alphabet makes the whole text UCS-2, 70 to a message. A longer
// text is sent in parts that each lose room to the header that joins them up again: 153 characters (GSM)
// or 67 (UCS-2) a part. The extension table's characters (€ [ ] { } \ ^ ~ | and form feed) take two
// places, an escape and the character, and a part never splits them; nor, in UCS-2, a surrogate pair.
// Written here rather than taken from a package: the ones on npm are a developer sample (with an
// unmaintained dependency) or unmaintained themselves, and this is the whole rule.

/** The GSM 7-bit default alphabet, less the escape that leads into the extension table. */
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);

/** The GSM extension table: each is sent as an escape and itself. */
const gsmExtension = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Characters as a person counts them (a surrogate pair, such as an emoji, is one). */
  characters: number;
  /** How many messages it is sent as; an empty text is still one. */
  messages: number;
}

const single: Record<SmsEncoding, number> = { 'GSM-7': 160, 'UCS-2': 70 };
const part: Record<SmsEncoding, number> = { 'GSM-7': 153, 'UCS-2': 67 };

/** Whether every character of `text` is in the GSM 7-bit alphabet or its extension table. */
export function isGsm7(text: string): boolean {
  for (const c of text) if (!gsmBasic.has(c) && !gsmExtension.has(c)) return false;
  return true;
}

/** The encoding `text` is sent in, its length and how many messages it takes. */
export function smsSize(text: string): SmsSize {
  const encoding: SmsEncoding = isGsm7(text) ? 'GSM-7' : 'UCS-2';
  // Each character's places: septets in GSM-7, UTF-16 code units in UCS-2.
  const widths = [...text].map((c) => (encoding === 'GSM-7' ? (gsmExtension.has(c) ? 2 : 1) : c.length));
  const total = widths.reduce((sum, width) => sum + width, 0);
  return { encoding, characters: widths.length, messages: messagesFor(widths, total, encoding) };
}

/** Parts filled in order; a character that does not fit whole in what is left of a part starts the next. */
function messagesFor(widths: readonly number[], total: number, encoding: SmsEncoding): number {
  if (total <= single[encoding]) return 1;
  let messages = 1;
  let used = 0;
  for (const width of widths) {
    if (used + width > part[encoding]) {
      messages += 1;
      used = 0;
    }
    used += width;
  }
  return messages;
}

/** Typographic punctuation as its GSM equivalent, so a curly quote alone does not make a text UCS-2. */
const plainPunctuation: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

export function withPlainPunctuation(text: string): string {
  return text.replace(/[‘’‚′“”„–—‐‑…\u00a0\u2009\u202f]/g, (c) => plainPunctuation[c] ?? c);
}
