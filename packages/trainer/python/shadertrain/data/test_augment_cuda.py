"""The augmentation kernels' math, compiled for the host (g++), against the eager torch path;
and on a GPU (where there is one) the NVRTC-compiled kernels against the same path."""
import ctypes
import shutil
import subprocess

import pytest
import torch

from ..config import AugmentConfig
from . import augment
from .augment_cuda import MAX_TAPS, SOURCE, pack_params


@pytest.fixture(scope='module')
def host(tmp_path_factory):
    if shutil.which('g++') is None:
        pytest.skip('needs g++ to compile the kernels for the host')
    d = tmp_path_factory.mktemp('kernels')
    (d / 'augment.cpp').write_text(SOURCE)
    subprocess.run(['g++', '-O2', '-ffp-contract=off', '-shared', '-fPIC', '-o', str(d / 'augment.so'),
                    str(d / 'augment.cpp')], check=True)
    return ctypes.CDLL(str(d / 'augment.so'))


class HostKernels:
    """CudaAugment's interface over the host build (CPU tensors)."""

    def __init__(self, lib):
        self.lib = lib

    def crop_brightness(self, x, prm, size):
        n, _, s, _ = x.shape
        out = torch.empty(n, 3, size, size)
        self.lib.st_aug_crop_host(ctypes.c_void_p(x.data_ptr()), ctypes.c_void_p(out.data_ptr()),
                                  ctypes.c_void_p(prm.data_ptr()), n, s, size)
        return out

    def color(self, y, prm, mean):
        n, _, r, _ = y.shape
        self.lib.st_aug_color_host(ctypes.c_void_p(y.data_ptr()), ctypes.c_void_p(prm.data_ptr()),
                                   ctypes.c_void_p(mean.data_ptr()), n, r)
        return y

    def blur_pass(self, y, prm, ks, reflect, vertical, normalize):
        n, _, r, _ = y.shape
        out = torch.empty_like(y)
        self.lib.st_aug_blur_host(ctypes.c_void_p(y.data_ptr()), ctypes.c_void_p(out.data_ptr()),
                                  ctypes.c_void_p(prm.data_ptr()), n, r, ks, int(reflect), int(not vertical),
                                  int(vertical), int(normalize))
        return out


def _batch(n=48, s=40, seed=0):
    g = torch.Generator().manual_seed(seed)
    # smooth colour fields plus sharp edges and flat grey patches (hue's eqc branch)
    yy, xx = torch.meshgrid(torch.linspace(0, 1, s), torch.linspace(0, 1, s), indexing='ij')
    phase = torch.rand(n, 3, 1, 1, generator=g) * 6.28
    x = 0.5 + 0.5 * torch.sin(7 * xx + 5 * yy + phase)
    x = torch.where(torch.rand(n, 1, s, s, generator=g) < 0.1, torch.rand(n, 3, s, s, generator=g), x)
    x[:, :, :6, :6] = 0.4
    return x.contiguous(), g


@pytest.mark.parametrize('size', [8, 32, 64, 96])
def test_host_kernels_match_the_eager_path(host, size):
    cfg = AugmentConfig()
    x, g = _batch()
    k = HostKernels(host)
    for _ in range(3):
        params = augment.sample_params(g, x.shape[0], cfg)
        ref = augment.apply(x, params, size)
        got = augment.apply_kernels(k, x, params, size)
        assert got.shape == ref.shape == (x.shape[0], 3, size, size)
        d = (got - ref).abs()
        assert d.max().item() < 1e-4 and d.mean().item() < 1e-6


def test_every_op_alone_matches(host):
    """Each op on its own, so an error in one is not hidden by the others' clamping."""
    x, g = _batch(n=16, seed=1)
    k = HostKernels(host)
    full = AugmentConfig()
    none = dict(flip_p=0.0, jitter_p=0.0, grayscale_p=0.0, blur_p=0.0, crop_scale=(1.0, 1.0), crop_ratio=(1.0, 1.0))
    for only in (dict(crop_scale=full.crop_scale, crop_ratio=full.crop_ratio, flip_p=0.5),
                 dict(jitter_p=1.0, contrast=0.0, saturation=0.0, hue=0.0),                # brightness
                 dict(jitter_p=1.0, brightness=0.0, saturation=0.0, hue=0.0),              # contrast
                 dict(jitter_p=1.0, brightness=0.0, contrast=0.0, hue=0.0),                # saturation
                 dict(jitter_p=1.0, brightness=0.0, contrast=0.0, saturation=0.0, hue=0.5),  # hue
                 dict(grayscale_p=1.0),
                 dict(blur_p=1.0),
                 dict()):                                                                    # normalization
        cfg = AugmentConfig(**{**none, **only})
        params = augment.sample_params(g, x.shape[0], cfg)
        diff = (augment.apply_kernels(k, x, params, 32) - augment.apply(x, params, 32)).abs().max().item()
        assert diff < 1e-4, (only, diff)


