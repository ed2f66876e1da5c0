# The two commands a newcomer needs: `make dataset` (set up and build) and `make test` (the whole suite).
.PHONY: setup dataset test studio tools browser generate

setup:
	bash scripts/setup.sh

dataset: setup
	.venv/bin/sikap build

studio:
	bash scripts/install-label-studio.sh

tools:
	bash scripts/install-cffconvert.sh

browser:
	bash scripts/install-browser.sh

test: setup studio tools browser
	SIKAP_CFFCONVERT=$(CURDIR)/.venv-cff/bin/cffconvert .venv/bin/python -m pytest

generate: setup
	.venv/bin/sikap generate
