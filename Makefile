# DutyEngine — build, test and run the shipped example.
SWIFT ?= swift
DUTY = .build/release/duty

.PHONY: deps print-deps test-deps build test demo office-check lint bench clean

## Installs GLPK's and zlib's headers and libraries when they are missing (as root), or says
## how. zlib is what ZIPFoundation compresses roster.xlsx and appraisal.xlsx with.
deps:
	@if [ ! -f /usr/include/glpk.h ] || [ ! -f /usr/include/zlib.h ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y libglpk-dev zlib1g-dev; \
	  else echo "GLPK or zlib is missing. Run: sudo apt-get update && sudo apt-get install -y libglpk-dev zlib1g-dev"; exit 1; fi; \
	fi

## For the spreadsheet, server and browser tests: openpyxl reads roster.xlsx and appraisal.xlsx
## back, icalendar the calendar feeds, openapi-spec-validator the OpenAPI document, Playwright
## drives Debian's chromium (its own browser download is not used), qrcode checks the QR codes.
PYTHON_TEST_PACKAGES = openpyxl icalendar openapi-spec-validator playwright qrcode
test-deps:
	@python3 -c "import openpyxl, icalendar, openapi_spec_validator, playwright, qrcode" 2>/dev/null || python3 -m pip install --quiet $(PYTHON_TEST_PACKAGES) \
	  || python3 -m pip install --quiet --break-system-packages $(PYTHON_TEST_PACKAGES)

## For the print test: Chromium prints roster.html to PDF, with a CJK font for the names.
print-deps:
	@if ! command -v chromium >/dev/null || [ ! -d /usr/share/fonts/opentype/noto ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium fonts-noto-cjk; \
	  else echo "Chromium or the CJK font is missing. Run: sudo apt-get install -y chromium fonts-noto-cjk"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product duty

## The tests run on one optimised build of everything (in .build-test, so that `make build`'s
## binary stays as users get it): the solver's tests take half the time they take in a debug
## build, and the release `duty` the whole-command time-limit test needs comes from the same
## build. That test runs alone at the end: beside the others, which run in parallel, its wall
## time would measure their load.
TEST_BUILD = -c release -Xswiftc -enable-testing --scratch-path .build-test
test: deps print-deps test-deps lint
	$(SWIFT) build $(TEST_BUILD) --build-tests
	$(SWIFT) test $(TEST_BUILD) --skip-build
	DUTY_RELEASE=$(abspath .build-test/release/duty) $(SWIFT) test $(TEST_BUILD) --skip-build --filter WholeCommandTimeLimitTests

## roster.xlsx and appraisal.xlsx opened by LibreOffice (large, so not part of make test).
office-check: deps
	@command -v soffice >/dev/null || { if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y --no-install-recommends libreoffice-calc-nogui; \
	  else echo "LibreOffice is missing. Run: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui"; exit 1; fi; }
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --filter LibreOfficeTests

demo: build
	$(DUTY) demo

## The promises of the architecture: only GLPK touches C, the checker and the appraisal
## never see the solver, and the executable reaches the solver only through DutyWorkflow.
lint:
	@bad=$$(grep -rln 'import CGLPK' Sources Tests | grep -v '^Sources/GLPK/' || true); \
	if [ -n "$$bad" ]; then echo "lint: CGLPK imported outside Sources/GLPK: $$bad"; exit 1; fi
	@bad=$$(grep -rlnE '^(@testable )?import (GLPK|DutyRoster|DutyModelParts|DutyColumnGeneration)$$' \
	  Sources/DutyCheck Sources/DutyAppraisal Sources/DutyShiftRostering Sources/DutyCurtois Sources/DutyIO || true); \
	if [ -n "$$bad" ]; then echo "lint: a solver imported by a checker, the appraisal, a domain or a format module: $$bad"; exit 1; fi
	@bad=$$(grep -rlnE '^(@testable )?import (GLPK|DutyRoster|DutyModelParts|DutyColumnGeneration)$$' Sources/duty || true); \
	if [ -n "$$bad" ]; then echo "lint: the executable imports the solver (use DutyWorkflow): $$bad"; exit 1; fi
	@bad=$$(grep -rlnE '^(@testable )?import DutyAppraisal$$' Sources/DutyIO || true); \
	if [ -n "$$bad" ]; then echo "lint: the readers and writers import the scoring (its result types live in DutyCore): $$bad"; exit 1; fi
	@echo "lint: import rules hold"

bench: build
	bash benchmarks/run.sh

clean:
	rm -rf .build .build-test out
