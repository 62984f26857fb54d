"""shadertrain — the Python worker: render engine (shadertrain.render), datasets, models,
methods and evaluation. A pure compute process; see docs/architecture.md."""
__version__ = '0.1.0'
