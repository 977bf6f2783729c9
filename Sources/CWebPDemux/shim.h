#ifndef CWEBPDEMUX_SHIM_H
#define CWEBPDEMUX_SHIM_H
#include <webp/demux.h>
#endif
