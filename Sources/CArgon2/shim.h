#ifndef XP_CARGON2_SHIM_H
#define XP_CARGON2_SHIM_H
#include <argon2.h>
#endif
