# Developer shortcuts. `make fuzz MINUTES=60` fuzzes longer; `make fuzz JOBS=2` runs two rounds at once.
MINUTES ?= 30
JOBS ?= 1
PYTHON ?= python

.PHONY: test property fuzz lint

test:
	$(PYTHON) -m pytest -q

property:
	CI=true $(PYTHON) -m pytest tests/property -q -p no:cacheprovider

fuzz:
	$(PYTHON) -m newsclean.fuzz --minutes $(MINUTES) --jobs $(JOBS)

lint:
	ruff check newsclean tests
	mypy
