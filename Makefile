# eventmap: two commands do all the set-up on a fresh machine.
#   make demo   install what is missing, build in release, map the bundled Examples/ into Output/
#   make test   install what is missing, run the unit tests, then the acceptance scoring
#   make bench  benchmarks in release mode (make bench BENCH=name runs one)
SWIFT   ?= swift
SHARED  ?= ../shared
OUT     ?= Output
BENCH   ?=
BIN      = .build/release/eventmap

.PHONY: deps build demo test unit acceptance bench clean

deps:
	@scripts/deps.sh

build: deps
	$(SWIFT) build -c release --product eventmap

demo: build
	$(BIN) map Examples --by month --out $(OUT)
	@echo "demo: maps, GeoJSON and CSV written to $(OUT)/ (open $(OUT)/index.html)"

test:
	@scripts/deps.sh test
	$(SWIFT) build -c release --product eventmap
	$(SWIFT) test
	@scripts/acceptance.sh $(SHARED)

acceptance:
	@scripts/acceptance.sh $(SHARED)

# The benchmarks package builds eventmap's modules as a path dependency, and SwiftPM does not always
# notice source files added to or removed from them ("cannot find 'X' in scope"): when the list of
# source files differs from the last benchmark build's, that build is started afresh.
bench:
	@scripts/deps.sh bench
	$(SWIFT) build -c release --product eventmap
	@sources=$$(find Sources -name '*.swift' | LC_ALL=C sort | cksum); \
	if [ -d Benchmarks/.build ] && [ "$$sources" != "$$(cat Benchmarks/.build/eventmap-sources 2>/dev/null)" ]; then \
		echo "bench: eventmap's source files changed since the last benchmark build; rebuilding it from scratch"; \
		rm -rf Benchmarks/.build; \
	fi; \
	cd Benchmarks && $(SWIFT) build -c release && echo "$$sources" > .build/eventmap-sources
	cd Benchmarks && $(SWIFT) run -c release eventmap-bench $(BENCH)

clean:
	rm -rf .build Benchmarks/.build
