#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers then pull in the system ICU headers, which clash with
   the ICU copy inside Foundation ("'UErrorCode' has different definitions"). wza never touches the
   ICU-dependent structs (xmlCharEncodingHandler), so hide ICU from the headers it imports. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer; Swift 6 rejects it as shared mutable state.
static inline void cxml_free(void *pointer) { xmlFree(pointer); }
/// `LIBXML_DOTTED_VERSION` is a macro Swift cannot import.
static inline const char *cxml_version(void) { return LIBXML_DOTTED_VERSION; }
#endif
