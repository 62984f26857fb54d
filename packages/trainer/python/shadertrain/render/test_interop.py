"""GPU only: CUDA–GL interop output equals readPixels output (skipped without a GPU)."""
import numpy as np
import pytest

torch = pytest.importorskip('torch')
pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason='needs a CUDA GPU')

from .engine import RenderEngine  # noqa: E402
from .test_engine import GRADIENT, RINGS  # noqa: E402


def test_interop_matches_readpixels_on_cuda():
    e = RenderEngine('cuda:0')
    e.add_program('grad', GRADIENT)
    e.add_program('rings', RINGS)
    rng = np.random.default_rng(1)
    pids = rng.choice(['grad', 'rings'], 300)
    times = rng.uniform(0, 10, 300)
    out = e.render(pids, times, 64, np.arange(300))
    assert out.is_cuda and out.dtype == torch.uint8 and tuple(out.shape) == (300, 64, 64, 3)
    assert np.array_equal(out.cpu().numpy(), e.render_numpy(pids, times, 64, np.arange(300)))
    e.close()
