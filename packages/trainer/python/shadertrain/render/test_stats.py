import numpy as np
import pytest

from . import stats


def const(v, k=2, h=16, w=16):
    return np.full((k, h, w, 3), v, np.uint8)


def halves(h=16, w=64):
    img = np.zeros((1, h, w, 3), np.uint8)
    img[:, :, w // 2:] = 255
    return img


def test_constant_image():
    x = const(77)
    mean, std = stats.channel_mean_std(x)
    assert mean == pytest.approx([77 / 255] * 3) and std == pytest.approx([0, 0, 0])
    assert stats.entropy(x) == 0.0
    assert stats.edge_density(x) == 0.0
    assert stats.coverage(x) == 0.0
    assert stats.colorfulness(x) == 0.0
    assert stats.temporal_change(x) == 0.0


def test_half_black_half_white():
    x = halves(w=64)
    assert stats.entropy(x) == pytest.approx(1.0)
    assert stats.coverage(x) == pytest.approx(0.5)
    assert stats.edge_density(x) == pytest.approx(2 / 62)     # 2 interior columns of 62
    mean, std = stats.channel_mean_std(x)
    assert mean == pytest.approx([0.5] * 3) and std == pytest.approx([0.5] * 3)


def test_small_object_coverage():
    x = const(10, k=1, h=20, w=20)
    x[0, 5:10, 5:10] = (200, 30, 30)          # 25 of 400 pixels
    assert stats.coverage(x) == pytest.approx(25 / 400)


def test_colorfulness_of_pure_red_matches_the_formula():
    x = const(0, k=1)
    x[..., 0] = 255                            # rg = 255, yb = 127.5, no spread
    assert stats.colorfulness(x) == pytest.approx(0.3 * np.hypot(255, 127.5))


def test_temporal_change_between_black_and_white():
    x = np.concatenate([const(0, k=1), const(255, k=1)])
    assert stats.temporal_change(x) == pytest.approx(1.0)


def test_non_finite_fraction():
    f = np.zeros((4, 4, 4), np.float32)
    f[0, :, 0] = np.nan
    f[1, 0, 1] = np.inf
    f[..., 3] = np.nan                         # alpha is ignored
    assert stats.non_finite(f) == pytest.approx(5 / 48)


def test_image_stats_keys_match_the_typescript_type():
    s = stats.image_stats(const(1), np.zeros((16, 16, 4), np.float32))
    assert set(s) == {'mean', 'std', 'colorfulness', 'entropy', 'edgeDensity', 'coverage',
                      'temporalChange', 'nonFinite'}
