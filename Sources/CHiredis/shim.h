#ifndef XP_CHIREDIS_SHIM_H
#define XP_CHIREDIS_SHIM_H
#include <hiredis/hiredis.h>
#include <signal.h>

/// Writes to a socket the server closed raise SIGPIPE; a server must ignore it.
static inline void xp_redis_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }
/// PING without a variadic call, which Swift cannot make.
static inline void *xp_redis_ping(redisContext *c) { return redisCommand(c, "PING"); }
#endif
