# dlplot — two commands do everything on a fresh Debian/Ubuntu machine:
#   make figures   regenerate every chapter-4 figure into figures/ plus figures/index.html
#   make test      run the whole test suite (unit tests, pixel tests, golden-image comparison)
SWIFT ?= swift
RELEASE_BIN = .build/release/dlplot
# The developer commands (golden check and fingerprint, bench-figures, bench-line), kept out of the user's dlplot.
RELEASE_DEV_BIN = .build/release/dlplot-dev
# Static Swift runtime: ~5 ms faster start-up and ~6 MiB less memory per dlplot process (measured by make bench).
RELEASE_FLAGS = -c release --static-swift-stdlib
# Both executables, in the same build folder: the second invocation compiles only dlplot-dev's own files and links.
RELEASE_BUILD = $(SWIFT) build $(RELEASE_FLAGS) --product dlplot && $(SWIFT) build $(RELEASE_FLAGS) --product dlplot-dev \
  && $(SWIFT) build $(RELEASE_FLAGS) --product plotting-gallery
FONT_DEJAVU = /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_NANUM = /usr/share/fonts/truetype/nanum/NanumGothic.ttf
# What drawing needs (make figures) and what the tests add (make test).
PKGS = libcairo2-dev libpango1.0-dev libpng-dev libgif-dev libwebp-dev libopenblas-dev pkg-config fonts-dejavu-core fonts-nanum
TEST_PKGS = librsvg2-bin poppler-utils libxml2-utils python3-html5lib chromium
PREFIX ?= /usr/local
SUDO = $(shell [ "$$(id -u)" = 0 ] && echo "" || (command -v sudo >/dev/null && echo sudo) || echo NONE)

.PHONY: docs format lint all deps deps-test apt-install deps-data deps-video deps-bench build release test figures golden bench hostile install clean fuzz fuzz-ci sanitize

all: figures

## deps: install the system packages drawing needs, only when something is missing
deps:
	@if command -v pkg-config >/dev/null && pkg-config --exists cairo pangocairo libpng libgif libwebpmux openblas \
	    && [ -f $(FONT_DEJAVU) ] && [ -f $(FONT_NANUM) ]; then :; \
	else $(MAKE) --no-print-directory apt-install APT_PKGS="$(PKGS)"; fi

## deps-test: deps plus the tools the tests use (rsvg-convert, pdftoppm, xmllint, html5lib, headless Chromium)
deps-test: deps
	@if command -v rsvg-convert >/dev/null && command -v pdftoppm >/dev/null && command -v xmllint >/dev/null \
	    && command -v chromium >/dev/null \
	    && /usr/bin/python3 -c 'import html5lib' 2>/dev/null; then :; \
	else $(MAKE) --no-print-directory apt-install APT_PKGS="$(TEST_PKGS)"; fi

apt-install:
	@if [ "$(SUDO)" = NONE ]; then \
	  echo "make: missing system packages; run as root or install sudo, then: apt-get install -y $(APT_PKGS)" >&2; exit 1; \
	fi
	@echo "make: installing $(APT_PKGS)"
	@$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PKGS) >/dev/null

## deps-data: Fashion-MNIST (drop-in for MNIST) for retraining section 4.5, and libdeflate0, which dlplot train
## loads when present to inflate the data 2.5 times as fast as zlib (zlib alone works too)
deps-data:
	@if [ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] && /sbin/ldconfig -p 2>/dev/null | grep -q 'libdeflate\.so\.0 '; then :; \
	elif [ "$(SUDO)" = NONE ]; then echo "make deps-data: run as root: apt-get install -y dataset-fashion-mnist libdeflate0" >&2; exit 1; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq dataset-fashion-mnist libdeflate0 >/dev/null; fi

## deps-video: the ffmpeg program, which writing WebM and MP4 animations runs (GIF, WebP and HTML need nothing more)
deps-video:
	@if command -v ffmpeg >/dev/null; then :; \
	elif [ "$(SUDO)" = NONE ]; then echo "make deps-video: run as root: apt-get install -y ffmpeg" >&2; exit 1; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq ffmpeg >/dev/null; fi

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE_BUILD)

