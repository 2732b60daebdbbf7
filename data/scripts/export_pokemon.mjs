// Exports data/pokemon.csv from the npm package pokemon-showdown (MIT).
//
// Usage: node export_pokemon.mjs <path to node_modules/pokemon-showdown> <output.csv>
// Normally run through export_pokemon.sh, which installs the pinned package version first.
//
// One row per species (base formes only, national dex numbers 1..1025), taken from the
// package's dist/data/pokedex.js. No dependencies besides the package itself.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXPECTED_VERSION = '0.11.11';
const EXPECTED_ROWS = 1025;

const COLUMNS = [
  'num', 'name', 'type1', 'type2', 'hp', 'attack', 'defense', 'sp_attack', 'sp_defense', 'speed',
  'base_total', 'generation', 'height_m', 'weight_kg', 'color', 'evolution_stage',
  'is_legendary', 'is_mythical',
];

// First national dex number of generations 2..9 (generation 1 starts at 1).
const GENERATION_STARTS = [152, 252, 387, 494, 650, 722, 810, 906];

function fail(message) {
  console.error(`export_pokemon: ${message}`);
  process.exit(1);
}

// Showdown's toID: lower case, ASCII letters and digits only ("Farfetch’d-Galar" → "farfetchdgalar").
function toID(text) {
  return String(text).toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function generationOf(num) {
  let generation = 1;
  for (const start of GENERATION_STARTS) if (num >= start) generation++;
  return generation;
}

// RFC 4180: quote a cell holding a delimiter, quote, line break or leading/trailing space.
function csvCell(value) {
  const text = String(value);
  if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

const [packageDir, outPath] = process.argv.slice(2);
if (!packageDir || !outPath) fail('usage: node export_pokemon.mjs <pokemon-showdown dir> <out.csv>');

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.name !== 'pokemon-showdown' || pkg.version !== EXPECTED_VERSION) {
  fail(`expected pokemon-showdown@${EXPECTED_VERSION}, found ${pkg.name}@${pkg.version}`);
}

const require = createRequire(import.meta.url);
const { Pokedex } = require(resolve(packageDir, 'dist/data/pokedex.js'));

// Length of the chain of pre-evolutions. prevo names can be regional formes
// ("Linoone-Galar" for Obstagoon), so look every link up by id in the full Pokedex.
function prevoChainLength(entry) {
  let length = 0;
  const seen = new Set();
  for (let current = entry; current.prevo; length++) {
    const id = toID(current.prevo);
    const next = Pokedex[id];
    if (!next) fail(`${entry.name}: unknown prevo ${current.prevo}`);
    if (seen.has(id)) fail(`${entry.name}: prevo cycle at ${current.prevo}`);
    seen.add(id);
    current = next;
  }
  return length;
}

// Base formes only: alternate formes (megas, regional variants, Gmax, cosmetic formes ...) carry
// `baseSpecies` and `forme`. num <= 0 are non-mainline entries (MissingNo., CAP fakemon, Pokestar).
const species = Object.values(Pokedex)
  .filter((entry) => !entry.baseSpecies && !entry.forme && entry.num > 0)
  .sort((a, b) => a.num - b.num);

const rows = species.map((entry) => {
  const stats = entry.baseStats;
  const tags = entry.tags || [];
  const statValues = [stats.hp, stats.atk, stats.def, stats.spa, stats.spd, stats.spe];
  return {
    num: entry.num,
    // NFC: the package spells "Flabébé" with combining accents (e + U+0301); NFC makes it the
    // precomposed "é" that a learner types and that compares equal in C++ byte-wise.
    name: entry.name.normalize('NFC'),
    type1: entry.types[0],
    type2: entry.types[1] ?? '',
    hp: stats.hp,
    attack: stats.atk,
    defense: stats.def,
    sp_attack: stats.spa,
    sp_defense: stats.spd,
    speed: stats.spe,
    base_total: statValues.reduce((sum, value) => sum + value, 0),
    generation: generationOf(entry.num),
    height_m: entry.heightm,
    weight_kg: entry.weightkg,
    color: entry.color,
    evolution_stage: 1 + prevoChainLength(entry),
    is_legendary: tags.includes('Sub-Legendary') || tags.includes('Restricted Legendary'),
    is_mythical: tags.includes('Mythical'),
  };
});

// Checks: the output must be exactly the mainline national dex, with sane values.
if (rows.length !== EXPECTED_ROWS) fail(`expected ${EXPECTED_ROWS} species, got ${rows.length}`);
rows.forEach((row, index) => {
  if (row.num !== index + 1) fail(`national dex numbers not contiguous at ${row.name} (${row.num})`);
  for (const column of ['hp', 'attack', 'defense', 'sp_attack', 'sp_defense', 'speed']) {
    const value = row[column];
    if (!Number.isInteger(value) || value < 1 || value > 255) fail(`${row.name}: ${column}=${value}`);
  }
  if (!(row.height_m > 0) || !(row.weight_kg > 0)) fail(`${row.name}: bad height/weight`);
  if (!row.type1 || row.type1 === row.type2) fail(`${row.name}: bad types`);
});
if (new Set(rows.map((row) => row.name)).size !== rows.length) fail('duplicate species names');

// Cross-check generation against the package's own Dex (which derives gen from num the same way).
const { Dex } = require(resolve(packageDir));
for (const row of rows) {
  const gen = Dex.species.get(toID(row.name.normalize('NFD'))).gen;
  if (gen !== row.generation) fail(`${row.name}: generation ${row.generation} but Dex says ${gen}`);
}

const lines = [COLUMNS.join(',')];
for (const row of rows) lines.push(COLUMNS.map((column) => csvCell(row[column])).join(','));
const text = lines.join('\n') + '\n';

const tmpPath = `${outPath}.tmp`;
writeFileSync(tmpPath, text, 'utf8');
renameSync(tmpPath, outPath);
console.log(`export_pokemon: wrote ${rows.length} rows to ${outPath}`);
