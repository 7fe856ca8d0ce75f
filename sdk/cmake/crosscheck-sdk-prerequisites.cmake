# What building the SDK needs besides CMake and a C++23 compiler, each found
# with a message that names the Debian package to install, rather than
# CMake's "Could NOT find ..." or, later, a target that is missing. Used by
# the SDK built on its own (cmake -S sdk) and by the whole project.
#
# Not needed by a plugin built against the installed SDK: its harness
# library already holds the loader, and no installed header includes Boost.
include_guard(GLOBAL)

# Boost's headers (>= 1.74): the testing harness loads a plugin with
# Boost.DLL, as the host does. Defines crosscheck_boost_dll, Boost.DLL on
# std::filesystem (so boost_filesystem is not needed).
macro(crosscheck_find_boost)
  find_package(Boost 1.74 QUIET)
  if(NOT Boost_FOUND)
    message(FATAL_ERROR "Boost not found: install libboost-dev (Boost 1.74 or newer; its headers "
                        "are enough: the SDK's test harness loads plugins with Boost.DLL, as the "
                        "host does)")
  endif()
  if(NOT TARGET crosscheck_boost_dll)
    add_library(crosscheck_boost_dll INTERFACE)
    target_link_libraries(crosscheck_boost_dll INTERFACE Boost::headers ${CMAKE_DL_LIBS})
    target_compile_definitions(crosscheck_boost_dll INTERFACE BOOST_DLL_USE_STD_FS)
  endif()
endmacro()
