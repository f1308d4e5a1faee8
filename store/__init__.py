"""Kerben's corpus: the SQLite store, its query API, export, and the import pipeline (``store.ingest``)."""
import os as _os

# One BLAS/OpenMP thread per process: natasha's numpy models run ~6x slower on a busy 2-core
# machine when BLAS spreads each small matrix product over threads, and parallel import gets
# its parallelism from worker processes (--jobs) instead. Users can still override these.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    _os.environ.setdefault(_var, "1")