def test_the_comparison_can_fail(host):
    """A wrong parameter (hue shifted for the kernels only) is caught by the same tolerance."""
    x, g = _batch(n=16, seed=2)
    params = augment.sample_params(g, x.shape[0], AugmentConfig(jitter_p=1.0))
    wrong = {**params, 'hue': params['hue'] + 0.05}
    diff = (augment.apply_kernels(HostKernels(host), x, wrong, 32) - augment.apply(x, params, 32)).abs().max()
    assert diff.item() > 1e-2


def test_a_wrong_blur_is_caught(host):
    x, g = _batch(n=16, seed=3)
    params = augment.sample_params(g, x.shape[0], AugmentConfig(blur_p=1.0))
    wrong = {**params, 'sigma': params['sigma'] * 1.3}
    diff = (augment.apply_kernels(HostKernels(host), x, wrong, 32) - augment.apply(x, params, 32)).abs().max()
    assert diff.item() > 1e-2


def test_pack_params_order():
    g = torch.Generator().manual_seed(0)
    p = augment.sample_params(g, 5, AugmentConfig())
    prm = pack_params(p)
    assert prm.shape == (5, 10) and prm.dtype == torch.float32 and prm.is_contiguous()
    assert torch.equal(prm[:, 0], p['theta'][:, 0, 0]) and torch.equal(prm[:, 3], p['theta'][:, 1, 2])
    assert torch.equal(prm[:, 7], p['hue']) and torch.equal(prm[:, 8], p['gray'])
    assert torch.equal(prm[:, 9], p['sigma'])
    assert f'#define ST_MAX_TAPS {MAX_TAPS}' in SOURCE


def test_fused_falls_back_to_torch_ops_off_cuda():
    a = augment.Augmenter(AugmentConfig(fused=True), 32)
    assert a.kernels(torch.device('cpu')) is None
    x, g = _batch(n=4)
    assert a.views(x, g, 2)[0].shape == (4, 3, 32, 32)


@pytest.mark.skipif(not torch.cuda.is_available(), reason='needs a CUDA device')
def test_cuda_kernels_match_the_eager_path_on_the_gpu():
    from .augment_cuda import CudaAugment
    torch.backends.cudnn.allow_tf32 = False     # the eager blur's convolution in full fp32, as the kernels
    dev = torch.device('cuda', torch.cuda.current_device())
    k = CudaAugment(dev)
    x, g = _batch(n=256, s=64)
    x = x.to(dev)
    for size in (32, 64):
        for _ in range(3):
            params = augment.sample_params(g, x.shape[0], AugmentConfig())
            ref = augment.apply(x, params, size)
            got = augment.apply_kernels(k, x, params, size)
            d = (got - ref).abs()     # FMA contraction on the GPU: a little more room than on the host
            assert d.max().item() < 5e-4 and d.mean().item() < 2e-6


def test_the_device_branch_is_valid_cpp(tmp_path):
    """The NVRTC branch (kernels, indexing) through g++ with CUDA's keywords stubbed: a syntax and
    type check of what only the GPU host can compile for real."""
    if shutil.which('g++') is None:
        pytest.skip('needs g++')
    stub = ('#include <math.h>\n#define __device__\n#define __forceinline__ inline\n#define __global__\n'
            'struct st_dim3 { unsigned x, y, z; };\nstatic st_dim3 blockIdx, blockDim, threadIdx;\n')
    (tmp_path / 'device.cpp').write_text(stub + SOURCE)
    r = subprocess.run(['g++', '-fsyntax-only', '-Wall', '-Werror', '-D__CUDACC_RTC__', str(tmp_path / 'device.cpp')],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
