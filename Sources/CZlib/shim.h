#ifndef XP_CZLIB_SHIM_H
#define XP_CZLIB_SHIM_H
#include <zlib.h>
/* deflateInit2 and inflateInit2 are macros; Swift needs functions. */
static inline int xp_deflateInit2(z_streamp strm, int level, int windowBits) {
    return deflateInit2(strm, level, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
}
static inline int xp_inflateInit2(z_streamp strm, int windowBits) {
    return inflateInit2(strm, windowBits);
}
#endif
