"""GPU only: CUDA–GL interop output equals readPixels output (skipped without a GPU)."""
import numpy as np
import pytest

torch = pytest.importorskip('torch')
pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason='needs a CUDA GPU')

from .engine import RenderConfig, RenderEngine  # noqa: E402
from .test_engine import GRADIENT, RINGS  # noqa: E402


@pytest.mark.parametrize('readback', ['kernel', 'copy'])
@pytest.mark.parametrize('size,max_fb', [(64, 8192), (33, 8192), (64, 256)])
def test_interop_matches_readpixels_on_cuda(readback, size, max_fb):
    """Odd tile sizes take the kernel's unaligned stores; a small framebuffer splits the batch
    over many framebuffers, the last one with a partial column."""
    e = RenderEngine('cuda:0', RenderConfig(cuda_readback=readback, max_framebuffer=max_fb))
    assert e.info['device'].startswith('cuda')
    e.add_program('grad', GRADIENT)
    e.add_program('rings', RINGS)
    rng = np.random.default_rng(1)
    pids = rng.choice(['grad', 'rings'], 300)
    times = rng.uniform(0, 10, 300)
    out = e.render(pids, times, size, np.arange(300))
    assert e.info['cuda_readback'] == readback
    assert out.is_cuda and out.dtype == torch.uint8 and tuple(out.shape) == (300, size, size, 3)
    assert np.array_equal(out.cpu().numpy(), e.render_numpy(pids, times, size, np.arange(300)))
    e.close()
