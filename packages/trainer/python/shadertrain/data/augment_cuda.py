"""The augmentation (``augment.apply``) on a CUDA batch as four kernels.

Eager ``augment.apply`` launches about 130 kernels per view, each a full pass over the batch: on an
H100 a batch of 1,024 at 64 px took 15.7 ms for two views, more than rendering it (12 ms), and the
producer, not the MoCo step, set the pace (``bench/RESULTS.md``). Here (``augment.apply_kernels``):

- ``st_aug_crop``: random resized crop + flip (``affine_grid`` + bilinear ``grid_sample`` with
  reflection padding, align_corners=False, the same formulas as PyTorch's CUDA kernel) and
  brightness;
- ``st_aug_color``: contrast (around the image's mean luma, reduced by torch in between),
  saturation, hue (the HSV round trip of ``augment.rgb_to_hsv`` / ``hsv_to_rgb``) and grayscale;
- ``st_aug_blur`` twice: the per-sample Gaussian blur along x, then along y with the ImageNet
  normalization (a sample without blur is copied; a batch without any skips the first pass).

The per-pixel functions are plain C: the same source compiles with NVRTC for the GPU and with the
host C++ compiler for a CPU check against the eager path (``test_augment_cuda.py``), so the math is
tested where no GPU is.
"""
from __future__ import annotations

import ctypes
from typing import Dict

import torch

