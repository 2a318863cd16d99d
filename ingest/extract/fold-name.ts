// Folds a name to the key two names are compared by: case, punctuation, a leading "the", a possessive 's.

/**
 * The comparison key of a name: lower case, accents removed, possessive 's and a leading "the"
 * dropped, punctuation removed, spaces collapsed.
 * @example foldName("The U.K.'s") === 'uk'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/[.'"]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ');
}
