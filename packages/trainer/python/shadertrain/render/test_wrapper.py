import hashlib

import pytest

from .wrapper import BODY_MARKER, fragment_source, program_id, vertex_source, wrapper_source

BODY = 'void mainImage(out vec4 fragColor, in vec2 fragCoord) { fragColor = vec4(1.0); }'


def test_wrapper_has_the_contract_names():
    src = wrapper_source()
    assert src.startswith('#version 300 es')
    for name in ('iResolution', 'iTime', 'iTimeDelta', 'iFrame', 'iMouse', 'iDate', 'iSampleRate',
                 '_st_FragCoord'):
        assert name in src
    assert [l.strip() for l in src.split('\n')].count(BODY_MARKER) == 1
    assert vertex_source().startswith('#version 300 es')


def test_body_replaces_the_marker_line():
    src = fragment_source(BODY)
    assert BODY in src and BODY_MARKER not in src.split('\n')
    assert src.index('#line 1') < src.index(BODY) < src.index('void main()')


@pytest.mark.parametrize('bad, hint', [
    ('#version 300 es\n' + BODY, '#version'),
    ('void main() {}', 'mainImage'),
    (BODY + '\0', 'NUL'),
    (42, 'str'),
])
def test_bad_bodies_are_refused_with_a_reason(bad, hint):
    with pytest.raises(ValueError, match=hint):
        fragment_source(bad)


def test_program_id_is_sha256_prefix():
    assert program_id(BODY) == hashlib.sha256(BODY.encode()).hexdigest()[:20]
    assert program_id(BODY + ' ') != program_id(BODY)
