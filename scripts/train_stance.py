"""Train the stance models (the same as ``python -m analysis train-stance``).

    python scripts/train_stance.py                 # the default linear model -> analysis/models/stance_linear.json.gz
    python scripts/train_stance.py --encoder       # the optional encoder (extra `transformer`) -> the user cache

Further options are passed on to the trainer (``--help`` lists them).
"""

import sys

from analysis.cli import main

if __name__ == "__main__":
    sys.exit(main(["train-stance", *sys.argv[1:]]))
