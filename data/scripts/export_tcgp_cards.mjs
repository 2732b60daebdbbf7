// Exports data/tcgp_cards.csv from the npm package pokemon-tcg-pocket-database (MIT): one row per
// card of Pokémon TCG Pocket that the package describes in detail (dist/cards.extra.json), with
// its set (dist/sets.json) and how often it comes out of a pack (dist/pullRates.json).
//
// Usage: node export_tcgp_cards.mjs <path to node_modules/pokemon-tcg-pocket-database> <out.csv>
// Normally run through export_tcgp_cards.sh, which installs the pinned package version first.
//
// Pull rates: the package gives, per set and pack type (regular, rare "god" pack, the 6-card
// "+1" pack), how often that pack type appears and, per card slot, the percentage of each rarity.
// A card's expected copies in one opened pack of pack P is
//   sum over pack types T of  appearance(T) * sum over slots k of  rate(T, k, rarity) / pool(P, rarity)
// where pool(P, rarity) counts the set's cards of that rarity that P can contain (dist/cards.json,
// every card, not only the detailed ones): each card of a rarity is taken as equally likely,
// which is how the game's published rates are stated. A card in several packs uses its best pack.
// The rates list two-star cards once, as SR: Special Art Rares (SAR, also two stars) share that
// rate and pool with the SRs. packs_to_pull = 1 / expected copies. Promo cards come from missions and shops, not packs: both
// columns are empty for them.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

const EXPECTED_VERSION = '2.6.1';
const COLUMNS = [
  'set', 'set_name', 'set_release_date', 'number', 'name', 'card_type', 'rarity', 'element',
  'stage', 'evolves_from', 'is_ex', 'packs', 'copies_per_1000_packs', 'packs_to_pull',
];
// Not exported: the package's `health` (50 on every card) and `retreatCost` (1 on every card) are
// placeholders, and `weakness` is filled from the element (colorless -> fire) rather than read off
// the cards; data/SOURCES.md says so.

function fail(message) {
  console.error(`export_tcgp_cards: ${message}`);
  process.exit(1);
}

const [packageDir, outPath] = process.argv.slice(2);
if (!packageDir || !outPath) fail('usage: node export_tcgp_cards.mjs <package dir> <out.csv>');
const read = (name) => JSON.parse(readFileSync(join(packageDir, name), 'utf8'));
const version = read('package.json').version;
if (version !== EXPECTED_VERSION) fail(`expected version ${EXPECTED_VERSION}, found ${version}`);

const allCards = read('dist/cards.json');
const detailed = read('dist/cards.extra.json');
const pullRates = read('dist/pullRates.json');
const sets = new Map();
for (const series of Object.values(read('dist/sets.json')))
  for (const set of series) sets.set(set.code, set);

// The rarity a card's pull rate is listed under.
const rateRarity = (rarity) => (rarity === 'SAR' ? 'SR' : rarity);

// pool(set, pack, rarity): how many cards of that rate rarity the pack can hold.
const pool = new Map();
for (const card of allCards)
  for (const pack of card.packs ?? []) {
    const key = `${card.set}|${pack}|${rateRarity(card.rarity)}`;
    pool.set(key, (pool.get(key) ?? 0) + 1);
  }

function expectedCopies(card, pack) {
  const rates = pullRates[card.set];
  const rarity = rateRarity(card.rarity);
  const size = pool.get(`${card.set}|${pack}|${rarity}`);
  if (!rates || !size) return 0;
  let copies = 0;
  for (const type of Object.values(rates)) {
    let perPack = 0;
    for (const slot of Object.values(type.slots)) perPack += (slot[rarity] ?? 0) / 100;
    copies += (type.appearance_rate / 100) * perPack / size;
  }
  return copies;
}

// Numbers: 8 significant digits, plain notation, so the file is stable across platforms.
const number = (x) => String(Number(x.toPrecision(8)));

function csvCell(value) {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// Stage 0 = basic. The package writes a basic Pokémon's stage as "basic" on most cards and 0 on 39: one value.
function stage(card) {
  if (card.stage === undefined || card.stage === null) return '';
  return card.stage === 'basic' || card.stage === 0 ? '0' : String(card.stage);
}

const rows = [];
for (const card of detailed) {
  const set = sets.get(card.set);
  if (!set) fail(`card ${card.set}-${card.number} names unknown set ${card.set}`);
  const packs = card.packs ?? [];
  const best = Math.max(0, ...packs.map((p) => expectedCopies(card, p)));
  rows.push([
    card.set, set.name.en, set.releaseDate, card.number, card.name.normalize('NFC'), card.type,
    card.rarity, (card.element ?? '').toLowerCase(), stage(card), card.evolvesFrom ?? '',
    / ex$/.test(card.name) ? 'true' : 'false', packs.join('|'),
    best > 0 ? number(best * 1000) : '', best > 0 ? number(1 / best) : '',
  ]);
}
rows.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[3] - b[3]));

const seen = new Set();
for (const r of rows) {
  const key = `${r[0]}-${r[3]}`;
  if (seen.has(key)) fail(`card ${key} appears twice`);
  seen.add(key);
}
const pulled = rows.filter((r) => r[13] !== '').length;
if (rows.length < 2000 || pulled < 2000) fail(`only ${rows.length} cards, ${pulled} from packs`);

const text = [COLUMNS.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
writeFileSync(`${outPath}.tmp`, text);
renameSync(`${outPath}.tmp`, outPath);
console.error(`export_tcgp_cards: wrote ${rows.length} cards (${pulled} from packs) to ${outPath}`);
