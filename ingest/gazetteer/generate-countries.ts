// Generates countries.json from the ISO 3166 names of i18n-iso-countries plus country-extras.json.
// Run: npx tsx ingest/gazetteer/generate-countries.ts
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

interface Extras {
  canonical: Record<string, string>;
  shortForms: Record<string, string[]>;
  demonyms: Record<string, string[]>;
  places: string[];
  historic: Array<{ code: string; name: string; aliases: string[]; demonyms: string[] }>;
}
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const extras = JSON.parse(readFileSync(here('./country-extras.json'), 'utf8')) as Extras;

const all = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
// A name several countries share ("Congo") names none of them.
const owners = new Map<string, Set<string>>();
for (const [code, names] of Object.entries(all)) {
  for (const name of names) owners.set(name, (owners.get(name) ?? new Set()).add(code));
}
const readable = (n: string) => !/[,()]/.test(n) && n !== n.toUpperCase();
const rows = Object.entries(all)
  .map(([code, names]) => {
    const plain = names.filter((n) => readable(n) && owners.get(n)!.size === 1);
    const name = extras.canonical[code] ?? [...plain].sort((a, b) => a.length - b.length)[0] ?? names[0]!;
    const aliases = [...new Set([...names, ...(extras.shortForms[code] ?? [])])].filter(
      (n) => n !== name && !/[,()]/.test(n) && (owners.get(n)?.size ?? 1) === 1,
    );
    return {
      code,
      alpha3: countries.alpha2ToAlpha3(code),
      name,
      type: extras.places.includes(code) ? 'Place' : 'Country',
      aliases,
      demonyms: extras.demonyms[code] ?? [],
    };
  })
  .concat(extras.historic.map((h) => ({ ...h, alpha3: '', type: 'Country' })))
  .sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(here('./countries.json'), `${JSON.stringify(rows, null, 1)}\n`);
process.stdout.write(`countries.json: ${rows.length} countries\n`);
