#ifndef XP_CCURL_SHIM_H
#define XP_CCURL_SHIM_H
#include <curl/curl.h>
/* curl_easy_setopt and friends are variadic; typed wrappers live here. */

typedef size_t (*xp_curl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode xp_curl_set_long(CURL *easy, CURLoption option, long value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode xp_curl_set_offset(CURL *easy, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode xp_curl_set_string(CURL *easy, CURLoption option, const char *value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode xp_curl_set_pointer(CURL *easy, CURLoption option, void *value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode xp_curl_set_list(CURL *easy, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(easy, option, value);
}
static inline CURLcode xp_curl_set_callback(CURL *easy, CURLoption option,
                                            xp_curl_data_callback value) {
    return curl_easy_setopt(easy, option, value);
}

static inline CURLcode xp_curl_info_long(CURL *easy, CURLINFO info, long *value) {
    return curl_easy_getinfo(easy, info, value);
}
static inline CURLcode xp_curl_info_pointer(CURL *easy, CURLINFO info, void **value) {
    return curl_easy_getinfo(easy, info, value);
}

static inline CURLMcode xp_curlm_set_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

static inline CURLcode xp_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_ALL); }

/* The option and message constants Swift sees only as macros or enum cases. */
static inline int xp_curlmsg_is_done(const CURLMsg *message) { return message->msg == CURLMSG_DONE; }

#endif