SOURCE = r'''
#ifdef __CUDACC_RTC__
#define ST_FN __device__ __forceinline__
#else
#include <math.h>
#define ST_FN static inline
#endif

#define ST_NPARAM 10  /* a, cx, h, cy (theta), brightness, contrast, saturation, hue, gray, sigma */
#define ST_MAX_TAPS 63

ST_FN float st_clamp01(float v) { return fminf(fmaxf(v, 0.0f), 1.0f); }
ST_FN float st_luma(float r, float g, float b) { return 0.299f * r + 0.587f * g + 0.114f * b; }

/* grid_sampler_compute_source_index, reflection padding, align_corners=False */
ST_FN float st_source_index(float coord, int size) {
    coord = ((coord + 1.0f) * size - 1.0f) / 2.0f;
    float mn = -0.5f, span = (float)size;            /* twice_low = -1, twice_high = 2*size - 1 */
    float in = fabsf(coord - mn);
    float extra = fmodf(in, span);
    int flips = (int)floorf(in / span);
    coord = (flips % 2 == 0) ? extra + mn : span - extra + mn;
    return fminf((float)(size - 1), fmaxf(coord, 0.0f));
}

/* One output pixel (i, j) of sample n: crop + flip + brightness, 3 channels. */
ST_FN void st_crop_pixel(const float* x, float* out, const float* prm, int n, int i, int j, int S, int R) {
    const float* p = prm + n * ST_NPARAM;
    float xn = (2.0f * j + 1.0f) / R - 1.0f, yn = (2.0f * i + 1.0f) / R - 1.0f;
    float ix = st_source_index(p[0] * xn + p[1], S);
    float iy = st_source_index(p[2] * yn + p[3], S);
    float fx = floorf(ix), fy = floorf(iy);   /* the weights as PyTorch writes them */
    float w_nw = (fx + 1.0f - ix) * (fy + 1.0f - iy), w_ne = (ix - fx) * (fy + 1.0f - iy);
    float w_sw = (fx + 1.0f - ix) * (iy - fy), w_se = (ix - fx) * (iy - fy);
    int x0 = (int)fx, y0 = (int)fy;
    int x1 = x0 + 1 < S ? x0 + 1 : x0, y1 = y0 + 1 < S ? y0 + 1 : y0;  /* its weight is 0 there */
    long long plane = (long long)S * S;
    for (int c = 0; c < 3; c++) {
        const float* src = x + ((long long)n * 3 + c) * plane;
        float v = src[y0 * S + x0] * w_nw + src[y0 * S + x1] * w_ne
                + src[y1 * S + x0] * w_sw + src[y1 * S + x1] * w_se;
        out[((long long)n * 3 + c) * R * R + i * R + j] = st_clamp01(v * p[4]);
    }
}

/* One pixel of sample n, in place: contrast around mean[n], saturation, hue, grayscale. */
ST_FN void st_color_pixel(float* y, const float* prm, const float* mean, int n, long long k, int R) {
    const float* p = prm + n * ST_NPARAM;
    long long plane = (long long)R * R;
    float* px = y + (long long)n * 3 * plane + k;
    float r = px[0], g = px[plane], b = px[2 * plane];
    float c = p[5], m = mean[n];
    r = st_clamp01(c * r + (1.0f - c) * m);
    g = st_clamp01(c * g + (1.0f - c) * m);
    b = st_clamp01(c * b + (1.0f - c) * m);
    float s = p[6], l = st_luma(r, g, b);
    r = st_clamp01(s * r + (1.0f - s) * l);
    g = st_clamp01(s * g + (1.0f - s) * l);
    b = st_clamp01(s * b + (1.0f - s) * l);
    if (p[7] != 0.0f) {
        /* rgb_to_hsv */
        float maxc = fmaxf(r, fmaxf(g, b)), minc = fminf(r, fminf(g, b));
        int eqc = maxc == minc;
        float cr = maxc - minc;
        float sat = cr / (eqc ? 1.0f : maxc);
        float crd = eqc ? 1.0f : cr;
        float rc = (maxc - r) / crd, gc = (maxc - g) / crd, bc = (maxc - b) / crd;
        float h = 0.0f;
        if (maxc == r) h = bc - gc;
        else if (maxc == g) h = 2.0f + rc - bc;
        else h = 4.0f + gc - rc;
        h = fmodf(h / 6.0f + 1.0f, 1.0f);
        /* the shift: remainder(h + hue, 1) */
        h = fmodf(h + p[7], 1.0f);
        if (h < 0.0f) h += 1.0f;
        /* hsv_to_rgb */
        float v = maxc, fi = floorf(h * 6.0f), f = h * 6.0f - fi;
        int sector = (((int)fi % 6) + 6) % 6;
        float pp = st_clamp01(v * (1.0f - sat));
        float q = st_clamp01(v * (1.0f - sat * f));
        float t = st_clamp01(v * (1.0f - sat * (1.0f - f)));
        switch (sector) {
            case 0: r = v; g = t; b = pp; break;
            case 1: r = q; g = v; b = pp; break;
            case 2: r = pp; g = v; b = t; break;
            case 3: r = pp; g = q; b = v; break;
            case 4: r = t; g = pp; b = v; break;
            default: r = v; g = pp; b = q; break;
        }
    }
    if (p[8] != 0.0f) r = g = b = st_luma(r, g, b);
    px[0] = r; px[plane] = g; px[2 * plane] = b;
}

/* Reflect padding as F.pad(mode='reflect') (the edge not repeated), or replicate for tiny images. */
ST_FN int st_pad_index(int i, int R, int reflect) {
    if (reflect) { if (i < 0) i = -i; if (i >= R) i = 2 * R - 2 - i; return i; }
    return i < 0 ? 0 : (i >= R ? R - 1 : i);
}

/* The separable Gaussian blur of augment._gaussian_blur along one axis (dx, dy = 1, 0 or 0, 1) at
   pixel (i, j) of sample n, 3 channels; sigma <= 0 copies. Then, with normalize, ImageNet's. */
ST_FN void st_blur_pixel(const float* y, float* out, const float* prm, int n, int i, int j, int R,
                         int ks, int reflect, int dx, int dy, int normalize) {
    const float mean[3] = {0.485f, 0.456f, 0.406f}, std[3] = {0.229f, 0.224f, 0.225f};
    long long plane = (long long)R * R;
    float s = prm[n * ST_NPARAM + 9], w[ST_MAX_TAPS], total = 0.0f;
    int half = ks / 2;
    if (s > 0.0f) {
        float sc = fmaxf(s, 1e-6f);
        for (int t = 0; t < ks; t++) {
            float pos = (float)(t - half);
            w[t] = expf(-(pos * pos) / (2.0f * sc * sc));
            total += w[t];
        }
        for (int t = 0; t < ks; t++) w[t] = w[t] / total;
    }
    for (int c = 0; c < 3; c++) {
        const float* src = y + ((long long)n * 3 + c) * plane;
        float v;
        if (s > 0.0f) {
            v = 0.0f;
            for (int t = 0; t < ks; t++) {
                int ii = dy ? st_pad_index(i + t - half, R, reflect) : i;
                int jj = dx ? st_pad_index(j + t - half, R, reflect) : j;
                v += w[t] * src[ii * R + jj];
            }
        } else {
            v = src[i * R + j];
        }
        if (normalize) v = (v - mean[c]) / std[c];
        out[((long long)n * 3 + c) * plane + i * R + j] = v;
    }
}

#ifdef __CUDACC_RTC__
extern "C" __global__ void st_aug_crop(const float* x, float* out, const float* prm, int N, int S, int R) {
    long long t = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= (long long)N * R * R) return;
    int j = (int)(t % R), i = (int)((t / R) % R), n = (int)(t / ((long long)R * R));
    st_crop_pixel(x, out, prm, n, i, j, S, R);
}
extern "C" __global__ void st_aug_color(float* y, const float* prm, const float* mean, int N, int R) {
    long long t = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    long long plane = (long long)R * R;
    if (t >= (long long)N * plane) return;
    st_color_pixel(y, prm, mean, (int)(t / plane), t % plane, R);
}
extern "C" __global__ void st_aug_blur(const float* y, float* out, const float* prm, int N, int R, int ks,
                                       int reflect, int dx, int dy, int normalize) {
    long long t = (long long)blockIdx.x * blockDim.x + threadIdx.x;
    if (t >= (long long)N * R * R) return;
    int j = (int)(t % R), i = (int)((t / R) % R), n = (int)(t / ((long long)R * R));
    st_blur_pixel(y, out, prm, n, i, j, R, ks, reflect, dx, dy, normalize);
}
#else
extern "C" void st_aug_blur_host(const float* y, float* out, const float* prm, int N, int R, int ks,
                                 int reflect, int dx, int dy, int normalize) {
    for (int n = 0; n < N; n++)
        for (int i = 0; i < R; i++)
            for (int j = 0; j < R; j++) st_blur_pixel(y, out, prm, n, i, j, R, ks, reflect, dx, dy, normalize);
}
extern "C" void st_aug_crop_host(const float* x, float* out, const float* prm, int N, int S, int R) {
    for (int n = 0; n < N; n++)
        for (int i = 0; i < R; i++)
            for (int j = 0; j < R; j++) st_crop_pixel(x, out, prm, n, i, j, S, R);
}
extern "C" void st_aug_color_host(float* y, const float* prm, const float* mean, int N, int R) {
    for (int n = 0; n < N; n++)
        for (long long k = 0; k < (long long)R * R; k++) st_color_pixel(y, prm, mean, n, k, R);
}
#endif
'''

