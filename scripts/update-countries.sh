#!/usr/bin/env bash
# Regenerates src/main/resources/dataset/countries.json from the npm package world-countries
# (mledoze/countries, ODbL-1.0). Only the fields Statement Atlas uses are kept (with the common name in
# each language world-countries translates to, keyed by BCP 47 tag); the result is
# committed so that builds and the running service need neither npm nor network access.
# Usage: scripts/update-countries.sh [version]   (default: the version pinned below)
set -euo pipefail
version="${1:-5.1.0}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "world-countries@${version}" >/dev/null
tar xzf "world-countries-${version}.tgz"
WC_VERSION="$version" node - "$root/src/main/resources/dataset/countries.json" <<'JS'
const fs = require('fs');
const all = require('./package/countries.json');
const latin = s => /^[\p{Script=Latin}\p{N}\s.,'’()\-&]+$/u.test(s);
const uniq = a => [...new Set(a)];
// world-countries keys its translations by ISO 639-3 code; the atlas serves them by BCP 47 language tag.
const TAGS = { ara: 'ar', ces: 'cs', deu: 'de', est: 'et', fin: 'fi', fra: 'fr', hrv: 'hr', hun: 'hu', ita: 'it',
  jpn: 'ja', kor: 'ko', nld: 'nl', per: 'fa', pol: 'pl', por: 'pt', rus: 'ru', slk: 'sk', spa: 'es', srp: 'sr',
  swe: 'sv', tur: 'tr', urd: 'ur', zho: 'zh' };
const translatedNames = c => Object.fromEntries(Object.entries(c.translations || {}).map(([lang, t]) => {
  if (!TAGS[lang]) throw new Error(`no BCP 47 tag known for the translation language '${lang}': add it to TAGS`);
  return [TAGS[lang], t.common];
}).sort(([a], [b]) => a.localeCompare(b)));
// ISO 3166-1 only: world-countries also carries Kosovo (XK), a user-assigned code.
const countries = all.filter(c => c.status === 'officially-assigned')
  .map(c => {
    const names = [c.name.common, c.name.official];
    const demonyms = c.demonyms && c.demonyms.eng ? uniq([c.demonyms.eng.m, c.demonyms.eng.f]) : [];
    return {
      code: c.cca2,
      alpha3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region,
      subregion: c.subregion || null,
      flag: c.flag,
      capitals: c.capital || [],
      aliases: uniq(c.altSpellings.filter(a => a !== c.cca2 && latin(a) && !names.includes(a))),
      demonyms: demonyms.filter(d => d && !names.includes(d)),
      names: translatedNames(c),
    };
  })
  .sort((a, b) => a.code.localeCompare(b.code));
const out = {
  source: `world-countries ${process.env.WC_VERSION} (https://github.com/mledoze/countries)`,
  license: 'ODbL-1.0 (https://opendatacommons.org/licenses/odbl/1.0/)',
  countries,
};
fs.writeFileSync(process.argv[2], JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${countries.length} countries to ${process.argv[2]}`);
JS
