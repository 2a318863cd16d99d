// Escapes text for XML attributes and content, dropping characters XML 1.0 cannot carry.
/** Escapes &, <, >, " and ' and removes control characters that are not allowed in XML 1.0. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDFFF]/g, (ch, index: number, text: string) => {
      // keep well-formed surrogate pairs, drop lone halves
      const code = ch.charCodeAt(0);
      if (code <= 0xdbff) {
        const next = text.charCodeAt(index + 1);
        return next >= 0xdc00 && next <= 0xdfff ? ch : '';
      }
      const prev = text.charCodeAt(index - 1);
      return prev >= 0xd800 && prev <= 0xdbff ? ch : '';
    })
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
