"""Fits the reply model's heads with scikit-learn; called by scripts/replies/train.ts only.

The TypeScript side extracts the features (shared/replies/features.ts, the code the engine runs)
and writes the hashed matrix here; this script only fits multinomial logistic regression and
writes the coefficients back. lbfgs on one BLAS thread is deterministic: the same matrix gives
the same weights.

Usage: fit.py WORK_DIR   (reads spec.json, X.indptr, X.indices, X.data; writes JOB.HEAD.coef/.json)
"""
import json
import sys
import warnings

import numpy as np
import scipy.sparse as sp
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

# A class absent from a fold's training rows gets this intercept: it is then never predicted.
ABSENT_CLASS_BIAS = -30.0


def main(work: str) -> None:
    with open(f"{work}/spec.json", encoding="utf-8") as f:
        spec = json.load(f)
    indptr = np.fromfile(f"{work}/X.indptr", dtype=np.int32)
    indices = np.fromfile(f"{work}/X.indices", dtype=np.int32)
    data = np.fromfile(f"{work}/X.data", dtype=np.float32).astype(np.float64)
    X = sp.csr_matrix((data, indices, indptr), shape=(len(indptr) - 1, spec["n_cols"]))
    weight = np.asarray(spec["weight"], dtype=np.float64)
    for job in spec["jobs"]:
        in_job = np.zeros(X.shape[0], dtype=bool)
        in_job[np.asarray(job["rows"], dtype=np.int64)] = True
        for name, head in spec["heads"].items():
            y = np.asarray(head["y"], dtype=np.int64)
            rows = np.flatnonzero(in_job & (y >= 0))
            k = len(head["classes"])
            coef = np.zeros((k, X.shape[1]), dtype=np.float64)
            bias = np.full(k, ABSENT_CLASS_BIAS)
            present = np.unique(y[rows])
            if len(present) == 1:
                bias[present[0]] = 0.0
            elif len(present) > 1:
                model = LogisticRegression(C=head["C"], max_iter=5000, tol=1e-6)
                with warnings.catch_warnings():
                    warnings.simplefilter("error", ConvergenceWarning)
                    model.fit(X[rows], y[rows], sample_weight=weight[rows])
                if len(present) == 2:
                    # Binary fits return one vector for the second class; as softmax logits that is
                    # (0, w), the same probabilities.
                    coef[present[1]] = model.coef_[0]
                    bias[present[0]] = 0.0
                    bias[present[1]] = model.intercept_[0]
                else:
                    coef[present] = model.coef_
                    bias[present] = model.intercept_
            coef.astype("<f8").tofile(f"{work}/{job['name']}.{name}.coef")
            with open(f"{work}/{job['name']}.{name}.json", "w", encoding="utf-8") as f:
                json.dump({"bias": bias.tolist(), "rows": int(len(rows))}, f)
        print(f"fit: {job['name']} done", file=sys.stderr, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
