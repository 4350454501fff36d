# shellcheck shell=bash
# How the release checks find GoReleaser and give git a remote, sourced by
# .ci/release-check and .ci/distro-check.

# v2.16.0 is the newest GoReleaser that installs here: v2.17.0 needs a module
# the Go proxy refuses (go.digitalxero.dev/go-msix), v2.18 needs Go 1.27.
GORELEASER_VERSION=${GORELEASER_VERSION:-v2.16.0}
# The built GoReleaser is kept here between runs, one folder per version.
GORELEASER_CACHE=${GORELEASER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/partnercoach-ci}

# goreleaser_bin prints the path of GoReleaser $GORELEASER_VERSION: $GORELEASER
# when set, else the one in the cache, else one installed by hand of that
# version, else one it builds from source into the cache (a few minutes).
goreleaser_bin() {
	if [[ -n ${GORELEASER:-} ]]; then
		echo "goreleaser from \$GORELEASER" >&2
		echo "$GORELEASER"
		return
	fi
	local dir="$GORELEASER_CACHE/goreleaser-$GORELEASER_VERSION"
	local bin
	for bin in "$dir/goreleaser" "$(go env GOPATH)/bin/goreleaser" "$(command -v goreleaser || true)"; do
		if [[ -x $bin && $("$bin" --version 2>&1 || true) == *"GitVersion:"*" $GORELEASER_VERSION"* ]]; then
			echo "goreleaser $GORELEASER_VERSION found at $bin" >&2
			echo "$bin"
			return
		fi
	done
	echo "building goreleaser $GORELEASER_VERSION into $dir (a few minutes on a cold Go cache)" >&2
	local start=$SECONDS tmpdir
	mkdir -p "$GORELEASER_CACHE"
	tmpdir=$(mktemp -d "$GORELEASER_CACHE/build.XXXXXX")
	GOBIN=$tmpdir go install "github.com/goreleaser/goreleaser/v2@$GORELEASER_VERSION" >&2
	# The rename is atomic, so two checks building at once both end well.
	mkdir -p "$dir"
	mv -f "$tmpdir/goreleaser" "$dir/goreleaser"
	rmdir "$tmpdir"
	echo "built in $((SECONDS - start))s" >&2
	echo "$dir/goreleaser"
}

# lend_remote gives git a remote URL through the environment when the
# checkout has none: GoReleaser asks for one and, in a snapshot, falls back
# to a commit of "none" without it. The repository's config is not touched.
lend_remote() {
	if [[ -n $(git remote) ]]; then
		return
	fi
	local n=${GIT_CONFIG_COUNT:-0}
	export "GIT_CONFIG_KEY_$n=remote.origin.url" "GIT_CONFIG_VALUE_$n=file://$PWD"
	export GIT_CONFIG_COUNT=$((n + 1))
}
