#ifndef XP_CHIREDIS_SHIM_H
#define XP_CHIREDIS_SHIM_H
#include <hiredis/hiredis.h>
#endif
