#version 300 es
// shadertrain tile placement: the one vertex shader paired with wrapper.frag.
//
// One instanced draw renders many tiles of one program: instance i draws tile k = _st_Batch.x + i,
// a 4-vertex triangle strip (no vertex attributes; corners come from gl_VertexID).
// Per-tile values live in _st_Params, an RGBA32F texture of 4 texels per tile, 512 tiles per row:
//   tile k, texel j is at (4 * (k % 512) + j, k / 512)
//   j = 0: origin x, origin y (framebuffer pixels, bottom-left of the tile), width, height
//   j = 1: iTime, iTimeDelta, iFrame, iSampleRate
//   j = 2: iMouse
//   j = 3: iDate
// _st_Batch = (first tile k of this draw, 2 / framebuffer width, 2 / framebuffer height, flip)
// flip = 1 mirrors each tile vertically, so that memory row 0 of a tile is the top of the image
// (what PyTorch and PNG expect); a browser canvas uses flip = 0.
precision highp float;
precision highp int;
precision highp sampler2D;

uniform sampler2D _st_Params;
uniform vec4 _st_Batch;

flat out vec4 _st_vPlace;  // origin x, origin y of fragCoord (tile top when flipped), width, height
flat out vec4 _st_vClock;  // iTime, iTimeDelta, iFrame, y direction (+1 or -1)
flat out vec4 _st_vMouse;  // iMouse
flat out vec4 _st_vDate;   // iDate
flat out float _st_vRate;  // iSampleRate

void main() {
    int k = int(_st_Batch.x) + gl_InstanceID;
    ivec2 at = ivec2((k & 511) * 4, k >> 9);
    vec4 tile = texelFetch(_st_Params, at, 0);
    vec4 clock = texelFetch(_st_Params, at + ivec2(1, 0), 0);
    _st_vMouse = texelFetch(_st_Params, at + ivec2(2, 0), 0);
    _st_vDate = texelFetch(_st_Params, at + ivec2(3, 0), 0);
    bool flip = _st_Batch.w > 0.5;
    _st_vPlace = vec4(tile.x, flip ? tile.y + tile.w : tile.y, tile.zw);
    _st_vClock = vec4(clock.xyz, flip ? -1.0 : 1.0);
    _st_vRate = clock.w;
    vec2 corner = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1));
    vec2 px = tile.xy + corner * tile.zw;
    gl_Position = vec4(px * _st_Batch.yz - 1.0, 0.0, 1.0);
}
