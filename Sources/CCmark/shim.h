#ifndef COMMONS_CCMARK_SHIM_H
#define COMMONS_CCMARK_SHIM_H
#include <cmark.h>
#endif
