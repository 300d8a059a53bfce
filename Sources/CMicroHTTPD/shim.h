#ifndef XP_CMICROHTTPD_SHIM_H
#define XP_CMICROHTTPD_SHIM_H
#include <sys/types.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <stdint.h>
#include <microhttpd.h>
/* Swift cannot call C variadic functions nor see enum-valued macros;
   static inline wrappers live here as the need arises. */
#endif