test: deps-test lint
	bash scripts/check-dependents.sh
	$(SWIFT) build --build-tests
	$(MAKE) --no-print-directory docs
	$(SWIFT) test --skip-build
	$(RELEASE_BUILD)
	bash scripts/golden-check.sh
	@rm -rf .build/browser-check
	$(RELEASE_BIN) all --out-dir .build/browser-check --formats png --animations gif,html --html 2>/dev/null
	python3 scripts/browser-check.py .build/browser-check
	python3 scripts/check-player.py .build/browser-check/gradient-descent.html
	python3 scripts/serve-check.py $(RELEASE_BIN)
	bash scripts/kill-test.sh
	bash scripts/fuzz.sh --ci

## docs: Plotting's DocC documentation (symbols and the getting-started article) as a static site in
## .build/docs/Plotting; any DocC warning fails it. To read it: python3 -m http.server -d .build/docs, then
## http://localhost:8000/Plotting/documentation/plotting/
DOCS_DIR = .build/docs
docs:
	@mkdir -p $(DOCS_DIR)
	$(SWIFT) package --allow-writing-to-directory $(DOCS_DIR) generate-documentation --target Plotting \
	  --output-path $(DOCS_DIR)/Plotting --transform-for-static-hosting --hosting-base-path Plotting \
	  --analyze --warnings-as-errors

## format: rewrite the Swift sources in the project's style (.swift-format: 4 spaces, 120 columns)
## lint: check that style without changing anything (the first step of make test)
FORMATTED = Sources Tests Examples Fuzz scripts/public-api-user.swift
format:
	$(SWIFT) format -i -r --parallel $(FORMATTED)

lint:
	$(SWIFT) format lint --strict -r --parallel $(FORMATTED)

## fuzz: libFuzzer (with AddressSanitizer) on the expression parser, the IDX reader, PNG decoding and compare,
## the SVG canonical form and the figure parameters, FUZZ_SECONDS each (FUZZ_JOBS at once); builds into
## .build-fuzz/, where findings land in artifacts/ and the grown corpus in corpus/
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) bash scripts/fuzz.sh

## fuzz-ci: the same targets 30 s each, two at a time, fixed seed, fresh corpus (the last step of make test)
fuzz-ci: deps
	bash scripts/fuzz.sh --ci

## sanitize: build and run the unit tests once under AddressSanitizer (and LeakSanitizer, less the libraries'
## own caches listed in scripts/lsan-suppressions.txt), in .build-asan/; not part of make test. The dlplotTests
## suites are left out: they run the (sanitized) binary as a process and check its exact standard error, which
## the sanitizer's own exit reports would add to; the hostile-input campaign (make hostile) covers that binary.
sanitize: deps-test
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt $(SWIFT) test --skip-build --scratch-path .build-asan --skip dlplotTests

SERIES = Sources/Figures/Resources/training-series.json

## figures (also writes gallery/: the Plotting library's everyday charts, Examples/Gallery): the committed training series is reused while current; when it must be retrained (exit 4: out of
## date and no data set here), the data set is installed first (make deps-data).
figures: release
	@$(RELEASE_BIN) train --seed 1 --reuse-if-current --out $(SERIES) || { status=$$?; [ $$status = 4 ] || exit $$status; \
	  $(MAKE) deps-data && $(RELEASE_BIN) train --seed 1 --reuse-if-current --out $(SERIES); }
	@# The binary carries the committed series; after a retraining it is compiled in again.
	@if [ -n "$$(bash scripts/embed-training-series.sh $(SERIES))" ]; then $(RELEASE_BUILD); fi
	$(RELEASE_BIN) all --out-dir figures --formats png,svg,pdf --animations gif,html --html
	$(RELEASE_DEV_BIN) golden fingerprint --write figures/ENVIRONMENT.json
	.build/release/plotting-gallery gallery
	$(RELEASE_DEV_BIN) golden fingerprint --write gallery/ENVIRONMENT.json

