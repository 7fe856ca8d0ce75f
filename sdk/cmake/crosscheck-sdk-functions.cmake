# crosscheck_add_plugin(): builds a checker plugin the way the host expects
# it. Used by the project's own plugins (in-tree) and, through
# find_package(crosscheck-sdk), by outside authors: one function for both, so
# the SDK is proven by the project's own use of it.
#
#   crosscheck_add_plugin(<name>
#     SOURCES <file>...                 # required
#     [OUTPUT_DIRECTORY <dir>]          # default: ${CROSSCHECK_PLUGIN_BUILD_DIR}
#                                       #   if set (in-tree: <build>/plugins),
#                                       #   else ${CMAKE_BINARY_DIR}/plugins
#     [LINK_LIBRARIES <lib>...])        # extra private dependencies
#
# The result is a MODULE library <dir>/<name>.so:
#   - linked with crosscheck::sdk (the C ABI and the header-only C++ layer);
#   - hidden visibility, so only the entry symbol crosscheck_plugin_v1
#     (marked CROSSCHECK_PLUGIN_VISIBLE by the export macro) is exported;
#   - -Wl,-z,defs, so a symbol the plugin forgot to link is a link error here
#     rather than a load error on a user's machine;
#   - C++20 at least (the C++ layer needs it).
include_guard(GLOBAL)

function(crosscheck_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "OUTPUT_DIRECTORY" "SOURCES;LINK_LIBRARIES")
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "crosscheck_add_plugin(${name}): SOURCES is required")
  endif()
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "crosscheck_add_plugin(${name}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT name MATCHES "^[a-z0-9_]+$")
    message(FATAL_ERROR "crosscheck_add_plugin(${name}): a plugin name is made of a-z, 0-9 and _")
  endif()
  if(ARG_OUTPUT_DIRECTORY)
    set(_out ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED CROSSCHECK_PLUGIN_BUILD_DIR)
    set(_out ${CROSSCHECK_PLUGIN_BUILD_DIR})
  else()
    set(_out ${CMAKE_BINARY_DIR}/plugins)
  endif()

  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE crosscheck::sdk ${ARG_LINK_LIBRARIES})
  if(NOT DEFINED CMAKE_CXX_STANDARD OR CMAKE_CXX_STANDARD LESS 20)
    set_target_properties(${name} PROPERTIES CXX_STANDARD 20 CXX_STANDARD_REQUIRED ON)
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${name}
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${_out})
  if(NOT APPLE AND NOT WIN32)
    target_link_options(${name} PRIVATE -Wl,-z,defs)
  endif()
endfunction()
