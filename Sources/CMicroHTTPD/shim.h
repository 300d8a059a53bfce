#ifndef XP_CMICROHTTPD_SHIM_H
#define XP_CMICROHTTPD_SHIM_H
#include <sys/types.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <string.h>
#include <stdio.h>
#include <stdint.h>
#include <microhttpd.h>
/* Swift cannot call C variadic functions nor see enum-valued macros;
   static inline wrappers live here as the need arises. */

typedef void *(*xp_mhd_uri_log_callback)(void *cls, const char *uri,
                                         struct MHD_Connection *connection);

/* Starts a daemon with epoll on internal polling thread(s) and
   suspend/resume. `host` is an IPv4 or IPv6 literal. Returns NULL when the
   address is not a literal or the daemon cannot start. */
static inline struct MHD_Daemon *
xp_mhd_start(const char *host, uint16_t port, unsigned int threads,
             unsigned int connection_timeout, unsigned int connection_limit,
             MHD_AccessHandlerCallback handler, void *handler_cls,
             MHD_RequestCompletedCallback completed, void *completed_cls,
             xp_mhd_uri_log_callback uri_log, void *uri_log_cls) {
    struct sockaddr_in v4;
    struct sockaddr_in6 v6;
    const struct sockaddr *address;
    unsigned int flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL |
                         MHD_ALLOW_SUSPEND_RESUME | MHD_USE_TURBO;
    memset(&v4, 0, sizeof v4);
    memset(&v6, 0, sizeof v6);
    if (inet_pton(AF_INET, host, &v4.sin_addr) == 1) {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        address = (const struct sockaddr *)&v4;
    } else if (inet_pton(AF_INET6, host, &v6.sin6_addr) == 1) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        address = (const struct sockaddr *)&v6;
        flags |= MHD_USE_IPv6;
    } else {
        return NULL;
    }
    return MHD_start_daemon(
        flags, port, NULL, NULL, handler, handler_cls,
        MHD_OPTION_SOCK_ADDR, address,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, connection_timeout,
        MHD_OPTION_CONNECTION_LIMIT, connection_limit,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
        MHD_OPTION_NOTIFY_COMPLETED, completed, completed_cls,
        MHD_OPTION_URI_LOG_CALLBACK, uri_log, uri_log_cls,
        MHD_OPTION_END);
}

/* The port the daemon listens on (useful after binding port 0); 0 if unknown. */
static inline uint16_t xp_mhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info =
        MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}


/* Writes the peer as "address:port" (IPv6 in brackets) into `out`; returns 0 on failure. */
static inline int xp_mhd_client_address(struct MHD_Connection *connection, char *out, size_t size) {
    const union MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    char host[INET6_ADDRSTRLEN];
    if (info == NULL || info->client_addr == NULL || size == 0) return 0;
    if (info->client_addr->sa_family == AF_INET) {
        const struct sockaddr_in *v4 = (const struct sockaddr_in *)info->client_addr;
        if (inet_ntop(AF_INET, &v4->sin_addr, host, sizeof host) == NULL) return 0;
        return snprintf(out, size, "%s:%u", host, (unsigned)ntohs(v4->sin_port)) > 0;
    }
    if (info->client_addr->sa_family == AF_INET6) {
        const struct sockaddr_in6 *v6 = (const struct sockaddr_in6 *)info->client_addr;
        if (inet_ntop(AF_INET6, &v6->sin6_addr, host, sizeof host) == NULL) return 0;
        return snprintf(out, size, "[%s]:%u", host, (unsigned)ntohs(v6->sin6_port)) > 0;
    }
    return 0;
}

/* A response owning a copy of `size` bytes at `buffer`. */
static inline struct MHD_Response *xp_mhd_response_copying(const void *buffer, size_t size) {
    return MHD_create_response_from_buffer(size, (void *)buffer, MHD_RESPMEM_MUST_COPY);
}

#endif
