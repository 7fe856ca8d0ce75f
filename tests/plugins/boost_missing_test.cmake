# Run by ctest (see CMakeLists.txt): configures SOURCE_DIR as if Boost were
# not installed (CMAKE_DISABLE_FIND_PACKAGE_Boost) and checks that the
# configure fails naming the package to install, not with CMake's "Could
# NOT find Boost" or a missing target later on.
cmake_minimum_required(VERSION 3.25)

file(REMOVE_RECURSE ${WORK_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR} -G ${GENERATOR}
                        -DCMAKE_DISABLE_FIND_PACKAGE_Boost=ON
                RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
file(REMOVE_RECURSE ${WORK_DIR})
if(_rc EQUAL 0)
  message(FATAL_ERROR "configuring without Boost succeeded:\n${_out}\n${_err}")
endif()
if(NOT _err MATCHES "Boost not found: install libboost-dev")
  message(FATAL_ERROR "configuring without Boost does not say what to install:\n${_err}")
endif()
if(_err MATCHES "Could NOT find Boost|Target .* not found")
  message(FATAL_ERROR "configuring without Boost fails with CMake's own message:\n${_err}")
endif()
message(STATUS "without Boost, the configure says: install libboost-dev")
