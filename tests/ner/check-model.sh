#!/bin/sh
# Retrains the entity model into a scratch file and checks that it equals
# the committed one byte for byte (training is deterministic: fixed order,
# fixed epochs, a fixed-seed shuffle, integer arithmetic; docs/ner.md).
# Skips when the training file under ../shared is absent.
#
# Usage: NER_TRAINER=build/tools/ner-train tests/ner/check-model.sh TSV MODEL
set -u

tsv=${1:?usage: check-model.sh TRAIN.tsv MODEL}
model=${2:?usage: check-model.sh TRAIN.tsv MODEL}
trainer=${NER_TRAINER:-build/tools/ner-train}

if [ ! -f "$tsv" ]; then
	echo "ner-check-model: $tsv absent, skipped"
	echo "0 passed, 0 failed, 1 skipped"
	exit 0
fi
tmp=$(mktemp) || exit 1
trap 'rm -f "$tmp"' EXIT
if ! "$trainer" "$tsv" "$tmp"; then
	echo "ner-check-model: training failed"
	echo "0 passed, 1 failed"
	exit 1
fi
if cmp -s "$tmp" "$model"; then
	echo "ner-check-model: $model reproduced byte for byte"
	echo "1 passed, 0 failed"
	exit 0
fi
echo "ner-check-model: retrained model differs from $model (run make model)"
echo "0 passed, 1 failed"
exit 1
