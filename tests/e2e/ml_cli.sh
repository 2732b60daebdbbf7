#!/usr/bin/env bash
# `course ml` end to end on real data: train → save → predict → eval, predictions compared with
# scikit-learn's (tests/golden/cli/pokemon_pipelines.json, from its committed generator), and
# every bad input named with exit 2.
source "$(dirname "$0")/lib.sh"
data="$COURSE_SOURCE/data/pokemon.csv"
golden="$COURSE_SOURCE/tests/golden/cli/pokemon_pipelines.json"
cd "$TMP"

expect_exit 0 "train logreg with 5-fold CV" -- "$COURSE" ml train --data "$data" --target is_legendary \
  --model logreg --cv 5 --seed 1 --save lr.json --format json
cp "$TMP/out" train.json
[[ "$(json 'd["rows"] == 1025 and d["classes"] == ["false", "true"] and "name" not in d["features"]' train.json)" == True ]] \
  && pass "1025 rows, two classes, identifier column left out" || fail "train summary wrong"
[[ "$(json 'len(d["cv_scores"]["accuracy"]) == 5 and d["fit_seconds"] >= 0' train.json)" == True ]] \
  && pass "five CV folds and fit_seconds reported" || fail "cv/fit_seconds missing"
[[ "$(json 'sorted(d["train_metrics"]) == ["accuracy","balanced_accuracy","f1_macro","log_loss","roc_auc"]' train.json)" == True ]] \
  && pass "metrics use scikit-learn scoring names" || fail "metric names wrong"

expect_exit 0 "predict" -- "$COURSE" ml predict --model lr.json --data "$data" --out pred.csv
[[ "$(head -1 pred.csv)" == "prediction,proba_false,proba_true" ]] && pass "prediction CSV header" || fail "header: $(head -1 pred.csv)"
python3 - "$golden" pred.csv <<'PY' && pass "probabilities agree with scikit-learn within 1e-6" || fail "probabilities differ from scikit-learn"
import csv, json, sys
gold = json.load(open(sys.argv[1]))["cases"]["logreg_is_legendary"]
rows = list(csv.DictReader(open(sys.argv[2])))
assert len(rows) == len(gold["proba"]), (len(rows), len(gold["proba"]))
worst = max(abs(float(r["proba_true"]) - g[1]) for r, g in zip(rows, gold["proba"]))
same = sum(r["prediction"] == p for r, p in zip(rows, gold["predictions"]))
print(f"  max |proba diff| = {worst:.3g}, identical predictions {same}/{len(rows)}")
sys.exit(0 if worst < 1e-6 and same == len(rows) else 1)
PY

expect_exit 0 "eval" -- "$COURSE" ml eval --model lr.json --data "$data" --format json
[[ "$(json 'd["metrics"]["accuracy"] > 0.9 and 0 < d["metrics"]["log_loss"] < 0.5 and d["metrics"]["roc_auc"] > 0.9' "$TMP/out")" == True ]] \
  && pass "eval metrics plausible (accuracy, log_loss, roc_auc)" || fail "eval metrics wrong"

expect_exit 0 "train ridge" -- "$COURSE" ml train --data "$data" --target weight_kg --model ridge --save ridge.json
expect_exit 0 "predict ridge" -- "$COURSE" ml predict --model ridge.json --data "$data" --out ridge.csv
python3 - "$golden" ridge.csv <<'PY' && pass "ridge predictions agree with scikit-learn within 1e-6 relative" || fail "ridge differs"
import csv, json, sys
gold = json.load(open(sys.argv[1]))["cases"]["ridge_weight_kg"]["predictions"]
rows = [float(r["prediction"]) for r in csv.DictReader(open(sys.argv[2]))]
worst = max(abs(a - b) / max(1.0, abs(b)) for a, b in zip(rows, gold))
print(f"  max relative diff = {worst:.3g}")
sys.exit(0 if len(rows) == len(gold) and worst < 1e-6 else 1)
PY

