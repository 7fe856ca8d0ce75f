# Run by ctest (see CMakeLists.txt): installs the SDK from BUILD_DIR into a
# fresh prefix, configures and builds TEMPLATE_DIR against it with a separate
# cmake, runs the template's own tests, and checks that CROSSCHECK lists and
# describes the built plugin. Fails with the step's output on any error.
cmake_minimum_required(VERSION 3.25)

function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${what} failed (${_rc}):\n${_out}\n${_err}")
  endif()
  set(STEP_OUTPUT "${_out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(_prefix ${WORK_DIR}/prefix)
set(_build ${WORK_DIR}/build)

run_step("install the SDK" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${_prefix}
         --component sdk)
foreach(_file include/crosscheck/crosscheck_plugin.h include/crosscheck/checker.hpp
              include/crosscheck/testing/plugin_harness.hpp
              lib/cmake/crosscheck-sdk/crosscheck-sdk-config.cmake)
  if(NOT EXISTS ${_prefix}/${_file})
    message(FATAL_ERROR "the SDK install lacks ${_file}")
  endif()
endforeach()
file(GLOB_RECURSE _archives ${_prefix}/*/libcrosscheck_testing.a)
if(NOT _archives)
  message(FATAL_ERROR "the SDK install lacks the testing harness's library")
endif()
# Only what plugin authors include: the host's loader is compiled into the
# harness's library, and no installed header needs Boost, dlfcn or the host.
if(EXISTS ${_prefix}/include/crosscheck/loader.hpp)
  message(FATAL_ERROR "the SDK install still has the host's loader, include/crosscheck/loader.hpp")
endif()
file(GLOB_RECURSE _headers ${_prefix}/include/*)
foreach(_header IN LISTS _headers)
  file(STRINGS ${_header} _bad REGEX "#[ \t]*include[ \t]*[<\"](boost/|dlfcn\\.h|host/)")
  if(_bad)
    message(FATAL_ERROR "${_header} includes what the SDK does not install: ${_bad}")
  endif()
endforeach()

# A clean environment: nothing from the crosscheck build may leak in.
unset(ENV{CROSSCHECK_PLUGIN_PATH})
unset(ENV{CXXFLAGS})
unset(ENV{LDFLAGS})
run_step("configure the template" ${CMAKE_COMMAND} -S ${TEMPLATE_DIR} -B ${_build}
         -G ${GENERATOR} -DCMAKE_PREFIX_PATH=${_prefix} -DCMAKE_BUILD_TYPE=RelWithDebInfo)
run_step("build the template" ${CMAKE_COMMAND} --build ${_build} -j2)
run_step("run the template's tests" ${CMAKE_CTEST_COMMAND} --test-dir ${_build}
         --output-on-failure)

run_step("crosscheck plugins list" ${CROSSCHECK} --plugins ${_build}/plugins plugins list)
if(NOT STEP_OUTPUT MATCHES "my_checker  0\\.1\\.0  \\(API 1\\.[0-9]+\\.[0-9]+\\)")
  message(FATAL_ERROR "crosscheck plugins list does not show my_checker:\n${STEP_OUTPUT}")
endif()
# As the README says: the build folder will do (the host also looks in its plugins/).
run_step("crosscheck plugins info" ${CROSSCHECK} --plugins ${_build} plugins info my_checker)
if(NOT STEP_OUTPUT MATCHES "file: +${_build}/plugins/my_checker\\.so")
  message(FATAL_ERROR "crosscheck plugins info my_checker does not name its file:\n${STEP_OUTPUT}")
endif()
message(STATUS "template plugin built against the installed SDK and listed by the host")
