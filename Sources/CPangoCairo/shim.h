#ifndef CPangoCairo_SHIM_H
#define CPangoCairo_SHIM_H
#include <pango/pangocairo.h>
/* The fontconfig font map API, for a private font configuration (pinned font files). */
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>
#endif
