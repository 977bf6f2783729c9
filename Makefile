# dlplot — two commands do everything on a fresh Debian/Ubuntu machine:
#   make figures   regenerate every chapter-4 figure into figures/ plus figures/index.html
#   make test      run the whole test suite (unit tests, pixel tests, golden-image comparison)
SWIFT ?= swift
RELEASE_BIN = .build/release/dlplot
# Static Swift runtime: ~5 ms faster start-up and ~6 MiB less memory per dlplot process (measured by make bench).
RELEASE_FLAGS = -c release --static-swift-stdlib --product dlplot
FONT_DEJAVU = /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_NANUM = /usr/share/fonts/truetype/nanum/NanumGothic.ttf
PKGS = libcairo2-dev libpango1.0-dev libpng-dev libopenblas-dev pkg-config fonts-dejavu-core fonts-nanum \
       librsvg2-bin poppler-utils libxml2-utils python3-html5lib
SUDO = $(shell [ "$$(id -u)" = 0 ] && echo "" || (command -v sudo >/dev/null && echo sudo) || echo NONE)

.PHONY: all deps deps-data deps-bench build release test figures golden bench clean fuzz fuzz-ci sanitize

all: figures

## deps: install the system packages only when something is missing
deps:
	@if command -v pkg-config >/dev/null && pkg-config --exists cairo pangocairo libpng openblas \
	    && [ -f $(FONT_DEJAVU) ] && [ -f $(FONT_NANUM) ] \
	    && command -v rsvg-convert >/dev/null && command -v pdftoppm >/dev/null && command -v xmllint >/dev/null \
	    && /usr/bin/python3 -c 'import html5lib' 2>/dev/null; then \
	  :; \
	elif [ "$(SUDO)" = NONE ]; then \
	  echo "make deps: missing system packages; run as root or install sudo, then: apt-get install -y $(PKGS)" >&2; exit 1; \
	else \
	  echo "make deps: installing $(PKGS)"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(PKGS) >/dev/null; \
	fi

## deps-data: Fashion-MNIST (drop-in for MNIST) for retraining section 4.5, and libdeflate0, which dlplot train
## loads when present to inflate the data 2.5 times as fast as zlib (zlib alone works too)
deps-data:
	@if [ -f /usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz ] && /sbin/ldconfig -p 2>/dev/null | grep -q 'libdeflate\.so\.0 '; then :; \
	elif [ "$(SUDO)" = NONE ]; then echo "make deps-data: run as root: apt-get install -y dataset-fashion-mnist libdeflate0" >&2; exit 1; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq dataset-fashion-mnist libdeflate0 >/dev/null; fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build $(RELEASE_FLAGS)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(SWIFT) build $(RELEASE_FLAGS)
	bash scripts/golden-check.sh
	bash scripts/fuzz.sh --ci

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
## own caches listed in scripts/lsan-suppressions.txt), in .build-asan/; not part of make test
sanitize: deps
	$(SWIFT) build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
	LSAN_OPTIONS=suppressions=$(CURDIR)/scripts/lsan-suppressions.txt $(SWIFT) test --skip-build --scratch-path .build-asan

SERIES = Sources/Figures/Resources/training-series.json

## figures: the committed training series is reused while current; when it must be retrained (exit 4: out of
## date and no data set here), the data set is installed first (make deps-data).
figures: release
	@$(RELEASE_BIN) train --seed 1 --reuse-if-current --out $(SERIES) || { status=$$?; [ $$status = 4 ] || exit $$status; \
	  $(MAKE) deps-data && $(RELEASE_BIN) train --seed 1 --reuse-if-current --out $(SERIES); }
	$(RELEASE_BIN) all --out-dir figures --formats png,svg,pdf --html
	$(RELEASE_BIN) golden fingerprint --write figures/ENVIRONMENT.json

## golden: re-record the golden images (figures/ and its environment fingerprint); never in CI
golden:
	@if [ "$$CI" = true ]; then echo "make golden: recording goldens is not allowed in CI (CI=true); record locally and commit figures/" >&2; exit 1; fi
	$(MAKE) figures

## deps-bench: what `make bench` compares against (gnuplot, hyperfine, GNU time, matplotlib, numpy, threadpoolctl)
deps-bench: deps deps-data
	@if command -v hyperfine >/dev/null && command -v gnuplot >/dev/null && [ -x /usr/bin/time ]; then :; \
	elif [ "$(SUDO)" = NONE ]; then echo "make deps-bench: run as root: apt-get install -y hyperfine gnuplot-nox time" >&2; exit 1; \
	else $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq hyperfine gnuplot-nox time >/dev/null; fi
	@python3 -c 'import matplotlib, numpy, threadpoolctl' 2>/dev/null || python3 -m pip install -q matplotlib numpy threadpoolctl

bench: release deps-bench
	bash scripts/bench.sh

clean:
	rm -rf .build .build-*
