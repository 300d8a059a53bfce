#ifndef XP_CLIBPQ_SHIM_H
#define XP_CLIBPQ_SHIM_H
#include <postgresql/libpq-fe.h>
#endif
