#!/usr/bin/env bash
# What partnercoach's release binary weighs, and what each module in it
# costs (issue 21). It builds the program as the releases are
# (CGO_ENABLED=0 -trimpath -ldflags='-s -w') and prints that file's size,
# then builds it again with its symbols and adds up the sizes
# `go tool nm -size` gives each symbol in the file (code, read-only data,
# data; not bss, which takes no room in the file), by the module that
# `go version -m` says holds its package. The standard library is "std";
# go:func.* (the functions' metadata) is a row of its own. The sums
# leave out what the linker keeps without a symbol of its own (most
# strings and constant data, and the table of line numbers), which a
# module's removal would save as well: measure that by building without it.
#
# Usage: bench/binary-size.sh [N]   (the N largest modules; 25 unless told)
# PARTNERCOACH_BINARY_BEFORE=PATH also sums a symbol-keeping build of
# another commit, for a before column.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
top="${1:-25}"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

export CGO_ENABLED=0
go build -trimpath -ldflags='-s -w' -o "$dir/release" ./cmd/partnercoach
go build -trimpath -o "$dir/symbols" ./cmd/partnercoach
printf 'stripped release binary: %d bytes (%.2f MB)\n' "$(stat -c %s "$dir/release")" \
	"$(echo "$(stat -c %s "$dir/release") / 1000000" | bc -l)"

# bymodule prints "module bytes" for a binary built with its symbols.
bymodule() {
	go version -m "$1" | awk '$1 == "dep" || $1 == "=>" || $1 == "mod" { print $2 }' >"$dir/modules"
	go tool nm -size "$1" | awk -v mods="$dir/modules" '
		BEGIN { while ((getline m < mods) > 0) if (m ~ /\./) list[++n] = m }
		function hex(a) { a = sprintf("%16s", a); gsub(/ /, "0", a); return a } # ordered as text
		{ addr[NR] = hex($1); size[NR] = $2; name[NR] = $4 }
		$4 == "runtime.bss" { bss = hex($1) }
		$4 == "runtime.enoptrbss" { ebss = hex($1) }
		END {
			for (i = 1; i <= NR; i++) {
				if (size[i] == 0 || (addr[i] >= bss && addr[i] < ebss)) continue
				s = name[i]
				if (s ~ /^go:func\./) { sum["go:func.*"] += size[i]; continue }
				sub(/^(type:\.?(eq|hash)\.|type:|go:itab\.|go:string\.|go:)/, "", s)
				sub(/^[*\[\]0-9]*/, "", s)
				mod = "std"
				for (j = 1; j <= n; j++)
					if (index(s, list[j] ".") == 1 || index(s, list[j] "/") == 1) {
						if (length(list[j]) > length(mod) || mod == "std") mod = list[j]
					}
				if (mod == "std" && s ~ /^partnercoach[.\/]/) mod = "partnercoach"
				sum[mod] += size[i]
			}
			for (m in sum) print m, sum[m]
		}' | sort -k2,2nr
}

bymodule "$dir/symbols" >"$dir/after"
if [ -n "${PARTNERCOACH_BINARY_BEFORE:-}" ]; then
	bymodule "$PARTNERCOACH_BINARY_BEFORE" >"$dir/before"
	printf '%-48s %12s %12s\n' "module (bytes of symbols)" "before" "now"
	awk 'NR == FNR { before[$1] = $2; next } { print $1, before[$1] + 0, $2; seen[$1] = 1 }
		END { for (m in before) if (!(m in seen)) print m, before[m], 0 }' "$dir/before" "$dir/after" |
		sort -k2,2nr | head -n "$top" | awk '{ printf "%-48s %12d %12d\n", $1, $2, $3 }'
else
	printf '%-48s %12s\n' "module (bytes of symbols)" "bytes"
	head -n "$top" "$dir/after" | awk '{ printf "%-48s %12d\n", $1, $2 }'
fi
