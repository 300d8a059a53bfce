#ifndef XP_CLIBPQ_SHIM_H
#define XP_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#include <sys/eventfd.h>
#include <poll.h>

/// A non-blocking eventfd used to wake an I/O thread sleeping in poll().
static inline int xp_pq_make_wakeup_fd(void) {
    return eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

/// Error fields of a PGresult, as plain ints so Swift needs no char-literal macros.
static inline int xp_pq_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }
static inline int xp_pq_diag_message(void) { return PG_DIAG_MESSAGE_PRIMARY; }
static inline int xp_pq_diag_detail(void) { return PG_DIAG_MESSAGE_DETAIL; }
static inline int xp_pq_diag_hint(void) { return PG_DIAG_MESSAGE_HINT; }
#endif
