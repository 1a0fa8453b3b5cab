#!/usr/bin/env bash
# Copies the treebank files the tagger is trained and measured on out of local git clones, at the commits
# docs/language.md names, into OUT/ud-ewt and OUT/gum (outside the repository).
#   get-treebanks.sh EWT_GIT_DIR GUM_GIT_DIR OUT
# EWT's release file en_ewt-ud-train.conllu is large; it is rebuilt here from the per-document sources listed in
# not-to-release/file-lists/files.train (the same sentences in the same order: the dev file rebuilt this way is
# identical to en_ewt-ud-dev.conllu, which the script checks).
set -euo pipefail
EWT=$1 GUM=$2 OUT=$3
EWT_COMMIT=15d613d8447b3478787d4c278730a1e48a945efb
GUM_COMMIT=72ce5ac14978a324c2fd18d49484e65292cbe316
mkdir -p "$OUT/ud-ewt" "$OUT/gum/dep"
ewt() { git --git-dir="$EWT" show "$EWT_COMMIT:$1"; }
for split in train dev; do
  : > "$OUT/ud-ewt/en_ewt-ud-$split.sources.conllu"
  for f in $(ewt not-to-release/file-lists/files.$split); do ewt "not-to-release/sources/$f" >> "$OUT/ud-ewt/en_ewt-ud-$split.sources.conllu"; done
done
ewt en_ewt-ud-dev.conllu > "$OUT/ud-ewt/en_ewt-ud-dev.conllu"
ewt en_ewt-ud-test.conllu > "$OUT/ud-ewt/en_ewt-ud-test.conllu"
ewt LICENSE.txt > "$OUT/ud-ewt/LICENSE.txt"
if ! diff -q <(grep -v '^#' "$OUT/ud-ewt/en_ewt-ud-dev.sources.conllu") <(grep -v '^#' "$OUT/ud-ewt/en_ewt-ud-dev.conllu") > /dev/null; then
  echo "EWT sources do not rebuild the dev file; the train file cannot be trusted" >&2; exit 1
fi
mv "$OUT/ud-ewt/en_ewt-ud-train.sources.conllu" "$OUT/ud-ewt/en_ewt-ud-train.conllu"
rm "$OUT/ud-ewt/en_ewt-ud-dev.sources.conllu"
for f in $(git --git-dir="$GUM" ls-tree --name-only "$GUM_COMMIT" dep/); do git --git-dir="$GUM" show "$GUM_COMMIT:$f" > "$OUT/gum/$f"; done
git --git-dir="$GUM" show "$GUM_COMMIT:splits.md" > "$OUT/gum/splits.md"
git --git-dir="$GUM" show "$GUM_COMMIT:LICENSE.txt" > "$OUT/gum/LICENSE.txt"
sha256sum "$OUT"/ud-ewt/*.conllu
