#version 300 es
// shadertrain wrapper: turns a canonical body (a Shadertoy-style image pass, GLSL ES 3.00) into a
// complete fragment shader. The marker line further down (slash slash @ BODY) is replaced by the body. Pair with tile.vert,
// which sends each tile's values as flat varyings, so one draw renders many tiles of one program.
// Identifiers that start with _st_ are reserved for this wrapper.
precision highp float;
precision highp int;

flat in vec4 _st_vPlace;  // origin x, origin y of fragCoord, tile width, tile height (pixels)
flat in vec4 _st_vClock;  // iTime, iTimeDelta, iFrame, y direction (+1, or -1 when flipped)
flat in vec4 _st_vMouse;
flat in vec4 _st_vDate;
flat in float _st_vRate;

out vec4 _st_FragColor;

// The standard Shadertoy inputs, per tile. They are globals set in main() (not uniforms) because
// they differ between the tiles of one draw.
vec3 iResolution;   // tile size in pixels, 1
float iTime;        // seconds
float iTimeDelta;   // seconds per frame
int iFrame;         // frame number
vec4 iMouse;        // xy: position in pixels, zw: click position (positive while pressed)
vec4 iDate;         // year, month (0-11), day, seconds of the day
float iSampleRate;  // audio sample rate in Hz
vec4 _st_FragCoord; // gl_FragCoord relative to the tile's bottom-left corner (the normalizer's rewrite target)

#line 1
//@BODY

void main() {
    iResolution = vec3(_st_vPlace.zw, 1.0);
    iTime = _st_vClock.x;
    iTimeDelta = _st_vClock.y;
    iFrame = int(_st_vClock.z);
    iMouse = _st_vMouse;
    iDate = _st_vDate;
    iSampleRate = _st_vRate;
    _st_FragCoord = vec4(gl_FragCoord.x - _st_vPlace.x,
                         (gl_FragCoord.y - _st_vPlace.y) * _st_vClock.w,
                         gl_FragCoord.zw);
    vec4 color = vec4(0.0, 0.0, 0.0, 1.0);
    mainImage(color, _st_FragCoord.xy);
    _st_FragColor = vec4(color.rgb, 1.0);
}
