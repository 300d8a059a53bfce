#ifndef XP_CCURL_SHIM_H
#define XP_CCURL_SHIM_H
#include <curl/curl.h>
/* curl_easy_setopt and friends are variadic; typed wrappers live here. */
#endif
