#ifndef DUTY_CGLPK_SHIM_H
#define DUTY_CGLPK_SHIM_H
#include <glpk.h>
#endif
