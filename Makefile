# Developer shortcuts. `make fuzz MINUTES=60` fuzzes longer.
MINUTES ?= 30
PYTHON ?= python

.PHONY: test property fuzz lint

test:
	$(PYTHON) -m pytest -q

property:
	CI=true $(PYTHON) -m pytest tests/property -q -p no:cacheprovider

fuzz:
	$(PYTHON) -m newsclean.fuzz --minutes $(MINUTES)

lint:
	ruff check newsclean tests
	mypy