# Bad inputs: exit 2, naming the problem, nothing written.
printf 'a,b\n1,2\n3,4,5\n' >bad.csv
expect_exit 2 "malformed CSV" -- "$COURSE" ml train --data bad.csv --target a --model linear
expect_output "bad.csv:3" "…names file and line"
expect_exit 2 "unknown target" -- "$COURSE" ml train --data "$data" --target legendary --model logreg
expect_output "no column 'legendary'" "…names the column"
awk -F, 'NR==1{print; next} {$3="Fire"; print}' OFS=, "$data" >constant.csv
expect_exit 2 "constant target" -- "$COURSE" ml train --data constant.csv --target type1 --model logreg
expect_output "one value" "…says it has one value"
expect_exit 2 "non-numeric target for a regressor" -- "$COURSE" ml train --data "$data" --target type1 --model ridge
expect_output "not numeric" "…says so"
expect_exit 2 "unknown parameter" -- "$COURSE" ml train --data "$data" --target is_legendary --model logreg --param gamma=2
expect_output "not a parameter of logreg" "…names it"
python3 -c "import json; d=json.load(open('lr.json')); d['format_version']=99; json.dump(d, open('future.json','w'))"
expect_exit 2 "model file from the future" -- "$COURSE" ml predict --model future.json --data "$data"
expect_output "upgrade" "…asks to upgrade"
printf '{"format_version": 1, "model": "table_model"' >broken.json
expect_exit 2 "malformed model file" -- "$COURSE" ml predict --model broken.json --data "$data"
expect_output "broken.json" "…names the file"
[[ ! -e nothing.json ]] || fail "a file was written"
expect_exit 2 "failed train writes no model" -- "$COURSE" ml train --data bad.csv --target a --model linear --save nothing.json
[[ ! -e nothing.json ]] && pass "no model file written on failure" || fail "model file written despite failure"

expect_exit 0 "describe" -- "$COURSE" ml describe --data "$data" --format json
[[ "$(json '[c for c in d["numeric"] if c["column"]=="hp"][0]["count"] == 1025' "$TMP/out")" == True ]] \
  && pass "describe counts hp" || fail "describe wrong"
head -1 "$data" >gen8.csv; awk -F, 'NR>1 && $12>=8' "$data" >>gen8.csv
head -1 "$data" >gen17.csv; awk -F, 'NR>1 && $12<8' "$data" >>gen17.csv
expect_exit 1 "validate finds drift between generations 1-7 and 8-9 (real drift)" -- \
  "$COURSE" ml validate --data gen8.csv --reference gen17.csv --format json
[[ "$(json 'any(f["drifted"] for f in d["drift"]["features"] if f["column"]=="generation")' "$TMP/out")" == True ]] \
  && pass "generation flagged as drifted" || fail "no drift flagged"
expect_exit 0 "validate a sample against itself" -- "$COURSE" ml validate --data gen17.csv --reference gen17.csv
# Declared schema (YAML): the committed example passes on its own data; violations are issues
# (exit 1); a broken schema file is bad input (exit 2) naming line and field.
schema="$COURSE_SOURCE/data/pokemon.schema.yaml"
expect_exit 0 "validate against the committed schema" -- \
  "$COURSE" ml validate --data "$data" --reference "$data" --schema "$schema"
expect_output "schema from .*pokemon.schema.yaml" "…says the schema came from the file"
awk -F, 'NR==2{$5="-3"} NR==3{$3="Plasma"} {print}' OFS=, "$data" >violating.csv
expect_exit 1 "validate a CSV that breaks the schema" -- \
  "$COURSE" ml validate --data violating.csv --reference "$data" --schema "$schema" --format json
[[ "$(json 'sorted((i["kind"], i["column"], i["row"]) for i in d["issues"]) == [("below_min", "hp", 0), ("not_allowed", "type1", 1)]' "$TMP/out")" == True ]] \
  && pass "hp below min and an unknown type1 reported at their rows" || fail "schema issues wrong: $(cat "$TMP/out" | head -c 600)"
printf 'schema_version: 1\ncolumns:\n  - name: hp\n    type: numeric\n    min: low\n' >bad_schema.yaml
expect_exit 2 "malformed schema" -- \
  "$COURSE" ml validate --data "$data" --reference "$data" --schema bad_schema.yaml
expect_output "bad_schema.yaml:5:[0-9]+: columns\[0\]\.min: expected a number" "…names file, line and field"
printf 'schema_version: 1\ncolumns:\n  - name: hp\n    type: integer\n' >bad_type.yaml
expect_exit 2 "unknown column type in schema" -- \
  "$COURSE" ml validate --data "$data" --reference "$data" --schema bad_type.yaml
expect_output "bad_type.yaml:4:[0-9]+: columns\[0\]\.type: must be numeric, categorical or boolean" "…names line and field"
finish
