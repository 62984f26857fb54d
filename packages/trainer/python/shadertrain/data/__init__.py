"""On-the-fly training data: sources (programs, noise, dead leaves, real images), MixUp,
batched augmentations and the background batch producer."""
from .augment import Augmenter, normalize, to_float_nchw
from .manifest import Snapshot, load_snapshot
from .mixup import dirichlet_weights, mix
from .sampling import sample_distinct, step_rngs
from .stream import Prefetcher, build_source, make_batch

__all__ = ['Augmenter', 'normalize', 'to_float_nchw', 'Snapshot', 'load_snapshot',
           'dirichlet_weights', 'mix', 'sample_distinct', 'step_rngs', 'Prefetcher',
           'build_source', 'make_batch']
