// How many text messages a text takes (3GPP TS 23.038, 23.040): GSM 7-bit at 160 to one message and 153 a
// part, the extension table counting two, and UCS-2 at 70 and 67 once any character is outside GSM.
import { describe, expect, it } from 'vitest';
import { isGsm7, smsSize, withPlainPunctuation } from '../../src/domain/sms.js';

const times = (text: string, n: number) => text.repeat(n);

describe('the GSM 7-bit alphabet', () => {
  it('has the letters, digits and punctuation of a plain English text, and its accented letters', () => {
    expect(isGsm7('From Sam: visit on Monday 9 March at 10:30, okay? (Ring 01234 567890!)')).toBe(true);
    expect(isGsm7('£5 @ café Ñoño, Øresund; Ä Ö Ü ß ¿¡ §')).toBe(true);
    expect(isGsm7('line one\nline two')).toBe(true);
  });

  it('has the extension table: € [ ] { } \\ ^ ~ |', () => {
    expect(isGsm7('€ [ ] { } \\ ^ ~ |')).toBe(true);
  });

  it('has no curly quotes, long dashes, emoji, accented letters outside it, or other scripts', () => {
    for (const text of ['Maja’s', '“yes”', 'now — later', '🙂', 'Á', 'ú', 'Łódź', 'مرحبا'])
      expect(isGsm7(text), text).toBe(false);
  });
});

describe('how many messages', () => {
  it('is one for an empty text', () => {
    expect(smsSize('')).toEqual({ encoding: 'GSM-7', characters: 0, messages: 1 });
  });

  it('is one up to 160 GSM characters, then 153 a part', () => {
    expect(smsSize(times('a', 160)).messages).toBe(1);
    expect(smsSize(times('a', 161)).messages).toBe(2);
    expect(smsSize(times('a', 306)).messages).toBe(2);
    expect(smsSize(times('a', 307)).messages).toBe(3);
    expect(smsSize(times('a', 459)).messages).toBe(3);
    expect(smsSize(times('a', 460)).messages).toBe(4);
  });

  it('counts each extension character twice', () => {
    expect(smsSize(times('€', 80))).toEqual({ encoding: 'GSM-7', characters: 80, messages: 1 });
    expect(smsSize(times('€', 81)).messages).toBe(2);
    expect(smsSize(`${times('a', 159)}[`).messages).toBe(2);
  });

  it('never splits an extension character across two parts', () => {
    // 152 septets, then an escape pair that would straddle the 153rd: it starts the second part.
    expect(smsSize(`${times('a', 152)}€${times('a', 151)}`).messages).toBe(2);
    expect(smsSize(`${times('a', 152)}€${times('a', 152)}`).messages).toBe(3);
  });

  it('is UCS-2 at 70 to one message and 67 a part once any character is outside GSM', () => {
    expect(smsSize(`${times('a', 69)}’`)).toEqual({ encoding: 'UCS-2', characters: 70, messages: 1 });
    expect(smsSize(`${times('a', 70)}’`).messages).toBe(2);
    expect(smsSize(`${times('a', 133)}’`).messages).toBe(2);
    expect(smsSize(`${times('a', 134)}’`).messages).toBe(3);
  });

  it('counts an emoji as two UCS-2 units and never splits it across parts', () => {
    expect(smsSize(times('🙂', 35))).toEqual({ encoding: 'UCS-2', characters: 35, messages: 1 });
    expect(smsSize(times('🙂', 36)).messages).toBe(2);
    // 66 units, then a pair that would straddle the 67th: it starts the second part.
    expect(smsSize(`${times('a', 66)}🙂${times('a', 65)}`).messages).toBe(2);
    expect(smsSize(`${times('a', 66)}🙂${times('a', 66)}`).messages).toBe(3);
  });
});

describe('plain punctuation', () => {
  it('sends curly quotes, dashes, ellipses and narrow spaces as their GSM equivalents', () => {
    const plain = withPlainPunctuation('Maja’s “plan” — ready… 10\u202f30 – ‘ok’');
    expect(plain).toBe("Maja's \"plan\" - ready... 10 30 - 'ok'");
    expect(isGsm7(plain)).toBe(true);
  });

  it('leaves other characters as they are', () => {
    expect(withPlainPunctuation('Łódź 🙂')).toBe('Łódź 🙂');
  });
});
