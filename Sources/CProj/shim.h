#ifndef EVENTMAP_CPROJ_SHIM_H
#define EVENTMAP_CPROJ_SHIM_H
#include <proj.h>
#endif
