#ifndef COMMONS_CLIBYAML_SHIM_H
#define COMMONS_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
