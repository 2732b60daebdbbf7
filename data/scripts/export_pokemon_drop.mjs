// Exports data/pokemon_gen8_9_raw.json from the npm package @pkmn/dex (MIT).
//
// Usage: node export_pokemon_drop.mjs <path to node_modules/@pkmn/dex> <output.json>
// Normally run through export_pokemon_drop.sh, which installs the pinned package version first.
//
// Every species entry the package's Dex places in generation 8 or 9 (base species, regional and
// battle formes, Gigantamax and Mega formes), with national dex number > 0 (no fan-made entries).
// Each record keeps the package's RAW entry untouched — its field names (baseStats.atk, weightkg,
// types[]), nesting and absent fields are the point of challenge 1.C — plus the entry's id and
// the generation the Dex derives for it (`dex_gen`, which the raw entry mostly lacks).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';

const EXPECTED_VERSION = '0.10.11';

function fail(message) {
  console.error(`export_pokemon_drop: ${message}`);
  process.exit(1);
}

const [packageDir, outPath] = process.argv.slice(2);
if (!packageDir || !outPath) fail('usage: node export_pokemon_drop.mjs <@pkmn/dex dir> <out.json>');

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (pkg.name !== '@pkmn/dex' || pkg.version !== EXPECTED_VERSION) {
  fail(`expected @pkmn/dex@${EXPECTED_VERSION}, found ${pkg.name}@${pkg.version}`);
}

const require = createRequire(import.meta.url);
const { Dex } = require(resolve(packageDir));

const records = [];
for (const [id, raw] of Object.entries(Dex.data.Species)) {
  const gen = Dex.species.get(id).gen;
  if (gen < 8 || !(raw.num > 0)) continue;
  records.push({ id, dex_gen: gen, raw });
}
records.sort((a, b) => a.raw.num - b.raw.num || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// Sanity: both generations present, ids unique, every entry has the fields the drop is about.
if (new Set(records.map((r) => r.id)).size !== records.length) fail('duplicate ids');
for (const gen of [8, 9]) {
  if (!records.some((r) => r.dex_gen === gen)) fail(`no generation ${gen} entries`);
}
for (const r of records) {
  if (!r.raw.baseStats || !Array.isArray(r.raw.types)) fail(`${r.id}: no baseStats or types`);
}

const document = {
  source: `npm ${pkg.name}@${pkg.version}, Dex.data.Species`,
  license: pkg.license,
  selection: 'Dex.species.get(id).gen in {8, 9} and num > 0',
  records,
};
const tmpPath = `${outPath}.tmp`;
writeFileSync(tmpPath, JSON.stringify(document, null, 1) + '\n', 'utf8');
renameSync(tmpPath, outPath);
console.log(`export_pokemon_drop: wrote ${records.length} records to ${outPath}`);
