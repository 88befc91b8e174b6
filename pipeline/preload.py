"""What the forkserver of an ingest imports once for all its workers (`pipeline.isolate`), with
the patterns of the extractors and the segmentation compiled from the cache (`pipeline.patterns`):
the workers can start only when it is done."""

from pipeline import patterns
from pipeline.isolate import WORKER_MODULES

patterns.importing(WORKER_MODULES)