THREADS = 256
MAX_TAPS = 63   # ST_MAX_TAPS: views up to 639 px


def pack_params(params: Dict[str, torch.Tensor]) -> torch.Tensor:
    """The per-sample parameters the kernels read: float32 [N, 10] (see ST_NPARAM)."""
    th = params['theta']
    return torch.stack((th[:, 0, 0], th[:, 0, 2], th[:, 1, 1], th[:, 1, 2], params['brightness'],
                        params['contrast'], params['saturation'], params['hue'], params['gray'],
                        params['sigma']), dim=1).float().contiguous()


class CudaAugment:
    """The kernels compiled for one device. Raises ImportError or RuntimeError at construction
    where cuda.bindings or NVRTC is missing (``shadertrain.kernels``)."""

    def __init__(self, device: torch.device):
        from ..kernels import Module
        index = device.index if device.index is not None else torch.cuda.current_device()
        self.kernels = Module(SOURCE, 'st_augment.cu', index)
        self._crop = self.kernels.function('st_aug_crop')
        self._color = self.kernels.function('st_aug_color')
        self._blur = self.kernels.function('st_aug_blur')

    def _launch(self, fn, threads: int, *args) -> None:
        self.kernels.launch(fn, -(-threads // THREADS), THREADS, torch.cuda.current_stream().cuda_stream, *args)

    def crop_brightness(self, x: torch.Tensor, prm: torch.Tensor, size: int) -> torch.Tensor:
        """x [N,3,S,S] float32 contiguous, prm [N,9] on the same device -> [N,3,size,size]."""
        n, _, s, _ = x.shape
        out = torch.empty(n, 3, size, size, device=x.device, dtype=torch.float32)
        self._launch(self._crop, n * size * size, ctypes.c_void_p(x.data_ptr()), ctypes.c_void_p(out.data_ptr()),
                     ctypes.c_void_p(prm.data_ptr()), ctypes.c_int(n), ctypes.c_int(s), ctypes.c_int(size))
        return out

    def color(self, y: torch.Tensor, prm: torch.Tensor, mean: torch.Tensor) -> torch.Tensor:
        """In place on y [N,3,R,R]: contrast around mean [N], saturation, hue, grayscale."""
        n, _, r, _ = y.shape
        self._launch(self._color, n * r * r, ctypes.c_void_p(y.data_ptr()), ctypes.c_void_p(prm.data_ptr()),
                     ctypes.c_void_p(mean.data_ptr()), ctypes.c_int(n), ctypes.c_int(r))
        return y

    def blur_pass(self, y: torch.Tensor, prm: torch.Tensor, ks: int, reflect: bool, vertical: bool,
                  normalize: bool) -> torch.Tensor:
        """One axis of the per-sample blur (sigma in prm; 0 copies), optionally normalizing: a new tensor."""
        n, _, r, _ = y.shape
        out = torch.empty_like(y)
        self._launch(self._blur, n * r * r, ctypes.c_void_p(y.data_ptr()), ctypes.c_void_p(out.data_ptr()),
                     ctypes.c_void_p(prm.data_ptr()), ctypes.c_int(n), ctypes.c_int(r), ctypes.c_int(ks),
                     ctypes.c_int(int(reflect)), ctypes.c_int(int(not vertical)), ctypes.c_int(int(vertical)),
                     ctypes.c_int(int(normalize)))
        return out
