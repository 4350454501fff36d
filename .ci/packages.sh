# shellcheck shell=bash disable=SC2154 # $tmp comes from .ci/release-check
# The checks of the .deb and .rpm packages, sourced by .ci/release-check,
# which sets $version, $head, $commit_time, $commit_day, $tmp, DEB_FILES,
# RPM_FILES, RPM_LICENSES, DRILL_PACKAGES and DRILL_TOOLS and defines fail
# and check_version_line.

# drill_possible tells whether this machine can install the .deb: Debian's
# tools and root. Where it cannot, CI fails and a developer gets a note.
drill_possible() {
	local why=""
	if ! command -v dpkg >/dev/null 2>&1; then
		why="no dpkg (not Debian)"
	elif [[ $(id -u) != 0 ]]; then
		why="not root"
	fi
	if [[ -z $why ]]; then
		return 0
	fi
	if [[ ${CI:-} == true ]]; then
		fail "cannot install the .deb: $why"
	fi
	echo "skipping the .deb and .rpm checks: $why"
	return 1
}

# install_drill_tools installs what the drill needs and is missing.
install_drill_tools() {
	local missing=() tool
	for tool in "${DRILL_TOOLS[@]}"; do
		command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
	done
	[[ -f /usr/share/bash-completion/bash_completion ]] || missing+=(bash-completion)
	if ((${#missing[@]} == 0)); then
		echo "all present: ${DRILL_PACKAGES[*]}"
		return
	fi
	echo "missing: ${missing[*]}; installing ${DRILL_PACKAGES[*]}"
	# Other checks on this machine may hold apt's lock for a while.
	apt-get -o DPkg::Lock::Timeout=600 update -qq
	DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
		--no-install-recommends "${DRILL_PACKAGES[@]}" >/dev/null
}

# package_for prints the one file in dist/release matching a glob.
package_for() {
	local found=()
	mapfile -t found < <(compgen -G "dist/release/$1" || true)
	((${#found[@]} == 1)) || fail "${#found[@]} files match dist/release/$1, want 1"
	echo "${found[0]}"
}

# deb_paths prints every path a .deb holds, folders included, one a line.
deb_paths() {
	dpkg-deb --fsys-tarfile "$1" | tar -t | sed -e 's|^\./|/|' -e 's|/$||' | grep -v '^/\?$'
}

# same_lines fails unless the two newline-separated lists hold the same lines.
same_lines() {
	local what=$1 got=$2 want=$3
	if [[ $(sort <<<"$got") != $(sort <<<"$want") ]]; then
		diff <(sort <<<"$want") <(sort <<<"$got") >&2 || true
		fail "$what: the files differ from the expected ones (< expected, > found)"
	fi
}

# check_deb checks the fields and the files of the .deb for one architecture
# (amd64, arm64), and that its man page and zsh completion are the ones the
# archives carry.
check_deb() {
	local arch=$1 deb files
	deb=$(package_for "partnercoach_*_linux_$arch.deb")
	[[ $(dpkg-deb -f "$deb" Package) == partnercoach ]] || fail "$deb: not the partnercoach package"
	[[ $(dpkg-deb -f "$deb" Architecture) == "$arch" ]] || fail "$deb: not for $arch"
	files=$(dpkg-deb --fsys-tarfile "$deb" | tar -tv | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./|/|')
	same_lines "$deb" "$files" "$(printf '%s\n' "${DEB_FILES[@]}")"
	dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/man/man1/partnercoach.1.gz | gunzip |
		cmp -s - dist/extras/man/man1/partnercoach.1 || fail "$deb: the man page is not the archives' one"
	dpkg-deb --fsys-tarfile "$deb" | tar -xO ./usr/share/zsh/vendor-completions/_partnercoach |
		cmp -s - dist/extras/completions/_partnercoach || fail "$deb: the zsh completion is not the archives' one"
	printf '%-8s %s, version %s, %s bytes\n' "deb $arch" "$deb" "$(dpkg-deb -f "$deb" Version)" "$(wc -c <"$deb")"
}

# check_rpm checks the name, the licence, the build time, the digests and
# the files of the .rpm for one architecture: Go's name for it (amd64,
# arm64), then rpm's (x86_64, aarch64).
check_rpm() {
	local goarch=$1 arch=$2 rpm files
	rpm=$(package_for "partnercoach_*_linux_$goarch.rpm")
	[[ $(rpm -qp --qf '%{NAME} %{ARCH}' "$rpm" 2>/dev/null) == "partnercoach $arch" ]] || fail "$rpm: not partnercoach for $arch"
	[[ $(rpm -qp --qf '%{LICENSE}' "$rpm" 2>/dev/null) == MIT ]] || fail "$rpm: License is '$(rpm -qp --qf '%{LICENSE}' "$rpm" 2>/dev/null)', want MIT"
	[[ $(rpm -qp --qf '%{BUILDTIME}' "$rpm" 2>/dev/null) == "$commit_time" ]] || fail "$rpm: its build time is not the commit's"
	rpm -K --nosignature "$rpm" >/dev/null || fail "$rpm: its digests do not match"
	files=$(rpm -qlp "$rpm" 2>/dev/null)
	same_lines "$rpm" "$files" "$(printf '%s\n' "${RPM_FILES[@]}")"
	same_lines "$rpm: licence files" "$(rpm -qLp "$rpm" 2>/dev/null)" "$(printf '%s\n' "${RPM_LICENSES[@]}")"
	printf '%-8s %s, version %s, %s bytes\n' "rpm $goarch" "$rpm" "$(rpm -qp --qf '%{VERSION}-%{RELEASE}' "$rpm" 2>/dev/null)" "$(wc -c <"$rpm")"
}

# deb_drill installs the .deb, exercises what it installed and removes it,
# holding a lock so that two checks on one machine do not meet in dpkg.
deb_drill() (
	local deb=$1
	exec 9>"${TMPDIR:-/tmp}/partnercoach-deb-drill.lock"
	flock -w 900 9 || fail "another release check held the .deb drill's lock for 15 minutes"
	local status
	status=$(dpkg-query -W -f='${Status} ${Version}' partnercoach 2>/dev/null || true)
	if [[ $status == "install ok installed "*snapshot* ]]; then
		echo "removing the snapshot package an interrupted check left: $status"
		dpkg -r partnercoach >/dev/null
	elif [[ $status == *" installed "* ]]; then
		fail "partnercoach $status is installed; the drill would replace and remove it"
	fi

	# Every path the package holds, and whether it was there before.
	local paths=() before=() p
	mapfile -t paths < <(deb_paths "$deb")
	for p in "${paths[@]}"; do
		if [[ -e $p || -L $p ]]; then
			[[ -d $p && ! -L $p ]] || fail "$p exists and belongs to no package; dpkg -i would overwrite it"
			before+=("$p")
		fi
	done

	trap 'dpkg -r partnercoach >/dev/null 2>&1 || true' EXIT
	dpkg -i "$deb" >/dev/null
	echo "dpkg -i $deb"
	local listed
	listed=$(dpkg -L partnercoach)
	for p in "${DEB_FILES[@]}"; do
		grep -qxF "$p" <<<"$listed" || fail "dpkg -L does not list $p"
		[[ -f $p ]] || fail "$p is not installed"
	done
	check_version_line "$(/usr/bin/partnercoach --version)"
	drill_man
	drill_completions
	drill_script_list

	dpkg -r partnercoach >/dev/null
	trap - EXIT
	echo "dpkg -r partnercoach"
	for p in "${paths[@]}"; do
		if printf '%s\n' "${before[@]}" | grep -qxF "$p"; then
			[[ -d $p ]] || fail "dpkg -r removed $p, which was there before"
		elif [[ -e $p || -L $p ]]; then
			fail "dpkg -r left $p behind"
		fi
	done
	[[ $(dpkg-query -W -f='${Status}' partnercoach 2>/dev/null || true) != *" installed" ]] ||
		fail "dpkg still counts partnercoach as installed"
	echo "removed all ${#paths[@]} paths it installed (${#before[@]} folders that were there before stay)"
)

# drill_man checks that man finds the installed page and renders it at 80
# columns without warnings: the header names the page and the manual, the
# footer the version and the commit's date, and every section is there.
drill_man() {
	local where page warnings line section
	where=$(man -w partnercoach)
	[[ $where == /usr/share/man/man1/partnercoach.1.gz ]] || fail "man -w partnercoach says '$where'"
	page=$(MANWIDTH=80 man --warnings -P cat partnercoach 2>"$tmp/man-warnings")
	line=$(head -n1 <<<"$page")
	[[ $line =~ ^PARTNERCOACH\(1\)\ +User\ Commands\ +PARTNERCOACH\(1\)$ && ${#line} -le 80 ]] ||
		fail "man partnercoach's header at 80 columns reads '$line'"
	echo "header at 80 columns: $line"
	line=$(tail -n1 <<<"$page")
	[[ $line =~ ^partnercoach\ $version\ +$commit_day\ +PARTNERCOACH\(1\)$ ]] || fail "man partnercoach's footer reads '$line'"
	for section in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS FILES ENVIRONMENT EXAMPLES; do
		grep -qx "$section" <<<"$page" || fail "man partnercoach has no $section section"
	done
	grep -q -- ' -o, --output' <<<"$page" || fail "man partnercoach does not show -o, --output"
	warnings=$(cat "$tmp/man-warnings")
	[[ -z $warnings ]] || fail "man partnercoach warned: $warnings"
	echo "man partnercoach: $(wc -l <<<"$page") lines from $where"
}

# drill_completions asks each shell, started without any user's settings,
# to complete "partnercoach scr" from the files the package installed.
drill_completions() {
	local home="$tmp/home" got
	mkdir -p "$home"
	local path=/usr/sbin:/usr/bin:/sbin:/bin
	got=$(PATH=$path HOME=$home bash --norc --noprofile -c '
		source /usr/share/bash-completion/bash_completion
		__load_completion partnercoach || exit 1
		compopt() { :; } # there is no completion under way to set options of
		COMP_WORDS=(partnercoach scr) COMP_CWORD=1 COMP_LINE="partnercoach scr" COMP_POINT=16
		__start_partnercoach partnercoach scr partnercoach
		printf "%s\n" "${COMPREPLY[@]}"')
	grep -q '^script' <<<"$got" || fail "bash completes 'partnercoach scr' as '$got'"
	echo "bash: loads /usr/share/bash-completion/completions/partnercoach by itself"
	got=$(PATH=$path HOME=$home zsh -f -c 'autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump" && print -r -- ${_comps[partnercoach]} $^fpath/_partnercoach(N)')
	[[ $got == "_partnercoach /usr/share/zsh/vendor-completions/_partnercoach" ]] ||
		fail "zsh's compinit found '$got' for partnercoach"
	echo "zsh: compinit finds _partnercoach in \$fpath (/usr/share/zsh/vendor-completions)"
	# Not fish --no-config: Debian 12's fish 3.6 then has no completion
	# path at all and completes nothing, not even apt-get. An empty home
	# holds no user's settings either.
	got=$(PATH=$path HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
		fish -c 'complete -C"partnercoach scr"')
	grep -q '^script' <<<"$got" || fail "fish completes 'partnercoach scr' as '$got'"
	echo "fish: loads /usr/share/fish/vendor_completions.d/partnercoach.fish by itself"
}

# drill_script_list runs the installed program on a fresh home folder.
drill_script_list() {
	local home="$tmp/home" got
	got=$(HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
		XDG_STATE_HOME=$home/.local/state partnercoach_run script list)
	grep -qw first <<<"$got" || fail "partnercoach script list printed '$got'"
	echo "partnercoach script list: $(wc -l <<<"$got") lines, 'first' among them"
}

# partnercoach_run runs the installed binary as the shells would find it.
partnercoach_run() {
	PATH=/usr/sbin:/usr/bin:/sbin:/bin partnercoach "$@"
}
