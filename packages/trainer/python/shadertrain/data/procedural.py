"""Simple procedural baselines that are not a program corpus (for the experiments):

- ``noise``: coloured noise with a random power spectrum 1/f^a, a in [0, 2]
  (white to brown; cf. Baradad et al. 2021, "Learning to See by Looking at Noise").
- ``dead-leaves``: occluding discs and squares with power-law sizes and uniform colours
  (Lee, Mumford & Huang 2001; the dead-leaves baselines of Baradad et al. 2021).

Both are generated in torch on the training device; their random parameters come from
the step's generators, so a batch is reproducible from (seed, step) on a given device.
"""
from __future__ import annotations

import math
from typing import Tuple

import numpy as np
import torch


class _DeviceSource:
    num_classes = 0

    def __init__(self, size: int):
        self.size = size
        self.device = torch.device('cpu')

    def open(self, device: torch.device) -> None:
        self.device = device

    def close(self) -> None:
        pass

    def _generator(self, rng: np.random.Generator) -> torch.Generator:
        gen = torch.Generator(device=self.device)
        gen.manual_seed(int(rng.integers(0, 2 ** 62)))
        return gen


class NoiseSource(_DeviceSource):
    """Coloured 1/f^a noise images [n,3,S,S] in [0,1]."""

    def draw(self, rng: np.random.Generator, g: torch.Generator, rows: int, k: int
             ) -> Tuple[torch.Tensor, torch.Tensor]:
        n, S, dev = rows * k, self.size, self.device
        slope = torch.from_numpy(rng.uniform(0.0, 2.0, size=n).astype(np.float32)).to(dev)
        white = torch.randn(n, 3, S, S, generator=self._generator(rng), device=dev)
        spec = torch.fft.rfft2(white)
        fy = torch.fft.fftfreq(S, device=dev).view(S, 1)
        fx = torch.fft.rfftfreq(S, device=dev).view(1, S // 2 + 1)
        f = torch.sqrt(fy * fy + fx * fx).clamp(min=1.0 / S)
        amp = f.unsqueeze(0) ** (-slope.view(n, 1, 1))                  # [n, S, S//2+1]
        x = torch.fft.irfft2(spec * amp.unsqueeze(1), s=(S, S))
        x = x - x.mean(dim=(1, 2, 3), keepdim=True)
        x = x / x.std(dim=(1, 2, 3), keepdim=True).clamp(min=1e-6)
        images = (0.5 + 0.25 * x).clamp(0, 1)
        return images, torch.full((rows, k), -1, dtype=torch.int64)


class DeadLeavesSource(_DeviceSource):
    """Dead-leaves images: ``shapes`` occluding discs/squares, radius density ~ r^-3."""

    def __init__(self, size: int, shapes: int = 64, rmin: float = 0.02, rmax: float = 0.4):
        super().__init__(size)
        self.shapes, self.rmin, self.rmax = shapes, rmin, rmax

    def draw(self, rng: np.random.Generator, g: torch.Generator, rows: int, k: int
             ) -> Tuple[torch.Tensor, torch.Tensor]:
        n, S, m, dev = rows * k, self.size, self.shapes, self.device
        a, b = self.rmin ** -2, self.rmax ** -2
        u = rng.uniform(size=(n, m))
        radius = (a - u * (a - b)) ** -0.5                                 # inverse CDF of r^-3
        centre = rng.uniform(size=(n, m, 2))
        square = rng.uniform(size=(n, m)) < 0.5
        colours = rng.uniform(size=(n, m + 1, 3))                         # index 0 = background
        t = lambda arr: torch.from_numpy(np.ascontiguousarray(arr, dtype=np.float32)).to(dev)  # noqa: E731
        radius, centre, colours = t(radius), t(centre), t(colours)
        square = torch.from_numpy(square).to(dev)
        coords = (torch.arange(S, device=dev, dtype=torch.float32) + 0.5) / S
        out = torch.empty(n, 3, S, S, device=dev)
        order = torch.arange(1, m + 1, device=dev).view(1, m, 1, 1)
        chunk = max(1, (1 << 24) // (m * S * S))
        for s in range(0, n, chunk):
            e = min(n, s + chunk)
            dx = coords.view(1, 1, 1, S) - centre[s:e, :, 0].view(-1, m, 1, 1)
            dy = coords.view(1, 1, S, 1) - centre[s:e, :, 1].view(-1, m, 1, 1)
            r = radius[s:e].view(-1, m, 1, 1)
            disc = dx * dx + dy * dy < r * r
            box = torch.maximum(dx.abs(), dy.abs()) < r * (math.pi / 4) ** 0.5  # same area
            cover = torch.where(square[s:e].view(-1, m, 1, 1), box, disc)
            top = (cover * order).amax(dim=1)                               # [c,S,S], 0 = none
            c = colours[s:e].gather(1, top.view(e - s, S * S, 1).expand(-1, -1, 3))
            out[s:e] = c.view(e - s, S, S, 3).permute(0, 3, 1, 2)
        return out, torch.full((rows, k), -1, dtype=torch.int64)