## golden: re-record the golden images (figures/ and its environment fingerprint); never in CI
golden:
	@if [ "$$CI" = true ]; then echo "make golden: recording goldens is not allowed in CI (CI=true); record locally and commit figures/" >&2; exit 1; fi
	$(MAKE) figures

## deps-bench: what `make bench` (bench/bench.py) compares against and measures with: gnuplot, hyperfine, GNU time,
## a C compiler for the C-on-Cairo baseline, wrk (the serve section), and matplotlib, numpy and threadpoolctl for python3 (pip, or Debian's
## python3-* packages where pip may not install into the system Python)
deps-bench: deps deps-data
	@if command -v hyperfine >/dev/null && command -v gnuplot >/dev/null && [ -x /usr/bin/time ] && command -v wrk >/dev/null \
	    && { command -v cc >/dev/null || command -v clang >/dev/null; }; then :; \
	elif [ "$(SUDO)" = NONE ]; then echo "make deps-bench: run as root: apt-get install -y hyperfine gnuplot-nox time gcc wrk" >&2; exit 1; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq hyperfine gnuplot-nox time gcc wrk >/dev/null; fi
	@python3 -c 'import matplotlib, numpy, threadpoolctl' 2>/dev/null || python3 -m pip install -q matplotlib numpy threadpoolctl \
	  || { [ "$(SUDO)" != NONE ] && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-matplotlib python3-numpy python3-threadpoolctl >/dev/null; } \
	  || { echo "make deps-bench: could not install matplotlib, numpy and threadpoolctl for python3" >&2; exit 1; }

## bench: dlplot beside matplotlib, gnuplot, C on Cairo and numpy in one run (bench/bench.py; knobs in its --help).
## DLPLOT_DEV is the executable with the developer commands bench-figures and bench-line (dlplot-dev).
bench: release deps-bench
	DLPLOT=$(RELEASE_BIN) DLPLOT_DEV=$(RELEASE_DEV_BIN) python3 bench/bench.py

## hostile: the hostile-input campaign (thousands of bad options, paths, crafted PNG and IDX files, closed streams):
## no signal, exit codes from the table, one-line errors, peak RSS under 1 GiB, no stray temporary files
hostile: release
	python3 scripts/hostile-inputs.py --bin $(RELEASE_BIN) --dev-bin $(RELEASE_DEV_BIN) --jobs 2

## api: the public API of Core, Plotting and PlottingCairo (symbol graphs) is the committed scripts/public-api.txt,
## every public declaration has a /// comment, and the README example and scripts/public-api-user.swift (custom
## mark, canvas, panel, 3-D mark) compile as code outside the package; after a deliberate change: --update
.PHONY: api
api: build
	python3 scripts/public-api.py

## install: dlplot into $(PREFIX)/bin (statically linked Swift runtime, the committed series compiled in), its
## bash/zsh/fish completions and its man page (both generated by swift-argument-parser); DESTDIR for staging
## (the man page comes from argument-parser's generate-manual tool run on the release binary itself: its plugin
## would rebuild every product without --static-swift-stdlib over the release build)
MAN_DIR = .build/man
MAN_DATE = $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-11-28)
install: release
	$(SWIFT) build -c release --product generate-manual
	mkdir -p $(MAN_DIR)
	.build/release/generate-manual $(RELEASE_BIN) --date $(MAN_DATE) --output-directory $(MAN_DIR)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 -s $(RELEASE_BIN) $(DESTDIR)$(PREFIX)/bin/dlplot
	install -m 644 $(MAN_DIR)/dlplot.1 $(DESTDIR)$(PREFIX)/share/man/man1/dlplot.1
	$(RELEASE_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/dlplot
	$(RELEASE_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_dlplot
	$(RELEASE_BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/dlplot.fish

clean:
	rm -rf .build .build-*
