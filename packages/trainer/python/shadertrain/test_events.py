import io
import json

import pytest
import torch

from shadertrain import events


def test_events_are_json_lines(monkeypatch):
    buf = io.StringIO()
    monkeypatch.setattr(events, '_stream', buf)
    events.emit('progress', step=1, loss=float('nan'), lr=torch.tensor(0.5), images_per_s=3.0)
    events.emit('finished', steps=1, wall_s=0.1)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    first = json.loads(lines[0])
    assert first == {'event': 'progress', 'step': 1, 'loss': None, 'lr': 0.5, 'images_per_s': 3.0}
    assert json.loads(lines[1])['event'] == 'finished'


def test_unknown_kind_rejected():
    with pytest.raises(ValueError):
        events.format_event('hello')
