# INTERFACE targets for warnings and build settings, linked by our own
# targets only (never by dependencies).
add_library(crosscheck_warnings INTERFACE)
target_compile_options(crosscheck_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
  -Woverloaded-virtual -Wnull-dereference)
if(CROSSCHECK_WERROR)
  target_compile_options(crosscheck_warnings INTERFACE -Werror)
endif()

add_library(crosscheck_settings INTERFACE)
# Debug builds check iterator and bounds misuse in the standard library.
target_compile_definitions(crosscheck_settings INTERFACE
  $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

if(CROSSCHECK_SANITIZE)
  string(REPLACE "," ";" _sanitizers "${CROSSCHECK_SANITIZE}")
  foreach(_s IN LISTS _sanitizers)
    if(NOT _s MATCHES "^(address|undefined|thread|leak)$")
      message(FATAL_ERROR "CROSSCHECK_SANITIZE: unknown sanitizer '${_s}'")
    endif()
  endforeach()
  # Applied globally so plugins, tests and the host agree on the runtime.
  add_compile_options(-fsanitize=${CROSSCHECK_SANITIZE} -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=${CROSSCHECK_SANITIZE})
endif()
